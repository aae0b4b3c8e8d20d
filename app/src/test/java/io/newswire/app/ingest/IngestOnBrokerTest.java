package io.newswire.app.ingest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.app.broker.EmbeddedBroker;
import io.newswire.app.config.NewswireConfig;
import io.newswire.app.kafka.TopicAdmin;
import io.newswire.app.replay.TopicExport;
import io.newswire.app.roles.IngestRole;
import io.newswire.ingest.extract.FixtureCorpus;
import io.newswire.ingest.testing.FixtureServer;
import io.newswire.json.RecordJson;
import io.newswire.schemas.NewswireSerdes;
import io.newswire.topics.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feed → polite fetch → extraction → news.pages.raw on the real embedded broker, and a restart that refetches nothing. */
class IngestOnBrokerTest {
  static final String SEED = "/thoi-su/doan-kiem-tra-so-538-20221011184512345.htm";
  static final String SPORT = "/the-thao/sea-games-32-co-tuong-20230513172628530.htm";

  @TempDir
  static Path dir;
  static EmbeddedBroker broker;
  static FixtureServer site;

  @BeforeAll
  static void start() throws Exception {
    broker = EmbeddedBroker.start(dir.resolve("broker"), 0, 0);
    site = new FixtureServer();
    site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /admin/\n");
    site.page(SEED, "text/html; charset=utf-8", FixtureCorpus.text("pages/btt-2023-seed-538.html"));
    site.page(SPORT, "text/html; charset=utf-8", FixtureCorpus.text("pages/btt-2023-sea-games.html"));
    site.page("/tin-moi-nhat.rss", "application/rss+xml", """
        <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title><link>%s</link><description>d</description>
        <item><title>a</title><link>%s</link><pubDate>Tue, 11 Oct 2022 11:45:12 GMT</pubDate></item>
        <item><title>b</title><link>%s</link><pubDate>Sat, 13 May 2023 10:27:00 GMT</pubDate></item>
        </channel></rss>""".formatted(site.url("/"), site.url(SEED), site.url(SPORT)));
    Properties client = client();
    try (Admin admin = Admin.create(client)) {
      new TopicAdmin(admin, client, Duration.ofSeconds(30)).ensure(Topics.ALL, -1);
    }
  }

  @AfterAll
  static void stop() {
    site.close();
    broker.close();
  }

  static Properties client() {
    Properties p = new Properties();
    p.put("bootstrap.servers", broker.bootstrapServers());
    return p;
  }

  NewswireConfig config() throws Exception {
    Path sources = dir.resolve("sources.json");
    Files.writeString(sources, """
        [{"id": "baotintuc-test", "name": "local", "hosts": ["127.0.0.1"], "extractor": "baotintuc",
          "articleUrlPattern": "^http://127\\\\.0\\\\.0\\\\.1:\\\\d+/[a-z0-9-]+/[a-z0-9-]+-\\\\d{17}\\\\.htm$",
          "feeds": ["%s"], "feedInterval": "1h"},
         {"id": "baotintuc", "enabled": false, "articleUrlPattern": "x"},
         {"id": "vietnamplus", "enabled": false, "articleUrlPattern": "x"}]
        """.formatted(site.url("/tin-moi-nhat.rss")));
    return NewswireConfig.defaults().with("ingest.sources.file", sources.toString())
        .with("ingest.allow.private.addresses", "true").with("ingest.min.delay", "50ms");
  }

  @Test
  void feedToTopicThenRestartWithoutRefetching() throws Exception {
    try (IngestRole ingest = IngestRole.start(config(), client(), new SimpleMeterRegistry())) {
      awaitArticles(2);
      ingest.service().awaitIdle(Duration.ofSeconds(10));
    }
    List<String> lines = export("first");
    assertEquals(2, lines.size(), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.contains("Đoàn kiểm tra số 538 của Bộ Chính trị")));
    assertTrue(lines.get(0).contains("\"extractor\":\"baotintuc/1\""), lines.get(0));
    assertEquals(1, site.hits(SEED).size());

    int feedReads = site.hits("/tin-moi-nhat.rss").size();
    try (IngestRole again = IngestRole.start(config(), client(), new SimpleMeterRegistry())) {
      await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
          .until(() -> site.hits("/tin-moi-nhat.rss").size() > feedReads);
      again.service().awaitIdle(Duration.ofSeconds(10));
    }
    assertTrue(site.hits("/tin-moi-nhat.rss").size() > feedReads, "the restarted ingest read the feed");
    assertEquals(1, site.hits(SEED).size(), "the seen-set survived the restart: no refetch");
    assertEquals(1, site.hits(SPORT).size());
    assertEquals(2, export("second").size(), "nothing published twice");
  }

  private void awaitArticles(int n) {
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
        assertTrue(export("probe").size() >= n, "fewer than " + n + " articles on " + Topics.PAGES_RAW));
  }

  private List<String> export(String name) throws Exception {
    Path file = dir.resolve(name + ".jsonl");
    var serde = NewswireSerdes.rawArticle();
    TopicExport.toJsonLines(client(), Topics.PAGES_RAW, file,
        b -> RecordJson.toJson(serde.deserialize(Topics.PAGES_RAW, b), Set.of("rawHtmlGzip")));
    return Files.readAllLines(file);
  }
}
