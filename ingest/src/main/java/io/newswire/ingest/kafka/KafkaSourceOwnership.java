package io.newswire.ingest.kafka;

import io.newswire.ingest.crawl.SourceOwnership;
import io.newswire.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sources shared among ingest instances by Kafka's own group membership, the way Kafka Streams and Connect
 * assign work: every instance joins one consumer group on {@code news.ingest.owners}; a source belongs to the
 * partition its id hashes to (murmur2, as Kafka's partitioner), and an instance owns the sources of the
 * partitions it is assigned. The topic carries no records; the group's heartbeats and rebalances are the point.
 * When an instance stops or dies, its partitions — and sources — go to the others; the rebalance listener hands
 * sources over only after their fetches have stopped, so two instances never fetch a host at once.
 */
public final class KafkaSourceOwnership implements SourceOwnership {
  private static final Logger log = LoggerFactory.getLogger(KafkaSourceOwnership.class);

  private final Map<String, Object> props = new HashMap<>();
  private final Collection<String> sourceIds;
  private final Set<String> owned = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private KafkaConsumer<byte[], byte[]> consumer;
  private Thread thread;

  /**
   * @param clientProps bootstrap servers and security settings
   * @param groupId instances with the same group share the sources
   */
  public KafkaSourceOwnership(Properties clientProps, String groupId, Duration sessionTimeout,
                              Collection<String> sourceIds) {
    clientProps.forEach((k, v) -> props.put((String) k, v));
    props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) sessionTimeout.toMillis());
    props.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) Math.max(500, sessionTimeout.toMillis() / 5));
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, groupId + "-owners");
    this.sourceIds = List.copyOf(sourceIds);
  }

  /** The partition of {@code news.ingest.owners} a source belongs to. */
  public static int partitionOf(String sourceId, int partitions) {
    return Utils.toPositive(Utils.murmur2(sourceId.getBytes(StandardCharsets.UTF_8))) % partitions;
  }

  @Override
  public void start(Listener listener) {
    consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    int partitions = consumer.partitionsFor(Topics.INGEST_OWNERS).size();
    if (partitions == 0) {
      consumer.close();
      throw new IllegalStateException("topic " + Topics.INGEST_OWNERS + " does not exist; create the topics first "
          + "(newswire topics, or topics.create=true)");
    }
    consumer.subscribe(List.of(Topics.INGEST_OWNERS), new ConsumerRebalanceListener() {
      @Override
      public void onPartitionsRevoked(Collection<TopicPartition> revoked) {
        Set<String> lost = sourcesOf(revoked, partitions);
        if (!lost.isEmpty()) {
          owned.removeAll(lost);
          listener.revoked(lost); // returns once their fetches have stopped
        }
      }

      @Override
      public void onPartitionsLost(Collection<TopicPartition> lost) {
        onPartitionsRevoked(lost);
      }

      @Override
      public void onPartitionsAssigned(Collection<TopicPartition> assigned) {
        Set<String> gained = sourcesOf(assigned, partitions);
        if (!gained.isEmpty()) {
          owned.addAll(gained);
          listener.assigned(gained);
        }
      }
    });
    thread = new Thread(this::pollLoop, "newswire-ingest-owners");
    thread.setDaemon(true);
    thread.start();
  }

  private Set<String> sourcesOf(Collection<TopicPartition> partitions, int count) {
    Set<Integer> numbers = new HashSet<>();
    partitions.forEach(p -> numbers.add(p.partition()));
    Set<String> ids = new HashSet<>();
    for (String id : sourceIds) {
      if (numbers.contains(partitionOf(id, count))) {
        ids.add(id);
      }
    }
    return ids;
  }

  private void pollLoop() {
    try {
      while (running.get()) {
        consumer.poll(Duration.ofMillis(500)); // no records; polling keeps this instance in the group
      }
    } catch (WakeupException e) {
      // closing
    } catch (RuntimeException e) {
      log.error("ingest source ownership stopped: {}", e.toString(), e);
    } finally {
      consumer.close(); // leaves the group: the others take these sources now (after the revoke callback)
    }
  }

  @Override
  public Set<String> owned() {
    return Set.copyOf(owned);
  }

  @Override
  public void close() {
    if (!running.getAndSet(false)) {
      return;
    }
    if (consumer != null) {
      consumer.wakeup();
    }
    if (thread != null) {
      try {
        thread.join(30_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
