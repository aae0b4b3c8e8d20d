package io.newswire.app.roles;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.newswire.app.ops.HealthCheck;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Kafka Streams application as the roles need it: metrics bound, failed threads replaced, healthy only
 * while RUNNING, closed within a bounded time. The Streams roles extend it.
 */
public abstract class StreamsApp implements AutoCloseable, HealthCheck {
  private static final Logger log = LoggerFactory.getLogger(StreamsApp.class);

  private final String name;
  private final KafkaStreams streams;
  private final KafkaStreamsMetrics metrics;

  protected StreamsApp(String name, Topology topology, Properties props, MeterRegistry registry) {
    this(name, topology, props, registry, true);
  }

  /** @param startNow false: the subclass calls {@link #startStreams()} itself (e.g. on another thread) */
  protected StreamsApp(String name, Topology topology, Properties props, MeterRegistry registry, boolean startNow) {
    this.name = name;
    this.streams = new KafkaStreams(topology, props);
    this.metrics = new KafkaStreamsMetrics(streams);
    metrics.bindTo(registry);
    streams.setUncaughtExceptionHandler(e -> {
      log.error("{} stream thread failed; replacing it", name, e);
      return StreamThreadExceptionResponse.REPLACE_THREAD;
    });
    if (startNow) {
      streams.start();
    }
  }

  protected void startStreams() {
    streams.start();
  }

  public KafkaStreams streams() {
    return streams;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Result check() {
    KafkaStreams.State state = streams.state();
    return state == KafkaStreams.State.RUNNING ? Result.up("Kafka Streams RUNNING") : Result.down("Kafka Streams " + state);
  }

  /** Closes without waiting for the threads to end (for an application still loading state at a stop). */
  protected void closeWithoutWaiting() {
    streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
        .withTimeout(Duration.ZERO));
    metrics.close();
  }

  @Override
  public void close() {
    // leave the group on a clean stop: the next start (here or elsewhere) is assigned at once; with a bounded wait so
    // a stop always ends. Static members do not leave on close unless asked to.
    streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
        .withTimeout(Duration.ofSeconds(8)));
    metrics.close();
  }
}
