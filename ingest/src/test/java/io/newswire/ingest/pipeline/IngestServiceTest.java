package io.newswire.ingest.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.ingest.extract.Extractors;
import io.newswire.ingest.extract.FixtureCorpus;
import io.newswire.ingest.fetch.FetchPolicy;
import io.newswire.ingest.fetch.PoliteFetcher;
import io.newswire.ingest.source.Source;
import io.newswire.ingest.crawl.Retries;
import io.newswire.ingest.crawl.SourceOwnership;
import io.newswire.ingest.testing.FixtureServer;
import io.newswire.ingest.testing.ManualClock;
import io.newswire.ingest.warc.WarcArchive;
import io.newswire.ingest.warc.WarcPages;
import io.newswire.schemas.DeadLetter;
import io.newswire.schemas.RawArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery → polite fetch → extraction → sink, against a local site with feeds, listings and a sitemap. */
class IngestServiceTest {
  static final String SEED = "/thoi-su/doan-kiem-tra-so-538-20221011184512345.htm";
  static final String SPORT = "/the-thao/sea-games-32-co-tuong-20230513172628530.htm";
  static final String BROKEN = "/thoi-su/trang-loi-20230513172628999.htm";
  static final String OLD = "/xa-hoi/cau-vuot-20170902094000111.htm";

