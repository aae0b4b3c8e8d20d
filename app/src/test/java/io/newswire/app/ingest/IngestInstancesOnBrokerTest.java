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
import io.newswire.ingest.kafka.KafkaSourceOwnership;
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
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two ingest instances on one broker share three sites through the consumer group on news.ingest.owners: each
 * host is fetched by one instance at a time, with the polite gap kept across both; when one instance goes, the
 * other takes its sites over and nothing is published twice.
 */
class IngestInstancesOnBrokerTest {
  static final int ARTICLES = 8;
  static final Duration MIN_DELAY = Duration.ofMillis(250);

  @TempDir
  static Path dir;
  static EmbeddedBroker broker;
  static final List<String> ids = new ArrayList<>();
  final List<FixtureServer> sites = new ArrayList<>();

  /** Three local sites, each with a feed of {@link #ARTICLES} articles, fresh for each test. */
  @org.junit.jupiter.api.BeforeEach
  void sites() throws Exception {
    // its canonical link names another site, so each copy is its own article under the URL it was fetched from
    String page = FixtureCorpus.text("pages/btt-2023-seed-538.html");
    for (int s = 0; s < 3; s++) {
      FixtureServer site = new FixtureServer();
      site.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
      StringBuilder items = new StringBuilder();
      for (int a = 0; a < ARTICLES; a++) {
        String path = "/thoi-su/bai-" + s + "-" + a + "-2022101118451234" + a + ".htm";
        site.page(path, "text/html; charset=utf-8", page.replace("Đoàn kiểm tra số 538", "Đoàn kiểm tra số " + (600 + 10 * s + a)));
        items.append("<item><title>t</title><link>").append(site.url(path)).append("</link></item>");
      }
      site.page("/tin.rss", "application/rss+xml", """
          <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title><link>%s</link>
          <description>d</description>%s</channel></rss>""".formatted(site.url("/"), items));
      sites.add(site);
    }
  }

  @org.junit.jupiter.api.AfterEach
  void closeSites() {
    sites.forEach(FixtureServer::close);
  }

  @BeforeAll
  static void start() throws Exception {
    broker = EmbeddedBroker.start(dir.resolve("broker"), 0, 0);
    // three source ids on partitions in both halves of the topic, so that two instances each get some
    int partitions = Topics.byName(Topics.INGEST_OWNERS).orElseThrow().partitions();
    for (int i = 0; ids.size() < 3; i++) {
      String id = "site-" + i;
      boolean low = KafkaSourceOwnership.partitionOf(id, partitions) < partitions / 2;
      long lows = ids.stream().filter(x -> KafkaSourceOwnership.partitionOf(x, partitions) < partitions / 2).count();
      if ((ids.size() < 2 && (low ? lows == 0 : ids.size() - lows == 0)) || ids.size() == 2) {
        ids.add(id);
      }
    }
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
    return io.newswire.app.TestBroker.client(broker);
  }

  NewswireConfig config(String groupId) throws Exception {
    StringBuilder json = new StringBuilder("[");
    for (int s = 0; s < 3; s++) {
      json.append("""
          {"id": "%s", "name": "local %d", "hosts": ["127.0.0.1"], "extractors": ["baotintuc", "generic"],
           "articleUrlPattern": "^%s/[a-z0-9-]+/[a-z0-9-]+-\\\\d{17}\\\\.htm$",
           "feeds": ["%s"], "feedInterval": "1s"},
          """.formatted(ids.get(s), s, sites.get(s).url("").toString().replace(".", "\\\\."), sites.get(s).url("/tin.rss")));
    }
    json.append("""
        {"id": "baotintuc", "enabled": false, "articleUrlPattern": "x"},
        {"id": "vietnamplus", "enabled": false, "articleUrlPattern": "x"}]""");
    Path sources = dir.resolve(groupId + "-sources.json");
    Files.writeString(sources, json);
    return NewswireConfig.defaults().with("ingest.sources.file", sources.toString())
        .with("ingest.allow.private.addresses", "true").with("ingest.min.delay", MIN_DELAY.toMillis() + "ms")
        .with("ingest.session.timeout", "6s").with("ingest.group.id", groupId);
  }

