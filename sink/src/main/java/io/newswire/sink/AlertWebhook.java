package io.newswire.sink;

import io.micrometer.core.instrument.MeterRegistry;
import io.newswire.json.RecordJson;
import io.newswire.schemas.InspectionAlert;
import io.newswire.schemas.NewswireSerdes;
import io.newswire.topics.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Optional delivery of alerts to an HTTP endpoint (off unless {@code sink.webhook.url} is set): each committed
 * alert is POSTed as JSON with an {@code Idempotency-Key} header (the alertId), retried with exponential backoff
 * and jitter until the endpoint answers 2xx, and its offset committed only then — at-least-once delivery, which
 * the idempotency key turns into exactly-once for a receiver that honours it.
 */
public final class AlertWebhook implements Runnable, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(AlertWebhook.class);

  private final URI endpoint;
  private final KafkaConsumer<String, byte[]> consumer;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final MeterRegistry metrics;
  private final Duration maxBackoff;
  private volatile boolean running = true;
  private final Thread thread;

  public AlertWebhook(URI endpoint, Properties clientProps, String groupId, Duration maxBackoff, MeterRegistry metrics) {
    Map<String, Object> props = new HashMap<>();
    clientProps.forEach((k, v) -> props.put((String) k, v));
    props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 50);
    this.endpoint = endpoint;
    this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    this.metrics = metrics;
    this.maxBackoff = maxBackoff;
    this.thread = new Thread(this, "newswire-alert-webhook");
    this.thread.setDaemon(true);
  }

  public AlertWebhook start() {
    thread.start();
    return this;
  }

  @Override
  public void run() {
    var serde = NewswireSerdes.inspectionAlert();
    try {
      consumer.subscribe(List.of(Topics.INSPECTION_ALERTS));
      while (running) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          InspectionAlert alert = serde.deserialize(Topics.INSPECTION_ALERTS, record.value());
          deliver(alert);
        }
        consumer.commitSync();
      }
    } catch (WakeupException e) {
      // closing
    } catch (RuntimeException e) {
      log.error("alert webhook stopped: {}", e.toString());
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  private void deliver(InspectionAlert alert) {
    String body = RecordJson.toJson(alert).toString();
    long backoff = 500;
    for (int attempt = 1; running; attempt++) {
      try {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json; charset=utf-8").header("Idempotency-Key", alert.getAlertId())
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 == 2) {
          metrics.counter("news.alerts.delivered", "result", "ok").increment();
          return;
        }
        metrics.counter("news.alerts.delivered", "result", "status-" + response.statusCode()).increment();
      } catch (java.io.IOException e) {
        metrics.counter("news.alerts.delivered", "result", "io").increment();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      long sleep = Math.min(backoff, maxBackoff.toMillis());
      log.warn("alert {} not delivered (attempt {}); retrying in {} ms", alert.getAlertId(), attempt, sleep);
      try {
        Thread.sleep(sleep / 2 + ThreadLocalRandom.current().nextLong(sleep / 2 + 1));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      backoff *= 2;
    }
  }

  @Override
  public void close() {
    running = false;
    consumer.wakeup();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
