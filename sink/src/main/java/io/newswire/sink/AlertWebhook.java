package io.newswire.sink;

import io.micrometer.core.instrument.MeterRegistry;
import io.newswire.json.RecordJson;
import io.newswire.schemas.AvroSerde;
import io.newswire.schemas.DeadLetter;
import io.newswire.schemas.InspectionAlert;
import io.newswire.schemas.NewswireSerdes;
import io.newswire.topics.Topics;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Optional delivery of alerts to an HTTP endpoint (off unless {@code sink.webhook.url} is set): each committed
 * alert is POSTed as JSON with an {@code Idempotency-Key} header (the alertId) and its offset committed once it is
 * settled — delivered (2xx), refused for good (4xx other than 408/429), or out of attempts; the last two go to
 * {@code news.dlq} with the status and an excerpt of the answer. While an alert waits for its next attempt the
 * consumer keeps polling with its partitions paused, so the group never drops it. If the thread dies anyway,
 * {@link #failure()} says why (the sink's health turns DOWN) and {@code news.alerts.webhook.stopped} counts it.
 */
public final class AlertWebhook implements Runnable, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(AlertWebhook.class);
  private static final int EXCERPT = 300;

  private final WebhookSettings settings;
  private final KafkaConsumer<String, byte[]> consumer;
  private final KafkaProducer<String, byte[]> deadLetters;
  private final HttpClient http;
  private final MeterRegistry metrics;
  private final Thread thread;
  private final Deque<ConsumerRecord<String, byte[]>> pending = new ArrayDeque<>();
  private final AvroSerde<InspectionAlert> alerts = NewswireSerdes.inspectionAlert();
  private final AvroSerde<DeadLetter> letters = NewswireSerdes.deadLetter();
  private volatile boolean running = true;
  private volatile String failure;
  private int attempts;
  private long nextAttemptNanos;

  public AlertWebhook(WebhookSettings settings, Properties clientProps, String groupId, MeterRegistry metrics) {
    Map<String, Object> props = new HashMap<>();
    clientProps.forEach((k, v) -> props.put((String) k, v));
    Map<String, Object> producerProps = new HashMap<>(props);
    producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 50);
    this.settings = settings;
    this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    this.deadLetters = new KafkaProducer<>(producerProps, new StringSerializer(), new ByteArraySerializer());
    this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    this.metrics = metrics;
    metrics.gauge("news.alerts.webhook.pending", pending, Deque::size);
    this.thread = new Thread(this, "newswire-alert-webhook");
    this.thread.setDaemon(true);
  }

  public AlertWebhook start() {
    thread.start();
    return this;
  }

  /** Why the delivery thread stopped, if it stopped other than by {@link #close()}. */
  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  @Override
  public void run() {
    try {
      consumer.subscribe(List.of(Topics.INSPECTION_ALERTS), new ConsumerRebalanceListener() {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
          // not committed, so whoever gets the partition delivers them
          if (!pending.isEmpty() && partitions.contains(partitionOf(pending.peek()))) {
            attempts = 0;
            nextAttemptNanos = 0;
          }
          pending.removeIf(r -> partitions.contains(partitionOf(r)));
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        }
      });
      while (running) {
        if (pending.isEmpty()) {
          consumer.resume(consumer.paused());
        } else {
          consumer.pause(consumer.assignment());
        }
        long waitMs = pending.isEmpty() ? 500 : Math.max(0, Math.min(500, (nextAttemptNanos - System.nanoTime()) / 1_000_000));
        consumer.poll(Duration.ofMillis(waitMs)).forEach(pending::add);
        if (!pending.isEmpty() && System.nanoTime() - nextAttemptNanos >= 0) {
          attempt(pending.peek());
        }
      }
    } catch (WakeupException e) {
      if (running) {
        stopped(e);
      }
    } catch (Throwable e) {
      stopped(e);
    } finally {
      consumer.close(Duration.ofSeconds(5));
      deadLetters.close(Duration.ofSeconds(5));
    }
  }

  private void stopped(Throwable e) {
    failure = e.toString();
    metrics.counter("news.alerts.webhook.stopped").increment();
    log.error("alert webhook stopped; alerts are no longer delivered", e);
  }

  private void attempt(ConsumerRecord<String, byte[]> record) throws Exception {
    InspectionAlert alert;
    try {
      alert = alerts.deserialize(record.topic(), record.value());
    } catch (RuntimeException e) {
      settle(record, "corrupt-record", e.getClass().getName(), String.valueOf(e.getMessage()));
      return;
    }
    attempts++;
    Integer status = null;
    String answer;
    Duration retryAfter = null;
    try {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(settings.url()).timeout(settings.timeout())
          .header("Content-Type", "application/json; charset=utf-8").header("Idempotency-Key", alert.getAlertId())
          .POST(HttpRequest.BodyPublishers.ofString(RecordJson.toJson(alert).toString())).build(),
          HttpResponse.BodyHandlers.ofString());
      status = response.statusCode();
      answer = excerpt(response.body());
      retryAfter = response.headers().firstValue("Retry-After").flatMap(AlertWebhook::seconds).orElse(null);
    } catch (IOException e) {
      answer = e.toString();
    }
    String result = status == null ? "io" : status / 100 == 2 ? "ok" : "status-" + status;
    metrics.counter("news.alerts.delivered", "result", result).increment();
    if (status != null && status / 100 == 2) {
      settle(record, null, null, null);
    } else if (status != null && !WebhookSettings.retryable(status)) {
      log.warn("alert {} refused by the webhook (HTTP {}); to news.dlq", alert.getAlertId(), status);
      settle(record, "webhook-refused", null, "HTTP " + status + ": " + answer);
    } else if (attempts >= settings.maxAttempts()) {
      log.warn("alert {} not delivered after {} attempts; to news.dlq", alert.getAlertId(), attempts);
      settle(record, "webhook-gave-up", null, (status == null ? "" : "HTTP " + status + ": ") + answer);
    } else {
      Duration wait = retryAfter != null ? min(retryAfter, settings.maxBackoff()) : jittered(settings.backoffAfter(attempts));
      log.warn("alert {} not delivered (attempt {} of {}: {}); next in {} ms", alert.getAlertId(), attempts,
          settings.maxAttempts(), status == null ? answer : "HTTP " + status, wait.toMillis());
      nextAttemptNanos = System.nanoTime() + wait.toNanos();
    }
  }

  /** Done with the record: dead-lettered first when it has a reason, then its offset committed. */
  private void settle(ConsumerRecord<String, byte[]> record, String reason, String errorClass, String message)
      throws Exception {
    if (reason != null) {
      DeadLetter letter = DeadLetter.newBuilder().setStage("sink.webhook").setReason(reason).setErrorClass(errorClass)
          .setErrorMessage(message).setSourceTopic(record.topic()).setSourcePartition(record.partition())
          .setSourceOffset(record.offset())
          .setKey(record.key() == null ? null : ByteBuffer.wrap(record.key().getBytes(StandardCharsets.UTF_8)))
          .setPayload(record.value() == null ? null : ByteBuffer.wrap(record.value())).setTime(Instant.now()).build();
      deadLetters.send(new ProducerRecord<>(Topics.DLQ, record.key(),
          letters.serialize(Topics.DLQ, letter))).get();
      metrics.counter("news.alerts.delivered", "result", "dead-letter").increment();
    }
    consumer.commitSync(Map.of(partitionOf(record), new OffsetAndMetadata(record.offset() + 1)));
    pending.poll();
    attempts = 0;
    nextAttemptNanos = 0;
  }

  private static TopicPartition partitionOf(ConsumerRecord<?, ?> r) {
    return new TopicPartition(r.topic(), r.partition());
  }

  private static Optional<Duration> seconds(String retryAfter) {
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(retryAfter.strip()))));
    } catch (NumberFormatException e) {
      return Optional.empty(); // an HTTP date: the backoff decides
    }
  }

  private static Duration jittered(Duration d) {
    long ms = d.toMillis();
    return Duration.ofMillis(ms / 2 + ThreadLocalRandom.current().nextLong(ms / 2 + 1));
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static String excerpt(String body) {
    String s = body == null ? "" : body.strip();
    return s.length() <= EXCERPT ? s : s.substring(0, EXCERPT) + "…";
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
