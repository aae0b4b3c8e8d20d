package io.newswire.app.cli;

import io.newswire.app.config.NewswireConfig;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options every role shares: where the configuration and the cluster are, and the metrics endpoint's port. */
public final class CommonOptions {

  @Mixin
  ClusterOptions cluster;

  @Option(names = "--metrics-port", paramLabel = "PORT",
      description = "Port of the /metrics and /health endpoint (setting metrics.port, default 9404).")
  Integer metricsPort;

  public NewswireConfig load() {
    return cluster.load(metricsPort == null ? Map.of() : Map.of("metrics.port", Integer.toString(metricsPort)));
  }
}