  @Test
  void twoInstancesShareTheHostsPolitelyAndOneTakesOverWhenTheOtherGoes() throws Exception {
    SimpleMeterRegistry metricsA = new SimpleMeterRegistry();
    SimpleMeterRegistry metricsB = new SimpleMeterRegistry();
    IngestRole a = IngestRole.start(config("graceful"), client(), metricsA);
    boolean aClosed = false;
    try (IngestRole b = IngestRole.start(config("graceful"), client(), metricsB)) {
      await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() ->
          owned(metricsA) > 0 && owned(metricsB) > 0 && owned(metricsA) + owned(metricsB) == 3);
      await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> published().size() >= 4);
      a.close(); // one instance goes; its sources move to the other
      aClosed = true;
      await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> owned(metricsB) == 3);
      await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
          .until(() -> published().size() >= 3 * ARTICLES);
      b.service().awaitIdle(Duration.ofSeconds(10));
    } finally {
      if (!aClosed) {
        a.close();
      }
    }
    List<String> urls = published();
    assertEquals(3 * ARTICLES, Set.copyOf(urls).size(), "every article of the three sites: " + urls);
    assertEquals(3 * ARTICLES, urls.size(), "none published twice: " + urls);
    for (FixtureServer site : sites) {
      List<FixtureServer.Hit> hits = site.hits();
      for (int i = 1; i < hits.size(); i++) {
        long gapMs = (hits.get(i).atNanos() - hits.get(i - 1).atNanos()) / 1_000_000;
        assertTrue(gapMs >= MIN_DELAY.toMillis() - 5, "two requests to one host " + gapMs + " ms apart, across"
            + " both instances: " + hits.get(i - 1).path() + " then " + hits.get(i).path());
      }
      assertEquals(1, site.maxConcurrent(), "one request at a time per host");
    }
  }

  @Test
  void whenAnInstanceIsKilledItsSitesMoveToTheSurvivorWithinTheSessionTimeout() throws Exception {
    NewswireConfig config = config("killed");
    int port = io.newswire.app.NewswireProcess.freePort();
    Path log = dir.resolve("killed-instance.log");
    List<String> args = new ArrayList<>(List.of("ingest", "--bootstrap-servers", broker.bootstrapServers(),
        "--metrics-port", Integer.toString(port)));
    for (String key : List.of("ingest.sources.file", "ingest.allow.private.addresses", "ingest.min.delay",
        "ingest.session.timeout", "ingest.group.id")) {
      args.addAll(List.of("--set", key + "=" + config.get(key)));
    }
    Process a = io.newswire.app.NewswireProcess.start(args, log);
    try {
      try {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
            .until(() -> scrapeOwned(port) == 3 && !published().isEmpty());
      } catch (org.awaitility.core.ConditionTimeoutException e) {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        throw new AssertionError("the first instance did not take the sites (owned " + scrapeOwned(port) + "); its log:\n"
            + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())), e);
      }
      SimpleMeterRegistry metricsB = new SimpleMeterRegistry();
      try (IngestRole b = IngestRole.start(config, client(), metricsB)) {
        a.destroyForcibly().waitFor(); // kill -9: no goodbye to the group, no revocation
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> owned(metricsB) == 3);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
            .until(() -> Set.copyOf(published()).size() == 3 * ARTICLES);
        b.service().awaitIdle(Duration.ofSeconds(10));
      }
    } finally {
      a.destroyForcibly();
    }
    List<String> urls = published();
    assertEquals(3 * ARTICLES, Set.copyOf(urls).size(), "every article of the three sites");
    // a fetch the killed instance had published but not yet recorded may be published once more
    assertTrue(urls.size() <= 3 * ARTICLES + 3, "at most one repeat per site: " + urls);
    for (FixtureServer site : sites) {
      List<FixtureServer.Hit> hits = site.hits();
      for (int i = 1; i < hits.size(); i++) {
        long gapMs = (hits.get(i).atNanos() - hits.get(i - 1).atNanos()) / 1_000_000;
        assertTrue(gapMs >= MIN_DELAY.toMillis() - 5, "two requests to one host " + gapMs + " ms apart");
      }
    }
  }

  /** {@code news_ingest_owned_hosts} as the other process's /metrics says it (0 while it is not up). */
  private static double scrapeOwned(int port) {
    try {
      var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
          java.net.URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      for (String line : response.body().split("\n")) {
        if (line.startsWith("news_ingest_owned_hosts")) { // name{labels} value
          return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1).strip());
        }
      }
    } catch (Exception e) {
      // not up yet
    }
    return 0;
  }

  private static double owned(SimpleMeterRegistry metrics) {
    var gauge = metrics.find("news.ingest.owned.hosts").gauge();
    return gauge == null ? 0 : gauge.value();
  }

  /** The URLs published on news.pages.raw from this test's sites, in order, repeats included. */
  private List<String> published() throws Exception {
    Path file = dir.resolve("export.jsonl");
    var serde = NewswireSerdes.rawArticle();
    TopicExport.toJsonLines(client(), Topics.PAGES_RAW, file,
        b -> RecordJson.toJson(serde.deserialize(Topics.PAGES_RAW, b), Set.of("rawHtmlGzip")));
    List<String> urls = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      java.util.regex.Matcher url = java.util.regex.Pattern.compile("\"url\":\"([^\"]+)\"").matcher(line);
      String u = url.find() ? url.group(1) : line;
      if (sites.stream().anyMatch(site -> u.startsWith(site.url("").toString()))) {
        urls.add(u);
      }
    }
    return urls;
  }
}
