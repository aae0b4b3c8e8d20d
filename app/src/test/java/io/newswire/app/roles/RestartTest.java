package io.newswire.app.roles;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.newswire.app.Pipeline;
import io.newswire.app.broker.EmbeddedBroker;
import io.newswire.app.config.NewswireConfig;
import io.newswire.app.TestBroker;
import io.newswire.processor.ArticleFactory;
import io.newswire.schemas.NewswireSerdes;
import io.newswire.schemas.RawArticle;
import io.newswire.topics.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Processor and sink stopped cleanly and started again on the same broker and state dir, with empty stores and
 * with full ones: the new members are assigned at once (not after the old ones' session timeout, set here to five
 * minutes so that waiting it out would fail the test), no store is wiped as corrupted, and processing goes on where
 * it stopped, every story once.
 */
class RestartTest {
  @TempDir
  Path dir;

  @Test
  void aCleanStopLeavesTheGroupsAndTheRestartKeepsEveryStore() throws Exception {
    try (EmbeddedBroker broker = TestBroker.withTopics(dir)) {
      Properties client = TestBroker.client(broker);
      NewswireConfig config = NewswireConfig.defaults().with("bootstrap.servers", broker.bootstrapServers())
          .with("state.dir", dir.resolve("state").toString()).with("metrics.enabled", "false")
          .with("kafka.session.timeout.ms", "300000");
      // three starts: the first sees nothing (every store empty), the second gets stories, the third more
      try (Pipeline empty = Pipeline.start(config, EnumSet.of(Pipeline.Role.PROCESS, Pipeline.Role.SINK), "empty")) {
        await().atMost(Duration.ofSeconds(120)).until(() -> running(empty));
      }
      ListAppender<ILoggingEvent> streamsLog = capture("org.apache.kafka.streams");
      try {
        try (Pipeline first = Pipeline.start(config, EnumSet.of(Pipeline.Role.PROCESS, Pipeline.Role.SINK), "first")) {
          await().atMost(Duration.ofSeconds(120)).until(() -> running(first));
          produce(client, 0, 12);
          awaitStories(client, 12);
          // the trending windows are written too, so the windowed store has data to keep
          await().atMost(Duration.ofSeconds(60)).until(() -> !keys(client, Topics.TRENDING).isEmpty());
        }
        try (Pipeline second = Pipeline.start(config, EnumSet.of(Pipeline.Role.PROCESS, Pipeline.Role.SINK), "second")) {
          await().atMost(Duration.ofSeconds(120)).until(() -> running(second));
          produce(client, 12, 6);
          awaitStories(client, 18);
        }
      } finally {
        release(streamsLog);
      }
      List<String> wiped = new ArrayList<>();
      for (ILoggingEvent e : streamsLog.list) {
        String m = e.getFormattedMessage();
        if (m.contains("wipe out") || m.contains("corrupted") || e.getThrowableProxy() != null
            && e.getThrowableProxy().getClassName().endsWith("TaskCorruptedException")) {
          wiped.add(m);
        }
      }
      assertTrue(wiped.isEmpty(), "no store wiped after a clean stop: " + wiped);
      assertEquals(18, keys(client, Topics.STORIES).size(), "every story once, none lost across the restart");
    }
  }

  private static boolean running(Pipeline p) {
    return p.processor().orElseThrow().streams().state() == KafkaStreams.State.RUNNING
        && p.sink().orElseThrow().streams().state() == KafkaStreams.State.RUNNING;
  }

  private static void produce(Properties client, int from, int count) throws Exception {
    var serde = NewswireSerdes.rawArticle();
    Properties p = new Properties();
    p.putAll(client);
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
      for (int i = from; i < from + count; i++) {
        RawArticle a = ArticleFactory.distinctStory(700 + i);
        producer.send(new ProducerRecord<>(Topics.PAGES_RAW, a.getCanonicalUrl(), serde.serialize(Topics.PAGES_RAW, a))).get();
      }
    }
  }

  private static void awaitStories(Properties client, int count) {
    await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(300))
        .until(() -> keys(client, Topics.STORIES).size() >= count);
  }

  /** The distinct keys committed to a topic so far (read_committed, from the beginning to the current end). */
  private static Set<String> keys(Properties client, String topic) {
    Properties p = new Properties();
    p.putAll(client);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    Set<String> keys = new HashSet<>();
    try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p, new StringDeserializer(),
        new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
      List<TopicPartition> parts = new ArrayList<>();
      c.partitionsFor(topic).forEach(i -> parts.add(new TopicPartition(topic, i.partition())));
      c.assign(parts);
      c.seekToBeginning(parts);
      var end = c.endOffsets(parts);
      while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
        c.poll(Duration.ofMillis(100)).forEach(r -> keys.add(r.key()));
      }
    }
    return keys;
  }

  private static ListAppender<ILoggingEvent> capture(String loggerName) {
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.setName("restart-test");
    appender.start();
    ((Logger) LoggerFactory.getLogger(loggerName)).addAppender(appender);
    return appender;
  }

  private static void release(ListAppender<ILoggingEvent> appender) {
    ((Logger) LoggerFactory.getLogger("org.apache.kafka.streams")).detachAppender(appender);
    appender.stop();
  }
}
