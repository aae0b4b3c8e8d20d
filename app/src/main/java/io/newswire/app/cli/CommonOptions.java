package io.newswire.app.cli;

import io.newswire.app.config.NewswireConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every role shares: where the configuration and the cluster are. */
public final class CommonOptions {

  @Option(names = {"-c", "--config"}, paramLabel = "FILE",
      description = "Properties file overriding the defaults (see newswire-defaults.properties).")
  Path configFile;

  @Option(names = {"-b", "--bootstrap-servers"}, paramLabel = "HOST:PORT[,...]",
      description = "Kafka cluster to use (setting bootstrap.servers, env NEWSWIRE_BOOTSTRAP_SERVERS).")
  String bootstrapServers;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Override one setting; repeatable. Kafka client settings take the prefix 'kafka.'.")
  Map<String, String> settings = new LinkedHashMap<>();

  @Option(names = "--metrics-port", paramLabel = "PORT",
      description = "Port of the /metrics and /health endpoint (setting metrics.port, default 9404).")
  Integer metricsPort;

  public NewswireConfig load() {
    Map<String, String> overrides = new LinkedHashMap<>(settings);
    if (bootstrapServers != null) {
      overrides.put("bootstrap.servers", bootstrapServers);
    }
    if (metricsPort != null) {
      overrides.put("metrics.port", Integer.toString(metricsPort));
    }
    return NewswireConfig.load(configFile, System.getenv(), overrides);
  }
}
