package io.newswire.app.cli;

import io.newswire.app.Pipeline;
import io.newswire.app.config.NewswireConfig;
import io.newswire.app.config.NewswireConfig.ConfigException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** Small checks the subcommands share. */
final class Commands {
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Commands.class);

  private Commands() {}

  /** Exit status of a stop that did not finish within {@code shutdown.timeout}: the JVM was halted. */
  static final int HALTED = 3;

  /**
   * Starts the pipeline and blocks until SIGTERM/Ctrl-C. The shutdown hook is registered before start-up, so a
   * signal that arrives while topics or roles are still starting still ends in a clean stop. The whole stop has
   * one deadline, {@code stopTimeout} from the signal: a start-up or a close still running then (a broker whose
   * controlled shutdown stalls, a wedged client) is logged and the JVM halts with {@link #HALTED}, so a stop
   * always ends. Further signals while stopping change nothing.
   */
  static void runUntilStopped(Supplier<Pipeline> starter, Duration stopTimeout) throws InterruptedException {
    AtomicReference<Pipeline> running = new AtomicReference<>();
    CountDownLatch startAttempted = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(running, startAttempted, stopTimeout),
        "newswire-shutdown"));
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

  private static void stop(AtomicReference<Pipeline> running, CountDownLatch startAttempted, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      if (!startAttempted.await(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
        halt("start-up still running " + timeout.toMillis() + " ms after the stop signal");
      }
      Pipeline pipeline = running.get();
      if (pipeline == null) {
        return; // start-up failed: nothing runs
      }
      finishBy(deadline, timeout, pipeline::close);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Runs {@code work} (a close, a clean-up) on its own thread so that the caller keeps the deadline whatever the
   * work does; halts with {@link #HALTED} if it is still running at {@code deadline} ({@link System#nanoTime()}).
   */
  static void finishBy(long deadline, Duration timeout, Runnable work) throws InterruptedException {
    Thread worker = new Thread(work, "newswire-close");
    worker.setDaemon(true);
    worker.start();
    worker.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
    if (worker.isAlive()) {
      halt("stop not finished " + timeout.toMillis() + " ms after the stop signal (shutdown.timeout)");
    }
  }

  private static void halt(String why) {
    log.error("{}; halting with exit status {}", why, HALTED);
    System.err.flush();
    Runtime.getRuntime().halt(HALTED);
  }

  /**
   * For a one-shot command: Kafka's clients log a warning per reconnect attempt while a cluster is away (64 lines
   * in a minute); the command says what went wrong in one line of its own instead.
   */
  static void quietKafkaClients() {
    if (org.slf4j.LoggerFactory.getLogger("org.apache.kafka") instanceof ch.qos.logback.classic.Logger kafka) {
      kafka.setLevel(ch.qos.logback.classic.Level.ERROR);
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
