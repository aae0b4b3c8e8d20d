package io.newswire.app.replay;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Waits until Streams applications have consumed everything: every partition of every topic their members read
 * has no committed record after the group's committed offset — a partition the group has not committed yet counts
 * from offset 0. "No committed record" is asked of a read_committed reader rather than computed from end offsets, so
 * commit markers and aborted transactions (which leave offsets but no records) count as consumed.
 */
public final class Drain {
  private Drain() {}

  /** Waits for the groups, given in pipeline order, once nothing more is written to the first one's input. */
  public static void await(Admin admin, Properties client, List<String> groups, Duration timeout, Runnable progress)
      throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    Properties p = new Properties();
    p.putAll(client);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.remove(ConsumerConfig.GROUP_ID_CONFIG);
    try (KafkaConsumer<byte[], byte[]> reader = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      while (System.nanoTime() < deadline) {
        // in pipeline order: once a stage has consumed and committed all its input, its output is committed too
        // (exactly-once), so a later stage checked after it sees everything it will ever get
        boolean drained = true;
        for (String group : groups) {
          if (!drained(admin, reader, group)) {
            drained = false;
            break;
          }
        }
        if (drained) {
          return;
        }
        progress.run();
        Thread.sleep(200);
      }
    }
    throw new IllegalStateException("the pipeline did not finish within " + timeout.toSeconds() + " s");
  }

  private static boolean drained(Admin admin, KafkaConsumer<byte[], byte[]> reader, String group) throws Exception {
    ConsumerGroupDescription description;
    try {
      description = admin.describeConsumerGroups(List.of(group)).all().get(10, TimeUnit.SECONDS).get(group);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof org.apache.kafka.common.errors.GroupIdNotFoundException) {
        return false; // the stage has not joined its group yet
      }
      throw e;
    }
    // every partition of every topic the group reads, whether or not a member holds it right now
    Set<String> topics = new HashSet<>();
    for (MemberDescription member : description.members()) {
      member.assignment().topicPartitions().forEach(tp -> topics.add(tp.topic()));
    }
    if (topics.isEmpty()) {
      return false; // not started, or rebalancing
    }
    Set<TopicPartition> assigned = new HashSet<>();
    for (String topic : topics) {
      reader.partitionsFor(topic).forEach(info -> assigned.add(new TopicPartition(topic, info.partition())));
    }
    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
    Map<TopicPartition, Long> from = new HashMap<>();
    for (TopicPartition tp : assigned) {
      OffsetAndMetadata c = committed.get(tp);
      from.put(tp, c == null ? 0L : c.offset());
    }
    return !hasRecordsAfter(reader, from);
  }

  /** Whether any committed record sits at or after the given offset of any of the partitions. */
  private static boolean hasRecordsAfter(KafkaConsumer<byte[], byte[]> reader, Map<TopicPartition, Long> from) {
    reader.assign(from.keySet());
    Map<TopicPartition, Long> ends = reader.endOffsets(from.keySet()); // read_committed: the last stable offset
    Set<TopicPartition> open = new HashSet<>();
    for (var e : from.entrySet()) {
      if (e.getValue() < ends.get(e.getKey())) {
        reader.seek(e.getKey(), e.getValue());
        open.add(e.getKey());
      }
    }
    reader.pause(reader.assignment());
    reader.resume(open);
    long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!open.isEmpty()) {
      if (!reader.poll(Duration.ofMillis(200)).isEmpty() || System.nanoTime() > giveUp) {
        return true; // a record to consume, or no answer: not drained (yet)
      }
      open.removeIf(tp -> reader.position(tp) >= ends.get(tp));
    }
    return false;
  }
}