  final ManualClock clock = new ManualClock();
  final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
  FixtureServer server;
  final List<RawArticle> published = new CopyOnWriteArrayList<>();
  final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
  final List<SeenSet.Entry> saved = new CopyOnWriteArrayList<>();
  final ArticleSink sink = new ArticleSink() {
    @Override
    public void publish(RawArticle article, Runnable onDelivered) {
      published.add(article);
      onDelivered.run();
    }

    @Override
    public void deadLetter(String key, DeadLetter letter) {
      deadLetters.add(letter);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeEach
  void site() throws Exception {
    server = new FixtureServer(clock);
    server.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
    server.page(SEED, "text/html; charset=utf-8", FixtureCorpus.text("pages/btt-2023-seed-538.html"));
    server.page(SPORT, "text/html; charset=utf-8", FixtureCorpus.text("pages/btt-2023-sea-games.html"));
    server.page(OLD, "text/html; charset=utf-8", FixtureCorpus.text("pages/btt-2016-cau-vuot.html"));
    server.page(BROKEN, "text/html", "<html><body><div>Trang đang bảo trì<p>404</div></body>");
    server.page("/thoi-su.rss", "application/rss+xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Báo Tin tức - Thời sự</title><link>%s</link><description>x</description>
        <item><title>Đoàn kiểm tra số 538</title><link>%s</link><pubDate>Tue, 11 Oct 2022 11:45:12 GMT</pubDate>
          <description><![CDATA[<img src="x.jpg"/>Chiều 11/10…]]></description></item>
        <item><title>Trang lỗi</title><link>%s</link><pubDate>Sat, 13 May 2023 10:26:28 GMT</pubDate></item>
        <item><title>Không phải bài</title><link>%s</link></item>
        </channel></rss>""".formatted(server.url("/"), server.url(SEED), server.url(BROKEN), server.url("/video-123.htm")));
    server.page("/chinh-tri-321ct472.htm", "text/html", """
        <html><body><ul class="list-newsest">
        <li class="item"><a class="thumb" href="%s"><img src="t.jpg"></a><h3><a href="%s">SEA Games</a></h3></li>
        <li class="item"><a class="thumb" href="%s"><img src="t.jpg"></a></li>
        </ul></body></html>""".formatted(SPORT, SPORT, SEED));
    server.page("/sitemap-news.xml", "application/xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
        <url><loc>%s</loc><news:news><news:publication><news:name>Báo Tin tức</news:name><news:language>vi</news:language></news:publication>
        <news:publication_date>2017-09-02T09:40:00+07:00</news:publication_date><news:title>Cầu vượt</news:title></news:news></url>
        </urlset>""".formatted(server.url(OLD)));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  Source source() {
    String base = Pattern.quote(server.url("").toString());
    return new Source("baotintuc", "Báo Tin tức (test)", List.of(server.host()), List.of("baotintuc", "generic"),
        Pattern.compile("^" + base + "/[a-z0-9-]+/[a-z0-9-]+-\\d{17}\\.htm$"), List.of(server.url("/thoi-su.rss")),
        List.of(new Source.Listing(server.url("/chinh-tri-321ct472.htm"), "li.item a.thumb", null, 1)),
        List.of(server.url("/sitemap-news.xml")), Duration.ofSeconds(60), Duration.ofMinutes(5), Duration.ofMinutes(30), true);
  }

  IngestService service(SeenSet seen, WarcArchive archive) {
    FetchPolicy policy = FetchPolicy.defaults(Set.of(server.host())).withPrivateAddresses(true)
        .withTiming(Duration.ofMillis(20), Duration.ofMillis(20), Duration.ofSeconds(1), Duration.ofSeconds(5));
    // no fetch threads: the test drives the crawl on its own thread, on its own clock
    return new IngestService(List.of(source()), new PoliteFetcher(policy, metrics, clock, clock),
        new PageProcessor(new Extractors(), true, metrics), sink, seen, archive, 0, metrics, clock, clock,
        SourceOwnership.all(List.of("baotintuc")), Retries.defaults());
  }

  SeenSet seenSet(List<Duration> recheck, List<SeenSet.Entry> restored) {
    return new SeenSet(recheck, saved::add, restored);
  }

  @Test
  void everyDiscoveryPathFeedsExtractionAndBadPagesAreDeadLettered(@TempDir Path warcDir) throws Exception {
    WarcArchive archive = new WarcArchive(warcDir, 10_000_000);
    try (IngestService ingest = service(seenSet(List.of(Duration.ofHours(1)), List.of()), archive)) {
      ingest.runOnce();
    }
    assertEquals(Set.of(
            "Đoàn kiểm tra số 538 của Bộ Chính trị làm việc với Ban Tổ chức Trung ương",
            "SEA Games 32: Cờ tướng Việt Nam giành huy chương vàng đầu tiên",
            "Hà Nội khánh thành cầu vượt nút giao Ngã Tư Sở"),
        Set.copyOf(published.stream().map(RawArticle::getTitle).toList()));
    assertEquals(3, published.size(), "each article once, though found by several paths");
    RawArticle seed = published.stream().filter(a -> a.getTitle().startsWith("Đoàn")).findFirst().orElseThrow();
    assertNotNull(seed.getRawHtmlGzip(), "raw HTML kept for re-extraction");
    assertEquals("baotintuc", seed.getSource());

    assertEquals(1, deadLetters.size());
    assertEquals("ingest.extract", deadLetters.get(0).getStage());
    assertEquals("no-title", deadLetters.get(0).getReason());
    assertTrue(deadLetters.get(0).getUrl().endsWith(BROKEN));
    assertEquals(0, server.hits("/video-123.htm").size(), "links that are not articles are not fetched");

    // the archive holds every fetched response and replays into the same pages
    List<String> replayed = new ArrayList<>();
    try (var files = Files.list(warcDir)) {
      for (Path warc : files.toList()) {
        WarcPages.read(warc, capture -> replayed.add(capture.url().getPath()));
      }
    }
    assertTrue(replayed.containsAll(List.of(SEED, SPORT, OLD, BROKEN)), replayed.toString());
  }

  @Test
  void aRestartedIngestDoesNotRefetchWhatItHasSeen() throws Exception {
    try (IngestService first = service(seenSet(List.of(Duration.ofHours(1)), List.of()), null)) {
      first.runOnce();
    }
    int seedFetches = server.hits(SEED).size();
    published.clear();
    // a new process restores the seen-set from what the first one saved
    try (IngestService second = service(seenSet(List.of(Duration.ofHours(1)), latestOf(saved)), null)) {
      second.runOnce();
    }
    assertEquals(seedFetches, server.hits(SEED).size());
    assertEquals(List.of(), published);
  }

  @Test
  void youngArticlesAreRecheckedOnTheirScheduleAndCorrectionsPublished() throws Exception {
    List<Duration> schedule = List.of(Duration.ofMinutes(10), Duration.ofHours(1), Duration.ofHours(6), Duration.ofHours(24));
    try (IngestService ingest = service(seenSet(schedule, List.of()), null)) {
      ingest.runOnce();
      int fetches = server.hits(SEED).size();
      published.clear();

      clock.advance(Duration.ofMinutes(9));
      ingest.drain();
      assertEquals(fetches, server.hits(SEED).size(), "not re-checked before 10 min");

      clock.advance(Duration.ofMinutes(1));
      ingest.drain();
      assertEquals(fetches + 1, server.hits(SEED).size(), "re-checked at 10 min");
      assertEquals(List.of(), published, "unchanged: nothing published");

      server.page(SEED, "text/html; charset=utf-8", FixtureCorpus.text("pages/btt-2023-seed-538.html")
          .replace("Chiều 11/10", "Chiều ngày 11/10")); // corrected after publication
      clock.advance(Duration.ofMinutes(50));
      ingest.drain();
      assertEquals(fetches + 2, server.hits(SEED).size(), "re-checked at 1 h");
      assertEquals(1, published.size());
      assertTrue(published.get(0).getLead().startsWith("Chiều ngày 11/10"));

      clock.advance(Duration.ofHours(5));
      ingest.drain();
      assertEquals(fetches + 3, server.hits(SEED).size(), "re-checked at 6 h");
      clock.advance(Duration.ofHours(18));
      ingest.drain();
      assertEquals(fetches + 4, server.hits(SEED).size(), "re-checked at 24 h");
      clock.advance(Duration.ofDays(3));
      ingest.runOnce();
      assertEquals(fetches + 4, server.hits(SEED).size(), "and never again");
    }
  }

  @Test
  void urlsWithNothingPlannedAreForgottenAfterTheRetention() throws Exception {
    SeenSet seen = seenSet(List.of(Duration.ofMinutes(10)), List.of());
    try (IngestService ingest = service(seen, null)) {
      ingest.runOnce();
      String seed = server.url(SEED).toString();
      assertNotNull(seen.get(seed));
      clock.advance(Duration.ofMinutes(10));
      ingest.drain(); // the last re-check: nothing is planned after it
      clock.advance(Duration.ofDays(29));
      assertEquals(0, ingest.forgetOldUrls(), "remembered for 30 days");
      clock.advance(Duration.ofDays(1).plusMinutes(1));
      assertTrue(ingest.forgetOldUrls() >= 3, "then forgotten");
      assertEquals(null, seen.get(seed));
    }
  }

  @Test
  void aFailingArticleIsRetriedWhileYoungThenDeadLetteredWithItsLastStatus() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    server.route(SEED, ex -> FixtureServer.send(ex, calls.incrementAndGet() <= 8 ? 503 : 404, "text/plain", "x".getBytes()));
    SeenSet seen = seenSet(List.of(Duration.ofHours(1)), List.of());
    try (IngestService ingest = service(seen, null)) {
      ingest.runOnce();
      assertEquals(4, server.hits(SEED).size(), "quick retries first");
      assertTrue(seen.get(server.url(SEED).toString()).retryPending(), "then a retry is planned, not dropped");
      assertTrue(deadLetters.stream().noneMatch(d -> d.getStage().equals("ingest.fetch")));

      clock.advance(Duration.ofMinutes(1));
      ingest.drain();
      assertTrue(server.hits(SEED).size() > 4, "retried after a minute");
      for (int i = 0; i < 40 && deadLetters.stream().noneMatch(d -> d.getStage().equals("ingest.fetch")); i++) {
        clock.advance(Duration.ofHours(1));
        ingest.drain();
      }
    }
    DeadLetter given = deadLetters.stream().filter(d -> d.getStage().equals("ingest.fetch")).findFirst().orElseThrow();
    assertTrue(given.getUrl().endsWith(SEED));
    assertEquals("status-404", given.getReason());
    assertTrue(given.getErrorMessage().contains("last status 404"), given.getErrorMessage());
    assertTrue(!clock.instant().isBefore(Instant.parse("2026-11-30T03:00:00Z")), "given up only after 24 h: " + clock.instant());
    assertEquals(null, seen.get(server.url(SEED).toString()).nextCheck(), "and not tried again");
  }

  @Test
  void aHostInBackoffCostsNoThreadAndOtherHostsGoOn() throws Exception {
    try (FixtureServer other = new FixtureServer(clock)) {
      other.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
      other.page(SPORT, "text/html; charset=utf-8", FixtureCorpus.text("pages/btt-2023-sea-games.html"));
      server.route(SEED, ex -> {
        ex.getResponseHeaders().set("Retry-After", "40");
        FixtureServer.send(ex, 429, "text/plain", "slow down".getBytes());
      });
      String base = Pattern.quote(other.url("").toString());
      Source second = new Source("second", "second", List.of(other.host()), List.of("baotintuc", "generic"),
          Pattern.compile("^" + base + "/[a-z0-9-]+/[a-z0-9-]+-\\d{17}\\.htm$"), List.of(), List.of(), List.of(),
          Duration.ofSeconds(60), Duration.ofMinutes(5), Duration.ofMinutes(30), true);
      FetchPolicy policy = FetchPolicy.defaults(Set.of(server.host())).withPrivateAddresses(true)
          .withTiming(Duration.ofMillis(20), Duration.ofMillis(20), Duration.ofSeconds(60), Duration.ofSeconds(5));
      PoliteFetcher fetcher = new PoliteFetcher(policy, metrics, clock, clock);
      Source first = new Source("baotintuc", "no discovery", source().hosts(), source().extractors(),
          source().articleUrl(), List.of(), List.of(), List.of(), null, null, null, true);
      try (IngestService ingest = new IngestService(List.of(first, second), fetcher,
          new PageProcessor(new Extractors(), true, metrics), sink, seenSet(List.of(), List.of()), null, 0, metrics,
          clock, at -> { }, SourceOwnership.all(List.of("baotintuc", "second")), Retries.defaults())) {
        ingest.start(); // owns both sources; no fetch threads, no discovery
        clock.advance(IngestService.HANDOVER_GRACE);
        ingest.queues().offer(io.newswire.ingest.crawl.CrawlTask.article(server.url(SEED), "baotintuc", clock.instant(), null));
        ingest.queues().offer(io.newswire.ingest.crawl.CrawlTask.article(other.url(SPORT), "second", clock.instant(), null));
        clock.advance(Duration.ofMillis(20)); // past robots.txt's polite pause; from here the clock stands still
        ingest.runReady();
        clock.advance(Duration.ofMillis(20));
        ingest.runReady();
        assertEquals(1, server.hits(SEED).size(), "the busy host was asked once and is left alone for 40 s");
        assertEquals(1, published.size(), "while the other host's article went through");
        String busy = server.host() + ":" + server.url("/").getPort();
        assertEquals(40.0, metrics.get("news.host.next.fetch.seconds").tag("host", busy).gauge().value(), 0.5);
        assertEquals(1.0, metrics.get("news.host.queue.depth").tag("host", busy).gauge().value(), "its URL waits");
      }
    }
  }

  @Test
  void aLinkThatRedirectsIsNotFollowedAgainNextRound() throws Exception {
    String moved = "/thoi-su/bai-cu-20221011184512000.htm";
    server.route(moved, ex -> {
      ex.getResponseHeaders().set("Location", SEED);
      FixtureServer.send(ex, 301, null, new byte[0]);
    });
    server.page("/thoi-su.rss", "application/rss+xml", """
        <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title><link>%s</link><description>d</description>
        <item><title>a</title><link>%s</link></item></channel></rss>""".formatted(server.url("/"), server.url(moved)));
    SeenSet seen = seenSet(List.of(Duration.ofHours(1)), List.of());
    try (IngestService ingest = service(seen, null)) {
      ingest.runOnce();
      ingest.runOnce();
    }
    assertEquals(1, server.hits(moved).size(), "the redirecting link was followed once");
    // (the same article reached by two links in one round may be published twice; the processor calls the
    // second UNCHANGED — same canonical URL, same text)
  }

  static List<SeenSet.Entry> latestOf(List<SeenSet.Entry> saved) {
    java.util.Map<String, SeenSet.Entry> latest = new java.util.LinkedHashMap<>();
    saved.forEach(e -> latest.put(e.url(), e));
    return new ArrayList<>(latest.values());
  }
}
