package io.newswire.app.cli;

import io.newswire.app.config.NewswireConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The configuration and the Kafka cluster: for commands that talk to Kafka but serve no metrics. */
public final class ClusterOptions {

  @Mixin
  ConfigOptions config;

  @Option(names = {"-b", "--bootstrap-servers"}, paramLabel = "HOST:PORT[,...]",
      description = "Kafka cluster to use (setting bootstrap.servers, env NEWSWIRE_BOOTSTRAP_SERVERS).")
  String bootstrapServers;

  NewswireConfig load(Map<String, String> more) {
    Map<String, String> overrides = new LinkedHashMap<>();
    if (bootstrapServers != null) {
      overrides.put("bootstrap.servers", bootstrapServers);
    }
    overrides.putAll(more);
    return config.load(overrides);
  }

  public NewswireConfig load() {
    return load(Map.of());
  }
}
