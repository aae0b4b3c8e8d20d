package io.newswire.app.sink;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.app.broker.EmbeddedBroker;
import io.newswire.app.TestBroker;
import io.newswire.schemas.DeadLetter;
import io.newswire.schemas.Inspection;
import io.newswire.schemas.InspectionAlert;
import io.newswire.schemas.InspectionLevel;
import io.newswire.schemas.NewswireSerdes;
import io.newswire.schemas.Severity;
import io.newswire.sink.AlertWebhook;
import io.newswire.sink.WebhookSettings;
import io.newswire.topics.Topics;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alert webhook against a local receiver that answers each alert its own way — 500 for ever, 429 with a
 * Retry-After longer than the consumer's poll interval, 400, a hang past the request timeout, two 500s before a
 * 200 — on a real broker: every alert settles (delivered, or in news.dlq with the status and answer), the group
 * stays alive through the backoff, and the thread does not die.
 */
class AlertWebhookTest {
  @TempDir
  Path dir;

  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final Map<String, Integer> delivered = new ConcurrentHashMap<>();
  private final CountDownLatch never = new CountDownLatch(1);

  @Test
  void everyAlertSettlesWhateverTheReceiverAnswers() throws Exception {
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.setExecutor(Executors.newCachedThreadPool());
    receiver.createContext("/hook", exchange -> {
      String id = exchange.getRequestHeaders().getFirst("Idempotency-Key");
      int n = hits.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
      int status = switch (id) {
        case "always-500" -> 500;
        case "bad-request" -> 400;
        case "rate-limited" -> n == 1 ? 429 : 200;
        case "flaky" -> n <= 2 ? 500 : 200;
        case "hangs-once" -> n == 1 ? -1 : 200;
        default -> 200;
      };
      if (status == -1) {
        try {
          never.await(30, TimeUnit.SECONDS); // no answer while the client waits
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        exchange.close();
        return;
      }
      if (status == 429) {
        exchange.getResponseHeaders().add("Retry-After", "3");
      }
      if (status == 200) {
        delivered.merge(id, 1, Integer::sum);
      }
      byte[] body = ("answer " + status + " to " + id).getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    receiver.start();
    try (EmbeddedBroker broker = TestBroker.withTopics(dir)) {
      Properties client = TestBroker.client(broker);
      List<String> ids = List.of("always-500", "rate-limited", "bad-request", "hangs-once", "flaky", "plain");
      try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(client, new StringSerializer(), new ByteArraySerializer())) {
        for (String id : ids) {
          producer.send(new ProducerRecord<>(Topics.INSPECTION_ALERTS, "s-" + id,
              NewswireSerdes.inspectionAlert().serialize(Topics.INSPECTION_ALERTS, alert(id)))).get();
        }
      }
      Properties consumer = new Properties();
      consumer.putAll(client);
      // shorter than the 3 s Retry-After: a thread that slept through it would lose its partition and its commit
      consumer.put("max.poll.interval.ms", "2000");
      WebhookSettings settings = new WebhookSettings(URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"),
          3, Duration.ofSeconds(3), Duration.ofSeconds(1));
      try (AlertWebhook webhook = new AlertWebhook(settings, consumer, "webhook-test", new SimpleMeterRegistry()).start()) {
        long end = endOffset(client); // not ids.size(): the topic may begin with aborted warm-up records
        await().atMost(Duration.ofSeconds(90)).until(() -> committed(client) == end);
        assertTrue(webhook.failure().isEmpty(), "the delivery thread is alive: " + webhook.failure());
      } finally {
        never.countDown();
      }

      assertEquals(3, hits.get("always-500").get(), "500: retried up to sink.webhook.max.attempts");
      assertEquals(1, hits.get("bad-request").get(), "400: permanent, not retried");
      assertEquals(2, hits.get("rate-limited").get(), "429: retried after Retry-After");
      assertEquals(3, hits.get("flaky").get(), "success on the third attempt");
      assertEquals(2, hits.get("hangs-once").get(), "a hang: timed out, then retried");
      for (String id : List.of("rate-limited", "flaky", "plain")) {
        assertEquals(1, delivered.get(id), id + " delivered once");
      }
      List<DeadLetter> letters = deadLetters(client);
      assertEquals(2, letters.size(), letters.toString());
      DeadLetter gaveUp = letters.stream().filter(l -> l.getReason().equals("webhook-gave-up")).findFirst().orElseThrow();
      assertTrue(gaveUp.getErrorMessage().contains("HTTP 500: answer 500 to always-500"), gaveUp.getErrorMessage());
      DeadLetter refused = letters.stream().filter(l -> l.getReason().equals("webhook-refused")).findFirst().orElseThrow();
      assertTrue(refused.getErrorMessage().startsWith("HTTP 400: answer 400"), refused.getErrorMessage());
      assertEquals("sink.webhook", refused.getStage());
    } finally {
      receiver.stop(0);
    }
  }

  private static InspectionAlert alert(String id) {
    Inspection inspection = Inspection.newBuilder().setIsInspectionDelegationStory(true).setDelegationNumber("77")
        .setIssuers(List.of("Ủy ban Kiểm tra Trung ương")).setLevel(InspectionLevel.CENTRAL_PARTY).setConfidence(0.9).build();
    return InspectionAlert.newBuilder().setAlertId(id).setStoryId("s-" + id).setHeadline("Đoàn kiểm tra số 77")
        .setUrl("https://baotintuc.vn/x/" + id + "-20261129000000000.htm").setSource("baotintuc")
        .setInspection(inspection).setSeverity(Severity.HIGH).setCreatedAt(Instant.parse("2026-11-29T00:00:00Z")).build();
  }

  private static long committed(Properties client) throws Exception {
    try (Admin admin = Admin.create(client)) {
      var offsets = admin.listConsumerGroupOffsets("webhook-test").partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
      var o = offsets.get(new TopicPartition(Topics.INSPECTION_ALERTS, 0));
      return o == null ? 0 : o.offset();
    }
  }

  private static long endOffset(Properties client) {
    try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(client, new StringDeserializer(), new ByteArrayDeserializer())) {
      TopicPartition tp = new TopicPartition(Topics.INSPECTION_ALERTS, 0);
      return c.endOffsets(List.of(tp)).get(tp);
    }
  }

  private static List<DeadLetter> deadLetters(Properties client) {
    List<DeadLetter> out = new ArrayList<>();
    Properties p = new Properties();
    p.putAll(client);
    p.put("isolation.level", "read_committed");
    try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
      TopicPartition tp = new TopicPartition(Topics.DLQ, 0);
      c.assign(List.of(tp));
      c.seekToBeginning(List.of(tp));
      long end = c.endOffsets(List.of(tp)).get(tp);
      while (c.position(tp) < end) {
        c.poll(Duration.ofMillis(200)).forEach(r -> out.add(NewswireSerdes.deadLetter().deserialize(Topics.DLQ, r.value())));
      }
    }
    return out;
  }
}
