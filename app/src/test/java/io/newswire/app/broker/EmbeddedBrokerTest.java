package io.newswire.app.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.app.kafka.TopicAdmin;
import io.newswire.app.kafka.TopicAdmin.Outcome;
import io.newswire.app.kafka.TopicAdmin.Status;
import io.newswire.schemas.AvroSerde;
import io.newswire.schemas.Fixtures;
import io.newswire.schemas.NewswireSerdes;
import io.newswire.schemas.RawArticle;
import io.newswire.topics.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real in-process KRaft broker: topics are created and checked, and RawArticles travel through it. */
class EmbeddedBrokerTest {
  @TempDir
  static Path dataDir;
  static EmbeddedBroker broker;

  @BeforeAll
  static void startBroker() {
    broker = EmbeddedBroker.start(dataDir, 0, 0);
  }

  @AfterAll
  static void stopBroker() {
    broker.close();
  }

  private Properties client() {
    Properties p = new Properties();
    p.put("bootstrap.servers", broker.bootstrapServers());
    return p;
  }

  @Test
  void topicsAreCreatedOnceCheckedAfterwardsAndMismatchesReported() throws Exception {
    try (Admin admin = Admin.create(client())) {
      // someone created the DLQ by hand with the wrong shape
      admin.createTopics(List.of(new NewTopic(Topics.DLQ, Optional.of(2), Optional.empty())
          .configs(Map.of("retention.ms", "1000")))).all().get();
      TopicAdmin topics = new TopicAdmin(admin, client(), Duration.ofSeconds(30));

      List<Outcome> first = topics.ensure(Topics.ALL, -1);
      assertEquals(Topics.ALL.size(), first.size());
      for (Outcome outcome : first) {
        if (outcome.topic().equals(Topics.DLQ)) {
          assertEquals(Status.MISMATCH, outcome.status());
          assertTrue(outcome.detail().contains("partitions 2 (want 1)"), outcome.detail());
          assertTrue(outcome.detail().contains("retention.ms=1000"), outcome.detail());
        } else {
          assertEquals(Status.CREATED, outcome.status(), outcome.toString());
        }
      }

      List<Outcome> second = topics.ensure(Topics.ALL, -1);
      for (Outcome outcome : second) {
        assertEquals(outcome.topic().equals(Topics.DLQ) ? Status.MISMATCH : Status.OK, outcome.status(),
            outcome.toString());
      }
    }
    rawArticleTravelsThroughTheBrokerWithTheSerde();
  }

  private void rawArticleTravelsThroughTheBrokerWithTheSerde() throws Exception {
    AvroSerde<RawArticle> serde = NewswireSerdes.rawArticle();
    RawArticle article = Fixtures.seedRawArticle();
    Properties producerProps = client();
    producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
    try (KafkaProducer<String, RawArticle> producer =
             new KafkaProducer<>(producerProps, new StringSerializer(), serde.serializer())) {
      RecordMetadata metadata = producer.send(
          new ProducerRecord<>(Topics.PAGES_RAW, article.getCanonicalUrl(), article)).get();
      assertTrue(metadata.offset() >= 0);
    }

    Properties consumerProps = client();
    consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, "embedded-broker-test");
    consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    List<ConsumerRecord<String, RawArticle>> received = new ArrayList<>();
    try (KafkaConsumer<String, RawArticle> consumer =
             new KafkaConsumer<>(consumerProps, new StringDeserializer(), serde.deserializer())) {
      consumer.subscribe(List.of(Topics.PAGES_RAW));
      long deadline = System.currentTimeMillis() + 30_000;
      while (received.isEmpty() && System.currentTimeMillis() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(received::add);
      }
    }
    // the aborted warm-up records are invisible to read_committed consumers
    assertEquals(1, received.size());
    assertEquals(article.getCanonicalUrl(), received.get(0).key());
    assertEquals(article, received.get(0).value());
  }
}
