package io.newswire.app.cli;

import io.newswire.app.config.NewswireConfig;
import io.newswire.app.config.NewswireConfig.ConfigException;

/** Small checks the subcommands share. */
final class Commands {
  private Commands() {}

  /**
   * Starts the pipeline and blocks until SIGTERM/Ctrl-C. The shutdown hook is registered before start-up, so a
   * signal that arrives while topics or roles are still starting still ends in a clean stop.
   */
  static void runUntilStopped(java.util.function.Supplier<io.newswire.app.Pipeline> starter) throws InterruptedException {
    java.util.concurrent.atomic.AtomicReference<io.newswire.app.Pipeline> running = new java.util.concurrent.atomic.AtomicReference<>();
    java.util.concurrent.CountDownLatch startAttempted = new java.util.concurrent.CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        startAttempted.await(8, java.util.concurrent.TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      io.newswire.app.Pipeline pipeline = running.get();
      if (pipeline != null) {
        pipeline.close();
      }
    }, "newswire-shutdown"));
    io.newswire.app.Pipeline pipeline;
    try {
      pipeline = starter.get();
      running.set(pipeline);
    } finally {
      startAttempted.countDown();
    }
    try (pipeline) {
      pipeline.awaitStop();
    }
  }

  static String requireCluster(NewswireConfig config, String command) {
    if (!config.isSet("bootstrap.servers")) {
      throw new ConfigException("'" + command + "' needs a Kafka cluster: pass --bootstrap-servers or set "
          + "NEWSWIRE_BOOTSTRAP_SERVERS ('newswire run' starts an embedded broker instead)");
    }
    return config.get("bootstrap.servers");
  }
}
