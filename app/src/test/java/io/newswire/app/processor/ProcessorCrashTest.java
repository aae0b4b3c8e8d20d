package io.newswire.app.processor;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.analysis.ArticleAnalyzer;
import io.newswire.app.broker.EmbeddedBroker;
import io.newswire.app.config.NewswireConfig;
import io.newswire.app.TestBroker;
import io.newswire.app.roles.ProcessorRole;
import io.newswire.processor.ArticleFactory;
import io.newswire.processor.ProcessorSettings;
import io.newswire.processor.ProcessorTopology;
import io.newswire.schemas.EnrichedArticle;
import io.newswire.schemas.NewswireSerdes;
import io.newswire.schemas.RawArticle;
import io.newswire.topics.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor dies in the middle of a transaction — an Error from deep inside processing, the stream thread
 * gone, nothing committed, no graceful close — and a new instance takes over: every article still comes out
 * exactly once (the dead instance's open transaction is aborted, its records never visible to read_committed).
 */
class ProcessorCrashTest {
  @TempDir
  Path dir;

  /** A registry whose counters blow up after a number of increments: a crash at an arbitrary point of processing. */
  static final class CrashingRegistry extends SimpleMeterRegistry {
    private final AtomicInteger left;

    CrashingRegistry(int increments) {
      this.left = new AtomicInteger(increments);
    }

    @Override
    protected Counter newCounter(Meter.Id id) {
      Counter real = super.newCounter(id);
      return new Counter() {
        @Override
        public void increment(double amount) {
          if (left.decrementAndGet() == 0) {
            throw new Error("simulated crash in the middle of processing");
          }
          real.increment(amount);
        }

        @Override
        public double count() {
          return real.count();
        }

        @Override
        public Id getId() {
          return real.getId();
        }
      };
    }
  }

  @Test
  void aCrashMidTransactionLosesNothingAndDuplicatesNothing() throws Exception {
    try (EmbeddedBroker broker = TestBroker.withTopics(dir)) {
      Properties client = TestBroker.client(broker);
      int total = 40;
      Properties p = new Properties();
      p.putAll(client);
      p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
      var serde = NewswireSerdes.rawArticle();
      try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
        for (int i = 0; i < total; i++) {
          RawArticle a = ArticleFactory.distinctStory(500 + i);
          producer.send(new ProducerRecord<>(Topics.PAGES_RAW, a.getCanonicalUrl(), serde.serialize(Topics.PAGES_RAW, a))).get();
        }
      }
      NewswireConfig config = NewswireConfig.defaults().with("state.dir", dir.resolve("state").toString());
      ArticleAnalyzer analyzer = new ArticleAnalyzer();
      Properties props = ProcessorRole.streamsProperties(config, client, "crash-test", 1);
      props.put("consumer.session.timeout.ms", 6000);
      props.put("consumer.heartbeat.interval.ms", 1000);

      KafkaStreams doomed = new KafkaStreams(ProcessorTopology.build(ProcessorSettings.defaults(), analyzer,
          new CrashingRegistry(600)), props);
      doomed.setUncaughtExceptionHandler(e -> StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
      doomed.start();
      await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(doomed::state,
          s -> s == KafkaStreams.State.ERROR || s == KafkaStreams.State.NOT_RUNNING);
      assertTrue(doomed.state() == KafkaStreams.State.ERROR || doomed.state() == KafkaStreams.State.NOT_RUNNING,
          "the processor crashed: " + doomed.state());
      int before = count(client).values().stream().mapToInt(Integer::intValue).sum();
      assertTrue(before < total, "it crashed mid-stream (" + before + " of " + total + " out)");

      try (KafkaStreams successor = new KafkaStreams(ProcessorTopology.build(ProcessorSettings.defaults(), analyzer,
          new SimpleMeterRegistry()), props)) {
        successor.start();
        // every URL out again, then the exactly-once check below: waiting for the count is not the assertion
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
            .untilAsserted(() -> assertEquals(total, count(client).size(), "nothing lost"));
      } finally {
        doomed.close(Duration.ofSeconds(5));
      }
      Map<String, Integer> perUrl = count(client);
      assertEquals(total, perUrl.size(), "nothing lost");
      perUrl.forEach((url, n) -> assertEquals(1, n, url + " came out " + n + " times"));
    }
  }

  private static Map<String, Integer> count(Properties client) {
    Properties p = new Properties();
    p.putAll(client);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    Map<String, Integer> perUrl = new HashMap<>();
    var serde = NewswireSerdes.enrichedArticle();
    try (KafkaConsumer<String, EnrichedArticle> c = new KafkaConsumer<>(p, new StringDeserializer(), serde.deserializer())) {
      List<TopicPartition> parts = new ArrayList<>();
      c.partitionsFor(Topics.ARTICLES_ENRICHED).forEach(i -> parts.add(new TopicPartition(Topics.ARTICLES_ENRICHED, i.partition())));
      c.assign(parts);
      c.seekToBeginning(parts);
      var end = c.endOffsets(parts);
      long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
      while (System.nanoTime() < deadline && parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
        c.poll(Duration.ofMillis(100)).forEach(r -> perUrl.merge(r.value().getCanonicalUrl(), 1, Integer::sum));
      }
    }
    return perUrl;
  }
}
