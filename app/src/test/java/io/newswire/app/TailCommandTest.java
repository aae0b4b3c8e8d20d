package io.newswire.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.app.broker.EmbeddedBroker;
import io.newswire.ingest.extract.Extractors;
import io.newswire.ingest.extract.FixtureCorpus;
import io.newswire.schemas.NewswireSerdes;
import io.newswire.schemas.RawArticle;
import io.newswire.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newswire tail} against a real broker: what a newcomer uses to look at their pipeline's topics. */
class TailCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STORY = "{\"storyId\":\"s-1\",\"verdict\":\"NEW\",\"source\":\"baotintuc\","
      + "\"title\":\"Đoàn kiểm tra số 538 làm việc\",\"alsoPublishedAt\":[]}";

  @TempDir
  static Path dir;
  private static EmbeddedBroker broker;
  private static KafkaProducer<String, byte[]> producer;

  @BeforeAll
  static void start() throws Exception {
    broker = TestBroker.withTopics(dir);
    producer = new KafkaProducer<>(TestBroker.client(broker), new StringSerializer(), new ByteArraySerializer());
    RawArticle page = new Extractors().extract(FixtureCorpus.byId("btt-2023-seed-538").page());
    producer.send(new ProducerRecord<>(Topics.PAGES_RAW, page.getCanonicalUrl(),
        NewswireSerdes.rawArticle().serialize(Topics.PAGES_RAW, page))).get();
    producer.send(new ProducerRecord<>(Topics.STORIES, "s-1", STORY.getBytes(StandardCharsets.UTF_8))).get();
    // a record of a transaction that was aborted: read_committed never shows it
    Properties tx = TestBroker.client(broker);
    tx.put("transactional.id", "tail-test-aborted");
    try (KafkaProducer<String, byte[]> aborted = new KafkaProducer<>(tx, new StringSerializer(), new ByteArraySerializer())) {
      aborted.initTransactions();
      aborted.beginTransaction();
      aborted.send(new ProducerRecord<>(Topics.STORIES, "s-9", "{\"storyId\":\"s-9\"}".getBytes(StandardCharsets.UTF_8))).get();
      aborted.abortTransaction();
    }
  }

  @AfterAll
  static void stop() {
    producer.close();
    broker.close();
  }

  private static String[] tail(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "tail";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "-b";
    all[args.length + 2] = broker.bootstrapServers();
    return CliRun.run(all);
  }

  private static List<String> lines(String out) {
    return out.lines().filter(l -> !l.isBlank()).toList();
  }

  @Test
  void fromTheBeginningPrintsEachCommittedRecordAsBareJsonThenEnds() throws Exception {
    String[] result = tail(Topics.STORIES, Topics.PAGES_RAW, "--from-beginning");
    assertEquals("0", result[0]);
    List<String> lines = lines(result[1]);
    assertEquals(2, lines.size(), result[1]);
    JsonNode story = lines.stream().map(TailCommandTest::json).filter(j -> j.has("storyId")).findFirst().orElseThrow();
    assertEquals(JSON.readTree(STORY), story, "a JSON topic's value as it is, no wrapper");
    JsonNode page = lines.stream().map(TailCommandTest::json).filter(j -> j.has("canonicalUrl")).findFirst().orElseThrow();
    assertTrue(page.path("title").asText().startsWith("Đoàn kiểm tra số 538"), "an Avro value as its JSON view");
    assertFalse(page.has("rawHtmlGzip"), "the view leaves out the gzipped page");
    assertFalse(result[1].contains("s-9"), "the aborted transaction's record is not shown");
  }

  @Test
  void briefPrintsOneShortLinePerRecord() {
    String[] result = tail(Topics.STORIES, "--from-beginning", "--brief");
    assertEquals("0", result[0]);
    assertEquals(List.of("s-1 NEW baotintuc Đoàn kiểm tra số 538 làm việc"), lines(result[1]));
  }

  @Test
  void withoutFromBeginningItWaitsForNewRecords() throws Exception {
    CompletableFuture<String[]> following = CompletableFuture.supplyAsync(() -> tail(Topics.DLQ, Topics.STORIES,
        "--max", "1"));
    // publish until the tail, positioned at the end when it started, has printed one record
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
      producer.send(new ProducerRecord<>(Topics.STORIES, "s-2", "{\"storyId\":\"s-2\"}".getBytes(StandardCharsets.UTF_8)));
      return following.isDone();
    });
    String[] result = following.get();
    assertEquals("0", result[0]);
    assertEquals(List.of("{\"storyId\":\"s-2\"}"), lines(result[1]), "only what came after it started");
  }

  @Test
  void anUnknownTopicIsAUsageErrorAndAnUnreachableClusterOneClearFailure() {
    assertEquals("2", tail("newsroom.nothing", "--from-beginning")[0]);
    String[] away = CliRun.run("tail", Topics.STORIES, "-b", "127.0.0.1:1", "--set", "admin.timeout=2s");
    assertEquals("1", away[0]);
    assertEquals("", away[1], "nothing on stdout");
  }

  private static JsonNode json(String line) {
    try {
      return JSON.readTree(line);
    } catch (Exception e) {
      throw new AssertionError(line, e);
    }
  }
}
