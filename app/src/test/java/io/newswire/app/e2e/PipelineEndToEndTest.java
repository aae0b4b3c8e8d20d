package io.newswire.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.app.Pipeline;
import io.newswire.app.broker.EmbeddedBroker;
import io.newswire.app.config.NewswireConfig;
import io.newswire.app.replay.TopicExport;
import io.newswire.ingest.extract.FixtureCorpus;
import io.newswire.ingest.testing.FixtureServer;
import io.newswire.json.RecordJson;
import io.newswire.schemas.NewswireSerdes;
import io.newswire.topics.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline — ingest over local HTTP, processor, sink — on the embedded broker: the seed story alerts
 * once with its facts; its republished copy alerts no more and is listed under "also published at"; a later
 * stage of the same delegation extends the timeline and alerts once; a restart repeats no alert.
 */
class PipelineEndToEndTest {
  static final String SEED = "/thoi-su/doan-kiem-tra-so-538-cua-bo-chinh-tri-20221011184512345.htm";
  static final String COPY = "/doan-kiem-tra-so-538-cua-bo-chinh-tri-post812345.vnp";
  static final String LATER = "/thoi-su/cong-bo-ket-luan-kiem-tra-doan-538-20221220100000000.htm";
  static final String BROKEN = "/thoi-su/trang-bao-tri-20221220110000000.htm";
  static final String LATER_PAGE = """
      <html><head><meta charset="utf-8"></head><body>
      <h1 class="detail-title">Công bố kết luận kiểm tra của Đoàn kiểm tra số 538 của Bộ Chính trị đối với Ban Tổ chức Trung ương</h1>
      <div class="action-link"><div class="date"><span class="txt">Thứ Ba, 20/12/2022 10:00</span></div></div>
      <h2 class="sapo">Sáng 20/12, tại Hà Nội, Đoàn kiểm tra số 538 của Bộ Chính trị do đồng chí Phan Đình Trạc, Ủy viên Bộ Chính trị, Trưởng Ban Nội chính Trung ương làm Trưởng đoàn đã công bố kết luận kiểm tra đối với Ban Tổ chức Trung ương.</h2>
      <div class="boxdetail"><div class="contents"><p>Kết luận nêu rõ Ban Tổ chức Trung ương đã nghiêm túc triển khai thực hiện Nghị quyết Đại hội XIII của Đảng.</p>
      <p>Đồng chí Trương Thị Mai tiếp thu kết luận của Đoàn kiểm tra.</p></div></div></body></html>""";

