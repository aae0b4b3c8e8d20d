package io.newswire.ingest.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.ingest.pipeline.SeenSet;
import io.newswire.topics.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The seen-set's durable home: the compacted topic {@code news.ingest.seen}, one JSON record per URL (latest
 * wins). Read fully at start-up, written through on every change.
 */
public final class KafkaSeenStore implements SeenSet.Store {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Names the instance that wrote a record, so an instance following the topic skips its own writes. */
  static final String WRITER = "newswire-writer";

  private final Producer<String, byte[]> producer;
  private final byte[] writer;

  /** @param instanceId this ingest instance's name, unique among the instances sharing the topic */
  public KafkaSeenStore(Producer<String, byte[]> producer, String instanceId) {
    this.producer = producer;
    this.writer = instanceId.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void save(SeenSet.Entry e) {
    ObjectNode node = JSON.createObjectNode();
    node.put("url", e.url());
    node.put("firstSeen", e.firstSeen() == null ? null : e.firstSeen().toString());
    node.put("lastFetched", e.lastFetched() == null ? null : e.lastFetched().toString());
    node.put("contentHash", e.contentHash());
    node.put("checks", e.checks());
    node.put("nextCheck", e.nextCheck() == null ? null : e.nextCheck().toString());
    node.put("failures", e.failures());
    node.put("redirectedTo", e.redirectedTo());
    node.put("format", 2);
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(Topics.INGEST_SEEN, e.url(), node.toString().getBytes(StandardCharsets.UTF_8));
    record.headers().add(WRITER, writer);
    producer.send(record);
  }

  @Override
  public void forget(String url) {
    ProducerRecord<String, byte[]> tombstone = new ProducerRecord<>(Topics.INGEST_SEEN, url, null);
    tombstone.headers().add(WRITER, writer);
    producer.send(tombstone);
  }

  /** What {@link #restore} read: the entries, and the offsets it read up to, where following goes on. */
  public record Restored(List<SeenSet.Entry> entries, Map<TopicPartition, Long> endOffsets) {}

  /** Every entry on the topic, reading from the beginning to the end offsets as of now. */
  public static Restored restore(Properties clientProps, Duration timeout) {
    Map<String, Object> props = new HashMap<>();
    clientProps.forEach((k, v) -> props.put((String) k, v));
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newswire-ingest-seen-restore");
    props.remove(ConsumerConfig.GROUP_ID_CONFIG);
    Map<String, SeenSet.Entry> entries = new LinkedHashMap<>();
    Map<TopicPartition, Long> endOffsets = new HashMap<>();
    try (KafkaConsumer<String, byte[]> consumer =
             new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(Topics.INGEST_SEEN, timeout).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).collect(Collectors.toList());
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
      endOffsets.putAll(end);
      long deadline = System.nanoTime() + timeout.toNanos();
      while (!reached(consumer, end) && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          if (record.value() == null) {
            entries.remove(record.key());
          } else {
            entries.put(record.key(), parse(record.value()));
          }
        }
      }
    }
    return new Restored(new ArrayList<>(entries.values()), endOffsets);
  }

  /**
   * Keeps {@code seen} up to date with what the other instances write, from where {@link #restore} stopped, until
   * closed: when a source moves here, the URLs its last owner fetched are known. Returns the follower to close.
   */
  public static AutoCloseable follow(Properties clientProps, Restored from, SeenSet seen, String instanceId) {
    Map<String, Object> props = new HashMap<>();
    clientProps.forEach((k, v) -> props.put((String) k, v));
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newswire-ingest-seen-follow");
    props.remove(ConsumerConfig.GROUP_ID_CONFIG);
    KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> partitions = consumer.partitionsFor(Topics.INGEST_SEEN).stream()
        .map(p -> new TopicPartition(p.topic(), p.partition())).collect(Collectors.toList());
    consumer.assign(partitions);
    for (TopicPartition p : partitions) { // restore() read everything before these offsets
      Long offset = from.endOffsets().get(p);
      if (offset == null) {
        consumer.seekToEnd(List.of(p));
      } else {
        consumer.seek(p, offset);
      }
    }
    java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
    byte[] self = instanceId.getBytes(StandardCharsets.UTF_8);
    Thread thread = new Thread(() -> {
      try {
        while (running.get()) {
          for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
            var header = record.headers().lastHeader(WRITER);
            if (header != null && java.util.Arrays.equals(header.value(), self)) {
              continue;
            }
            if (record.value() == null) {
              seen.forgotten(record.key());
            } else {
              seen.merge(parse(record.value()));
            }
          }
        }
      } catch (org.apache.kafka.common.errors.WakeupException e) {
        // closing
      } finally {
        consumer.close();
      }
    }, "newswire-ingest-seen-follow");
    thread.setDaemon(true);
    thread.start();
    return () -> {
      running.set(false);
      consumer.wakeup();
      thread.join(10_000);
    };
  }

  private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
    for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
      if (consumer.position(e.getKey()) < e.getValue()) {
        return false;
      }
    }
    return true;
  }

  static SeenSet.Entry parse(byte[] value) {
    try {
      var n = JSON.readTree(value);
      String hash = n.path("contentHash").isNull() ? null : n.path("contentHash").asText(null);
      String redirectedTo = n.path("redirectedTo").isNull() ? null : n.path("redirectedTo").asText(null);
      if (hash != null && hash.startsWith("redirect:")) { // how versions before 0.2 wrote a redirect
        redirectedTo = hash.substring("redirect:".length());
        hash = null;
      }
      Instant nextCheck = instant(n, "nextCheck");
      if (!n.has("format") && hash == null && redirectedTo == null && nextCheck == null) {
        // versions before 0.2 stopped fetching a URL after 3 failures; retry it (dead-lettered if it fails again
        // past its youth)
        nextCheck = instant(n, "firstSeen");
      }
      return new SeenSet.Entry(n.get("url").asText(), instant(n, "firstSeen"), instant(n, "lastFetched"), hash,
          n.path("checks").asInt(), nextCheck, n.path("failures").asInt(), redirectedTo);
    } catch (IOException e) {
      throw new IllegalStateException("corrupt seen-set record: " + e.getMessage(), e);
    }
  }

  private static Instant instant(com.fasterxml.jackson.databind.JsonNode n, String field) {
    var v = n.get(field);
    return v == null || v.isNull() ? null : Instant.parse(v.asText());
  }
}
