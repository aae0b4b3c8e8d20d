package io.newswire.app.processor;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.app.Newswire;
import io.newswire.app.broker.EmbeddedBroker;
import io.newswire.app.kafka.TopicAdmin;
import io.newswire.processor.ArticleFactory;
import io.newswire.schemas.DeadLetter;
import io.newswire.schemas.EnrichedArticle;
import io.newswire.schemas.NewswireSerdes;
import io.newswire.schemas.RawArticle;
import io.newswire.topics.Topics;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor on the real embedded broker with exactly-once: its JVM is killed with SIGKILL mid-stream three
 * times and restarted; every input still appears on news.articles.enriched exactly once, none twice, none lost,
 * and a corrupt record lands on news.dlq once.
 */
class ProcessorOnBrokerTest {
  @TempDir
  static Path dir;
  static EmbeddedBroker broker;

  @BeforeAll
  static void start() {
    broker = EmbeddedBroker.start(dir.resolve("broker"), 0, 0);
    Properties client = client();
    try (Admin admin = Admin.create(client)) {
      new TopicAdmin(admin, client, Duration.ofSeconds(30)).ensure(Topics.ALL, -1);
    }
  }

  @AfterAll
  static void stop() {
    broker.close();
  }

  static Properties client() {
    Properties p = new Properties();
    p.put("bootstrap.servers", broker.bootstrapServers());
    return p;
  }

  @Test
  void killedThreeTimesMidStreamYetEveryArticleExactlyOnce() throws Exception {
    int total = 120;
    List<RawArticle> inputs = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      inputs.add(ArticleFactory.distinctStory(i));
    }
    Properties p = client();
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    var serde = NewswireSerdes.rawArticle();
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(Topics.PAGES_RAW, "https://baotintuc.vn/x/corrupt-1.htm", "garbage".getBytes())).get();
      int sent = 0;
      for (int round = 0; round < 4; round++) {
        int upTo = Math.min(total, sent + total / 4);
        for (; sent < upTo; sent++) {
          RawArticle a = inputs.get(sent);
          producer.send(new ProducerRecord<>(Topics.PAGES_RAW, a.getCanonicalUrl(), serde.serialize(Topics.PAGES_RAW, a))).get();
        }
        Process processor = startProcessor();
        try {
          if (round < 3) {
            awaitAtLeast(sent - total / 8, Duration.ofSeconds(90), processor);
            processor.destroyForcibly(); // SIGKILL: no close, no commit, no flush
            assertTrue(processor.waitFor(10, TimeUnit.SECONDS));
          } else {
            awaitAtLeast(total, Duration.ofSeconds(120), processor);
          }
        } finally {
          processor.destroyForcibly();
          processor.waitFor(10, TimeUnit.SECONDS);
        }
      }
    }
    Map<String, Integer> perUrl = new HashMap<>();
    for (EnrichedArticle a : readAll(Topics.ARTICLES_ENRICHED, NewswireSerdes.enrichedArticle())) {
      perUrl.merge(a.getCanonicalUrl(), 1, Integer::sum);
    }
    assertEquals(total, perUrl.size(), "every input article is there");
    perUrl.forEach((url, n) -> assertEquals(1, n, url + " appears " + n + " times"));
    List<DeadLetter> letters = readAll(Topics.DLQ, NewswireSerdes.deadLetter());
    assertEquals(1, letters.size(), "the corrupt record is dead-lettered exactly once");
    assertEquals("corrupt-record", letters.get(0).getReason());
  }

  private Process startProcessor() throws IOException {
    Path log = Files.createTempFile(dir, "processor", ".log");
    return new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-cp", System.getProperty("java.class.path"), Newswire.class.getName(), "process",
        "--bootstrap-servers", broker.bootstrapServers(), "--set", "state.dir=" + dir.resolve("state"),
        // a SIGKILLed member holds its partitions until its session times out: keep that short in the test
        "--set", "kafka.consumer.session.timeout.ms=6000", "--set", "kafka.consumer.heartbeat.interval.ms=1000",
        "--metrics-port", Integer.toString(freePort())))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  private void awaitAtLeast(int n, Duration timeout, Process processor) {
    await().atMost(timeout).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
      assertTrue(processor.isAlive(), "processor died on its own");
      assertTrue(readAll(Topics.ARTICLES_ENRICHED, NewswireSerdes.enrichedArticle()).size() >= n,
          "fewer than " + n + " enriched articles");
    });
  }

  private static <T> List<T> readAll(String topic, org.apache.kafka.common.serialization.Serde<T> serde) {
    Properties p = client();
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    List<T> out = new ArrayList<>();
    try (KafkaConsumer<String, T> consumer = new KafkaConsumer<>(p, new StringDeserializer(), serde.deserializer())) {
      var partitions = consumer.partitionsFor(topic).stream()
          .map(i -> new org.apache.kafka.common.TopicPartition(topic, i.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      var end = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (System.nanoTime() < deadline && partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
        for (ConsumerRecord<String, T> r : consumer.poll(Duration.ofMillis(100))) {
          out.add(r.value());
        }
      }
    }
    return out;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
