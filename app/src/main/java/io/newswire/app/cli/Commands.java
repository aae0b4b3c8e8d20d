package io.newswire.app.cli;

import io.newswire.app.Pipeline;
import io.newswire.app.config.NewswireConfig;
import io.newswire.app.config.NewswireConfig.ConfigException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** Small checks the subcommands share. */
final class Commands {
  private Commands() {}

  /**
   * Starts the pipeline and blocks until SIGTERM/Ctrl-C. The shutdown hook is registered before start-up, so a
   * signal that arrives while topics or roles are still starting still ends in a clean stop.
   */
  static void runUntilStopped(Supplier<Pipeline> starter) throws InterruptedException {
    AtomicReference<Pipeline> running = new AtomicReference<>();
    CountDownLatch startAttempted = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        startAttempted.await(8, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      Pipeline pipeline = running.get();
      if (pipeline != null) {
        pipeline.close();
      }
    }, "newswire-shutdown"));
    Pipeline pipeline;
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