  @TempDir
  static Path dir;
  static EmbeddedBroker broker;
  static FixtureServer site;
  static final List<String> feedItems = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    broker = EmbeddedBroker.start(dir.resolve("broker"), 0, 0);
    site = new FixtureServer();
    site.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
    site.page(SEED, "text/html; charset=utf-8", FixtureCorpus.text("pages/btt-2023-seed-538.html"));
    site.page(COPY, "text/html; charset=utf-8", FixtureCorpus.text("pages/vnp-2026-seed-538.html"));
    site.page(LATER, "text/html; charset=utf-8", LATER_PAGE);
    site.page(BROKEN, "text/html; charset=utf-8", "<html><body><p>Trang đang bảo trì</p></body></html>");
    java.util.concurrent.atomic.AtomicInteger hookCalls = new java.util.concurrent.atomic.AtomicInteger();
    site.route("/hook", ex -> {
      ex.getRequestBody().readAllBytes();
      // the newsroom's endpoint fails its first call: the alert must be retried, not lost
      FixtureServer.send(ex, hookCalls.incrementAndGet() == 1 ? 500 : 200, "text/plain", new byte[0]);
    });
    site.route("/feed.rss", ex -> {
      StringBuilder items = new StringBuilder();
      for (String path : feedItems) {
        items.append("<item><title>t</title><link>").append(site.url(path)).append("</link></item>");
      }
      FixtureServer.send(ex, 200, "application/rss+xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\">"
          + "<channel><title>f</title><link>" + site.url("/") + "</link><description>d</description>" + items
          + "</channel></rss>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    });
  }

  @AfterAll
  static void stop() {
    site.close();
    broker.close();
  }

  static NewswireConfig config() throws Exception {
    Path sources = dir.resolve("sources.json");
    Files.writeString(sources, """
        [{"id": "baotintuc-local", "hosts": ["127.0.0.1"], "extractor": "baotintuc",
          "articleUrlPattern": "^http://127\\\\.0\\\\.0\\\\.1:\\\\d+/.+\\\\.htm$", "feeds": ["%s"], "feedInterval": "1s"},
         {"id": "vietnamplus-local", "hosts": ["127.0.0.1"], "extractor": "vietnamplus",
          "articleUrlPattern": "^http://127\\\\.0\\\\.0\\\\.1:\\\\d+/.+\\\\.vnp$", "feeds": ["%1$s"], "feedInterval": "1s"},
         {"id": "baotintuc", "enabled": false, "articleUrlPattern": "x"},
         {"id": "vietnamplus", "enabled": false, "articleUrlPattern": "x"}]
        """.formatted(site.url("/feed.rss")));
    return NewswireConfig.defaults().with("bootstrap.servers", broker.bootstrapServers())
        .with("ingest.sources.file", sources.toString()).with("ingest.allow.private.addresses", "true")
        .with("ingest.min.delay", "20ms").with("state.dir", dir.resolve("state").toString()).with("metrics.port", "0")
        .with("board.port", "0")
        .with("sink.webhook.url", site.url("/hook").toString())
        .with("kafka.consumer.session.timeout.ms", "6000").with("kafka.consumer.heartbeat.interval.ms", "1000");
  }

  @Test
  void storiesAlertsDelegationsAndARestart() throws Exception {
    Pipeline pipeline = Pipeline.start(config());
    try {
      feedItems.add(SEED);
      feedItems.add(BROKEN); // dead-lettered by ingest
      List<JsonNode> alerts = await(Topics.INSPECTION_ALERTS, false, list -> list.size() >= 1);
      JsonNode alert = alerts.get(0).get("value");
      assertEquals("HIGH", alert.get("severity").asText());
      assertEquals("538", alert.get("inspection").get("delegationNumber").asText());
      assertEquals("Phan Đình Trạc", alert.get("inspection").get("head").asText());
      assertEquals("DRAFT_REPORT_REVIEW", alert.get("inspection").get("stage").asText());
      assertEquals("Ban Tổ chức Trung ương", alert.get("inspection").get("inspectedOrganizations").get(0).asText());

      feedItems.add(COPY);
      await(Topics.STORIES, true, list -> list.stream().anyMatch(s -> s.get("value").get("alsoPublishedAt").size() == 1));
      assertEquals(1, read(Topics.INSPECTION_ALERTS, false).size(), "the copy raised no alert");

      feedItems.add(LATER);
      alerts = await(Topics.INSPECTION_ALERTS, false, list -> list.size() >= 2);
      JsonNode later = alerts.get(1).get("value");
      assertEquals("CONCLUSION_ANNOUNCED", later.get("inspection").get("stage").asText());
      assertEquals(1, later.get("earlierStoryIds").size(), "the alert links the delegation's earlier story");
      List<JsonNode> timelines = await(Topics.DELEGATIONS, true, list -> !list.isEmpty()
          && list.get(0).get("value").get("events").size() == 2);
      assertEquals("CONCLUSION_ANNOUNCED", timelines.get(0).get("value").get("latestStage").asText());

      // every metric the Prometheus rules and the Grafana dashboard query is really exported
      String metrics = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
              java.net.URI.create("http://127.0.0.1:" + pipeline.metricsPort() + "/metrics")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString()).body();
      List<String> missing = new ArrayList<>();
      for (String name : io.newswire.app.deploy.DeploymentFiles.metricsUsed()) {
        if (!java.util.regex.Pattern.compile("(?m)^" + name + "(_bucket|_count|_sum)?[{ ]").matcher(metrics).find()) {
          missing.add(name);
        }
      }
      assertEquals(List.of(), missing, "queried by docker/ but not exported");
    } finally {
      pipeline.close();
    }

    // a restart of the whole pipeline: the feed is read again, nothing is refetched, nothing alerts again
    int feedReads = site.hits("/feed.rss").size();
    Pipeline again = Pipeline.start(config());
    try {
      // the feed read again and again, then processor and sink caught up with everything: only then is "no new
      // alert" a result rather than a race
      org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60))
          .until(() -> site.hits("/feed.rss").size() >= feedReads + 3);
      Properties client = new Properties();
      client.put("bootstrap.servers", broker.bootstrapServers());
      try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(client)) {
        io.newswire.app.replay.Drain.await(admin, client, List.of(config().get("processor.application.id"),
            config().get("sink.application.id")), Duration.ofSeconds(90), () -> { });
      }
      assertEquals(2, read(Topics.INSPECTION_ALERTS, false).size(), "no alert repeated after the restart");
      assertEquals(1, site.hits(SEED).size(), "the seed page was fetched once in all");
    } finally {
      again.close();
    }
    // the webhook: every alert POSTed with its idempotency key, the failed first call retried
    java.util.Set<String> keys = new java.util.HashSet<>();
    site.hits("/hook").forEach(h -> keys.add(h.headers().get("Idempotency-key").get(0)));
    assertEquals(2, keys.size(), "one idempotency key per alert: " + keys);
    assertTrue(site.hits("/hook").size() >= 3, "the 500 was retried");
  }

  private static List<JsonNode> await(String topic, boolean latestPerKey, Predicate<List<JsonNode>> done) {
    List<List<JsonNode>> last = new ArrayList<>(List.of(List.of()));
    try {
      return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
          .until(() -> {
            last.set(0, read(topic, latestPerKey));
            return last.get(0);
          }, done::test);
    } catch (org.awaitility.core.ConditionTimeoutException e) {
      throw new AssertionError(topic + " never reached the expected state; last: " + last.get(0), e);
    }
  }

  private static List<JsonNode> read(String topic, boolean latestPerKey) throws Exception {
    Properties client = new Properties();
    client.put("bootstrap.servers", broker.bootstrapServers());
    Path file = Files.createTempFile(dir, "export", ".jsonl");
    var alerts = NewswireSerdes.inspectionAlert();
    TopicExport.toJsonLines(client, topic, file, bytes -> {
      try {
        return topic.equals(Topics.INSPECTION_ALERTS) ? RecordJson.toJson(alerts.deserialize(topic, bytes))
            : (com.fasterxml.jackson.databind.node.ObjectNode) RecordJson.MAPPER.readTree(bytes);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }, latestPerKey);
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      out.add(RecordJson.MAPPER.readTree(line));
    }
    return out;
  }
}
