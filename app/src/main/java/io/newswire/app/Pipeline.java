package io.newswire.app;

import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newswire.app.broker.EmbeddedBroker;
import io.newswire.app.config.NewswireConfig;
import io.newswire.app.kafka.TopicAdmin;
import io.newswire.app.ops.KafkaConnectivityCheck;
import io.newswire.app.ops.HealthCheck;
import io.newswire.app.ops.Metrics;
import io.newswire.app.ops.OpsServer;
import io.newswire.app.roles.IngestRole;
import io.newswire.app.roles.BoardRole;
import io.newswire.app.roles.ProcessorRole;
import io.newswire.app.roles.SinkRole;
import io.newswire.topics.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.AdminClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything {@code newswire run} starts, in order, and stops in reverse order: the embedded broker (when no
 * cluster is configured), the metrics/health endpoint, the topics, and the roles.
 */
public final class Pipeline implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Pipeline.class);

  private final Deque<AutoCloseable> resources = new ArrayDeque<>();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private String bootstrapServers;
  private OpsServer ops;
  private boolean closed;
  private IngestRole ingest;
  private ProcessorRole processor;
  private SinkRole sink;
  private BoardRole board;

  private Pipeline() {}

  /** The roles a process can run; {@code newswire run} runs every enabled one. */
  public enum Role { INGEST, PROCESS, SINK, BOARD }

  /** Everything {@code newswire run} does: embedded broker unless a cluster is configured, then every role. */
  public static Pipeline start(NewswireConfig config) {
    return start(config, EnumSet.allOf(Role.class), "run");
  }

  /**
   * @param roles the roles to run
   * @param name the role name for metrics ({@code run}, {@code ingest}, …)
   */
  public static Pipeline start(NewswireConfig config, Set<Role> roles, String name) {
    Pipeline pipeline = new Pipeline();
    try {
      pipeline.startAll(config, roles, name);
      return pipeline;
    } catch (RuntimeException e) {
      pipeline.close();
      throw e;
    }
  }

  private void startAll(NewswireConfig config, Set<Role> roles, String name) {
    long started = System.nanoTime();
    // a port already taken is a usage error, found before the broker and the roles start rather than after
    if (config.getBoolean("metrics.enabled")) {
      PortCheck.requireFree(config.get("metrics.host"), config.getInt("metrics.port"), "metrics.port");
    }
    if (roles.contains(Role.BOARD) && config.getBoolean("board.enabled")) {
      PortCheck.requireFree(config.get("board.host"), config.getInt("board.port"), "board.port");
    }
    if (!config.isSet("bootstrap.servers")) {
      PortCheck.requireFree("127.0.0.1", config.getInt("embedded.port"), "embedded.port");
      PortCheck.requireFree("127.0.0.1", config.getInt("embedded.controller.port"), "embedded.controller.port");
    }
    if (config.isSet("bootstrap.servers")) {
      bootstrapServers = config.get("bootstrap.servers");
    } else {
      EmbeddedBroker broker = EmbeddedBroker.start(Path.of(config.get("embedded.data.dir")),
          config.getInt("embedded.port"), config.getInt("embedded.controller.port"));
      resources.push(broker);
      bootstrapServers = broker.bootstrapServers();
    }
    PrometheusMeterRegistry registry = Metrics.newRegistry(name);
    resources.push(registry::close);
    if (config.getBoolean("metrics.enabled")) {
      ops = OpsServer.start(config.get("metrics.host"), config.getInt("metrics.port"), registry);
      resources.push(ops);
    }
    Properties client = config.kafkaClientProperties(bootstrapServers);
    client.put("client.id", "newswire-admin");
    AdminClient admin = AdminClient.create(client);
    resources.push(admin);
    KafkaClientMetrics adminMetrics = new KafkaClientMetrics(admin);
    adminMetrics.bindTo(registry);
    resources.push(adminMetrics);
    if (config.getBoolean("topics.create")) {
      Duration timeout = config.getDuration("admin.timeout");
      new TopicAdmin(admin, config.kafkaClientProperties(bootstrapServers), timeout)
          .ensure(Topics.ALL, config.getInt("topics.replication.factor"))
          .forEach(outcome -> log.info("topic {}", outcome));
    }
    Properties roleClient = config.kafkaClientProperties(bootstrapServers);
    if (roles.contains(Role.INGEST) && config.getBoolean("ingest.enabled")) {
      IngestRole ingest = IngestRole.start(config, roleClient, registry);
      resources.push(ingest);
      this.ingest = ingest;
    }
    if (roles.contains(Role.PROCESS) && config.getBoolean("processor.enabled")) {
      ProcessorRole processor = ProcessorRole.start(config, roleClient, registry);
      resources.push(processor);
      this.processor = processor;
    }
    if (roles.contains(Role.SINK) && config.getBoolean("sink.enabled")) {
      SinkRole sink = SinkRole.start(config, roleClient, registry);
      resources.push(sink);
      this.sink = sink;
    }
    if (roles.contains(Role.BOARD) && config.getBoolean("board.enabled")) {
      BoardRole board = BoardRole.start(config, roleClient, registry);
      resources.push(board);
      this.board = board;
    }
    if (ops != null) {
      // registered together once every role has started: /health is 200 only then, never in between
      for (HealthCheck role : new HealthCheck[] {processor, sink, board}) {
        if (role != null) {
          ops.register(role);
        }
      }
      if (ingest != null) {
        ops.register(ingest); // discovery threads alive and trying; unreachable sources only warn
      }
      ops.register(new KafkaConnectivityCheck(admin)); // /health turns 200 only once every role has started
    }
    log.info("newswire running on {} (started in {} ms)", bootstrapServers,
        (System.nanoTime() - started) / 1_000_000);
  }

  /** The board role, when it runs in this process. */
  public java.util.Optional<BoardRole> board() {
    return java.util.Optional.ofNullable(board);
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** The ingest role, when this process runs it. */
  public java.util.Optional<IngestRole> ingest() {
    return java.util.Optional.ofNullable(ingest);
  }

  /** The processor role, when this process runs it. */
  public java.util.Optional<ProcessorRole> processor() {
    return java.util.Optional.ofNullable(processor);
  }

  /** The sink role, when this process runs it. */
  public java.util.Optional<SinkRole> sink() {
    return java.util.Optional.ofNullable(sink);
  }

  public int metricsPort() {
    return ops == null ? -1 : ops.port();
  }

  /** Blocks until {@link #close()} has run (from a shutdown hook or another thread). */
  public void awaitStop() throws InterruptedException {
    stopped.await();
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    long started = System.nanoTime();
    while (!resources.isEmpty()) {
      AutoCloseable resource = resources.pop();
      try {
        resource.close();
      } catch (Exception e) {
        log.warn("error while stopping {}: {}", resource.getClass().getSimpleName(), e.toString());
      }
    }
    log.info("newswire stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
    stopped.countDown();
  }
}
