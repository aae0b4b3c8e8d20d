package io.newswire.app.cli;

import io.newswire.app.config.NewswireConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the configuration is: for commands that need neither a cluster nor the metrics endpoint. */
public final class ConfigOptions {

  @Option(names = {"-c", "--config"}, paramLabel = "FILE",
      description = "Properties file overriding the defaults (see newswire-defaults.properties).")
  Path configFile;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Override one setting; repeatable. Kafka client settings take the prefix 'kafka.'.")
  Map<String, String> settings = new LinkedHashMap<>();

  /** The configuration, with {@code more} (the other mixins' options) over the {@code --set} values. */
  NewswireConfig load(Map<String, String> more) {
    Map<String, String> overrides = new LinkedHashMap<>(settings);
    overrides.putAll(more);
    return NewswireConfig.load(configFile, System.getenv(), overrides);
  }

  public NewswireConfig load() {
    return load(Map.of());
  }
}
