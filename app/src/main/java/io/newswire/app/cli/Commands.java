package io.newswire.app.cli;

import io.newswire.app.config.NewswireConfig;
import io.newswire.app.config.NewswireConfig.ConfigException;

/** Small checks the subcommands share. */
final class Commands {
  private Commands() {}

  static String requireCluster(NewswireConfig config, String command) {
    if (!config.isSet("bootstrap.servers")) {
      throw new ConfigException("'" + command + "' needs a Kafka cluster: pass --bootstrap-servers or set "
          + "NEWSWIRE_BOOTSTRAP_SERVERS ('newswire run' starts an embedded broker instead)");
    }
    return config.get("bootstrap.servers");
  }
}
