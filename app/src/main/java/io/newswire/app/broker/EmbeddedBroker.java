package io.newswire.app.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker (KRaft, combined broker + controller) running inside this JVM, built from
 * the Maven Central jars. It backs the integration tests and {@code newswire run} when no cluster is given.
 *
 * <p>The data dir is formatted on first use only, so a persistent dir restarts in about a second with its
 * topics and committed offsets intact.
 */
public final class EmbeddedBroker implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedBroker.class);

  private final Path dataDir;
  private final int port;
  private final int controllerPort;
  private KafkaRaftServer server;

  private EmbeddedBroker(Path dataDir, int port, int controllerPort) {
    this.dataDir = dataDir;
    this.port = port;
    this.controllerPort = controllerPort;
  }

  /** A broker on the given ports; pass 0 for either to pick a free port. */
  public static EmbeddedBroker start(Path dataDir, int port, int controllerPort) {
    EmbeddedBroker broker = new EmbeddedBroker(dataDir,
        port == 0 ? freePort() : requireFree(port, "Kafka"),
        controllerPort == 0 ? freePort() : requireFree(controllerPort, "Kafka controller"));
    broker.startup();
    return broker;
  }

  public String bootstrapServers() {
    return "localhost:" + port;
  }

  public Path dataDir() {
    return dataDir;
  }

  private void startup() {
    long started = System.nanoTime();
    Path logDir = dataDir.resolve("kraft-combined-logs");
    try {
      Files.createDirectories(logDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create broker data dir " + logDir, e);
    }
    Properties props = brokerProperties(logDir);
    KafkaConfig config = new KafkaConfig(props, false);
    if (!Files.exists(logDir.resolve("meta.properties"))) {
      format(logDir);
    }
    server = new KafkaRaftServer(config, Time.SYSTEM);
    server.startup();
    log.info("embedded Kafka broker ready at {} (data {}) in {} ms", bootstrapServers(), dataDir,
        (System.nanoTime() - started) / 1_000_000);
  }

  private Properties brokerProperties(Path logDir) {
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", "1");
    p.put("controller.quorum.voters", "1@localhost:" + controllerPort);
    p.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
    p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
    p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.put("controller.listener.names", "CONTROLLER");
    p.put("inter.broker.listener.name", "PLAINTEXT");
    p.put("log.dirs", logDir.toString());
    // one node: every internal topic has a single replica, or exactly-once cannot start
    p.put("offsets.topic.replication.factor", "1");
    p.put("offsets.topic.num.partitions", "4");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("transaction.state.log.num.partitions", "4");
    p.put("share.coordinator.state.topic.replication.factor", "1");
    p.put("share.coordinator.state.topic.min.isr", "1");
    p.put("default.replication.factor", "1");
    p.put("min.insync.replicas", "1");
    p.put("group.initial.rebalance.delay.ms", "0");
    // after a kill -9 the controller keeps the dead incarnation's registration until its session lapses, and the
    // restarted broker waits for that before it serves (9 s by default); one in-process node heartbeats to itself
    p.put("broker.session.timeout.ms", "4000");
    p.put("broker.heartbeat.interval.ms", "1000");
    p.put("auto.create.topics.enable", "false");
    // the 128 MiB default is allocated on the heap at start
    p.put("log.cleaner.dedupe.buffer.size", Integer.toString(2 * 1024 * 1024));
    p.put("log.segment.bytes", Integer.toString(64 * 1024 * 1024));
    p.put("num.partitions", "1");
    return p;
  }

  private void format(Path logDir) {
    try {
      new Formatter()
          .setNodeId(1)
          .setClusterId(Uuid.randomUuid().toString())
          .setDirectories(List.of(logDir.toString()))
          .setMetadataLogDirectory(logDir.toString())
          .setControllerListenerName("CONTROLLER")
          .setPrintStream(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))
          .run();
    } catch (Exception e) {
      throw new IllegalStateException("cannot format broker storage in " + logDir + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() {
    if (server == null) {
      return;
    }
    long started = System.nanoTime();
    server.shutdown();
    server.awaitShutdown();
    server = null;
    log.info("embedded Kafka broker stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port", e);
    }
  }

  private static int requireFree(int port, String what) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress("localhost", port));
      return port;
    } catch (IOException e) {
      throw new IllegalStateException(what + " port " + port + " is already in use (set embedded.port / "
          + "embedded.controller.port, or pass --bootstrap-servers to use a running cluster)");
    }
  }
}
