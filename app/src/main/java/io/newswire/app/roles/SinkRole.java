package io.newswire.app.roles;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.newswire.app.config.NewswireConfig;
import io.newswire.app.ops.HealthCheck;
import io.newswire.sink.SinkSettings;
import io.newswire.sink.SinkTopology;
import java.time.Duration;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The sink role: {@link SinkTopology} on Kafka Streams with exactly-once v2. */
public final class SinkRole implements AutoCloseable, HealthCheck {
  private static final Logger log = LoggerFactory.getLogger(SinkRole.class);

  private final KafkaStreams streams;
  private final KafkaStreamsMetrics streamsMetrics;
  private final io.newswire.sink.AlertWebhook webhook;

  private SinkRole(KafkaStreams streams, KafkaStreamsMetrics streamsMetrics, io.newswire.sink.AlertWebhook webhook) {
    this.streams = streams;
    this.streamsMetrics = streamsMetrics;
    this.webhook = webhook;
  }

  public static SinkSettings settings(NewswireConfig config) {
    return new SinkSettings(set(config.get("sink.alert.levels")), set(config.get("sink.alert.issuers")),
        set(config.get("sink.alert.keywords")), config.getDuration("sink.trending.window"),
        config.getDuration("sink.trending.advance"), config.getInt("sink.trending.top"));
  }

  private static Set<String> set(String list) {
    return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
  }

  public static SinkRole start(NewswireConfig config, Properties clientProps, MeterRegistry registry) {
    KafkaStreams streams = new KafkaStreams(SinkTopology.build(settings(config), registry),
        ProcessorRole.streamsProperties(config, clientProps, config.get("sink.application.id"), 1));
    KafkaStreamsMetrics metrics = new KafkaStreamsMetrics(streams);
    metrics.bindTo(registry);
    streams.setUncaughtExceptionHandler(e -> {
      log.error("sink stream thread failed; replacing it", e);
      return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
    });
    streams.start();
    io.newswire.sink.AlertWebhook webhook = null;
    if (config.isSet("sink.webhook.url")) {
      webhook = new io.newswire.sink.AlertWebhook(java.net.URI.create(config.get("sink.webhook.url")), clientProps,
          config.get("sink.application.id") + "-webhook", config.getDuration("sink.webhook.max.backoff"), registry).start();
    }
    return new SinkRole(streams, metrics, webhook);
  }

  public KafkaStreams streams() {
    return streams;
  }

  @Override
  public String name() {
    return "sink";
  }

  @Override
  public Result check() {
    KafkaStreams.State state = streams.state();
    return state == KafkaStreams.State.RUNNING ? Result.up("Kafka Streams RUNNING") : Result.down("Kafka Streams " + state);
  }

  @Override
  public void close() {
    if (webhook != null) {
      webhook.close();
    }
    streams.close(Duration.ofSeconds(8));
    streamsMetrics.close();
  }
}
