package io.newswire.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.ingest.fetch.FetchResult.Denied;
import io.newswire.ingest.fetch.FetchResult.Failed;
import io.newswire.ingest.fetch.FetchResult.Fetched;
import io.newswire.ingest.fetch.PoliteFetcher.Kind;
import io.newswire.ingest.testing.FixtureServer;
import io.newswire.ingest.testing.ManualClock;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a local server that misbehaves the ways news sites do. */
class PoliteFetcherTest {
  private static final String PAGE = "<html><head><meta charset=utf-8><title>t</title></head><body><p>Đoàn kiểm tra số 538</p></body></html>";
  private FixtureServer server;
  private SimpleMeterRegistry metrics;
  private PoliteFetcher fetcher;
  private final ManualClock clock = new ManualClock();
  private final CountDownLatch hangUntilTheEnd = new CountDownLatch(1);

  @BeforeEach
  void start() throws Exception {
    server = new FixtureServer(clock);
    server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
    metrics = new SimpleMeterRegistry();
    fetcher = fetcher(Duration.ofMillis(150));
  }

  private PoliteFetcher fetcher(Duration minDelay) {
    return fetcher(minDelay, Duration.ofSeconds(2));
  }

  /** @param readTimeout real time: a socket does not read the test's clock */
  private PoliteFetcher fetcher(Duration minDelay, Duration readTimeout) {
    FetchPolicy policy = FetchPolicy.defaults(Set.of(server.host()))
        .withPrivateAddresses(true)
        .withTiming(minDelay, Duration.ofMillis(50), Duration.ofSeconds(2), readTimeout)
        .withMaxBytes(256 * 1024);
    return new PoliteFetcher(policy, metrics, clock, clock);
  }

  @AfterEach
  void stop() {
    hangUntilTheEnd.countDown();
    server.close();
  }

  @Test
  void fetchesAPageAndDecodesUtf8() {
    server.page("/a.html", "text/html; charset=utf-8", PAGE);
    Fetched f = assertInstanceOf(Fetched.class, fetcher.fetch(server.url("/a.html"), Kind.HTML));
    assertTrue(f.text().contains("Đoàn kiểm tra"));
    String ua = server.hits("/a.html").get(0).headers().get("User-agent").get(0);
    assertTrue(ua.startsWith("newswire/"), ua);
  }

  @Test
  void robotsTxtIsObeyedAndFetchedOnce() {
    server.page("/private/secret.html", "text/html", PAGE);
    server.page("/b.html", "text/html", PAGE);
    Denied d = assertInstanceOf(Denied.class, fetcher.fetch(server.url("/private/secret.html"), Kind.HTML));
    assertEquals("robots-disallowed", d.reason());
    assertInstanceOf(Fetched.class, fetcher.fetch(server.url("/b.html"), Kind.HTML));
    assertEquals(0, server.hits("/private/secret.html").size(), "never requested");
    assertEquals(1, server.hits("/robots.txt").size(), "robots.txt is cached");
    assertEquals(1.0, metrics.counter("news.robots", "result", "denied").count());
  }

  @Test
  void conditionalGetSendsValidatorsAndHandles304() {
    server.route("/etag.html", ex -> {
      if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        FixtureServer.send(ex, 304, null, new byte[0]);
      } else {
        ex.getResponseHeaders().set("ETag", "\"v1\"");
        ex.getResponseHeaders().set("Last-Modified", "Tue, 11 Oct 2022 11:45:00 GMT");
        FixtureServer.send(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
      }
    });
    assertInstanceOf(Fetched.class, fetcher.fetch(server.url("/etag.html"), Kind.HTML));
    assertInstanceOf(FetchResult.NotModified.class, fetcher.fetch(server.url("/etag.html"), Kind.HTML));
    assertEquals("Tue, 11 Oct 2022 11:45:00 GMT",
        server.hits("/etag.html").get(1).headers().get("If-modified-since").get(0));
  }

  @Test
  void gzipBodiesAreDecompressed() {
    server.route("/gz.html", ex -> {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (OutputStream gz = new GZIPOutputStream(bytes)) {
        gz.write(PAGE.getBytes(StandardCharsets.UTF_8));
      }
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      FixtureServer.send(ex, 200, "text/html; charset=utf-8", bytes.toByteArray());
    });
    Fetched f = assertInstanceOf(Fetched.class, fetcher.fetch(server.url("/gz.html"), Kind.HTML));
    assertTrue(f.text().contains("Đoàn kiểm tra"));
  }

  @Test
  void serverErrorsAreRetriedWithBackoffThenSucceed() {
    AtomicInteger calls = new AtomicInteger();
    server.route("/flaky.html", ex -> {
      if (calls.incrementAndGet() <= 2) {
        FixtureServer.send(ex, 503, "text/plain", "busy".getBytes());
      } else {
        FixtureServer.send(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
      }
    });
    Fetched f = assertInstanceOf(Fetched.class, fetcher.fetch(server.url("/flaky.html"), Kind.HTML));
    assertEquals(3, f.attempts());
    assertEquals(2.0, metrics.counter("news.retry", "host", server.host() + ":" + server.url("/").getPort(),
        "reason", "503").count());
  }

  @Test
  void persistentErrorsGiveUpAndOpenTheCircuit() {
    server.route("/down.html", ex -> FixtureServer.send(ex, 500, "text/plain", "down".getBytes()));
    Failed f = assertInstanceOf(Failed.class, fetcher.fetch(server.url("/down.html"), Kind.HTML));
    assertTrue(f.reason().startsWith("gave-up-after-500"), f.reason());
    // 4 attempts so far; the 5th consecutive failure opens the breaker
    assertInstanceOf(Failed.class, fetcher.fetch(server.url("/down.html"), Kind.HTML));
    Denied d = assertInstanceOf(Denied.class, fetcher.fetch(server.url("/down.html"), Kind.HTML));
    assertEquals("circuit-open", d.reason());
    assertEquals(5, server.hits("/down.html").size());
  }

  @Test
  void tooManyRequestsHonoursRetryAfter() {
    AtomicInteger calls = new AtomicInteger();
    server.route("/busy.html", ex -> {
      if (calls.incrementAndGet() == 1) {
        ex.getResponseHeaders().set("Retry-After", "1");
        FixtureServer.send(ex, 429, "text/plain", "slow down".getBytes());
      } else {
        FixtureServer.send(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
      }
    });
    assertInstanceOf(Fetched.class, fetcher.fetch(server.url("/busy.html"), Kind.HTML));
    List<FixtureServer.Hit> hits = server.hits("/busy.html");
    long gapMillis = (hits.get(1).atNanos() - hits.get(0).atNanos()) / 1_000_000;
    assertTrue(gapMillis >= 950, "waited only " + gapMillis + " ms after Retry-After: 1");
  }

  @Test
  void retryAfterBeyondOurPatienceDefersTheHost() {
    server.route("/later.html", ex -> {
      ex.getResponseHeaders().set("Retry-After", "3600");
      FixtureServer.send(ex, 429, "text/plain", "come back in an hour".getBytes());
    });
    Failed f = assertInstanceOf(Failed.class, fetcher.fetch(server.url("/later.html"), Kind.HTML));
    assertEquals("retry-after-too-long", f.reason());
    assertEquals(1, server.hits("/later.html").size());
  }

  @Test
  void hangingResponsesTimeOut() {
    server.route("/hang.html", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0);
      ex.getResponseBody().write("<html><body><p>start".getBytes());
      ex.getResponseBody().flush();
      try {
        hangUntilTheEnd.await(); // the body never ends while the test runs
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    Failed f = assertInstanceOf(Failed.class, fetcher(Duration.ofMillis(150), Duration.ofMillis(100))
        .fetch(server.url("/hang.html"), Kind.HTML));
    assertTrue(f.reason().contains("timeout"), f.reason());
    String port = server.host() + ":" + server.url("/").getPort();
    int tries = server.hits("/hang.html").size();
    assertEquals(tries, metrics.counter("news.fetch", "host", port, "status", "timeout").count(),
        "each hanging body counts once, as a timeout");
    assertEquals(0.0, metrics.counter("news.fetch", "host", port, "status", "200").count(), "and not as a 200");
  }

  @Test
  void redirectLoopsStop() {
    server.route("/loop.html", ex -> {
      ex.getResponseHeaders().set("Location", "/loop.html");
      FixtureServer.send(ex, 302, null, new byte[0]);
    });
    Failed f = assertInstanceOf(Failed.class, fetcher.fetch(server.url("/loop.html"), Kind.HTML));
    assertEquals("too-many-redirects", f.reason());
    assertEquals(6, server.hits("/loop.html").size());
  }

  @Test
  void redirectsToForeignHostsAreRefused() {
    server.route("/away.html", ex -> {
      ex.getResponseHeaders().set("Location", "http://attacker.example.com/steal");
      FixtureServer.send(ex, 301, null, new byte[0]);
    });
    Denied d = assertInstanceOf(Denied.class, fetcher.fetch(server.url("/away.html"), Kind.HTML));
    assertEquals("redirect-host-not-allowed", d.reason());
  }

  @Test
  void redirectsWithinTheHostAreFollowed() {
    server.route("/old.html", ex -> {
      ex.getResponseHeaders().set("Location", "/new.html");
      FixtureServer.send(ex, 301, null, new byte[0]);
    });
    server.page("/new.html", "text/html", PAGE);
    Fetched f = assertInstanceOf(Fetched.class, fetcher.fetch(server.url("/old.html"), Kind.HTML));
    assertTrue(f.finalUrl().toString().endsWith("/new.html"));
  }

  @Test
  void bodiesOverTheCapAreRefused() {
    server.page("/huge.html", "text/html", "<p>" + "x".repeat(400 * 1024) + "</p>");
    Failed f = assertInstanceOf(Failed.class, fetcher.fetch(server.url("/huge.html"), Kind.HTML));
    assertEquals("too-large", f.reason());
  }

  @Test
  void wrongCharsetHeaderDoesNotGarbleVietnamese() {
    server.page("/latin1.html", "text/html; charset=iso-8859-1", PAGE);
    server.page("/nocharset.html", "text/html", PAGE);
    assertTrue(((Fetched) fetcher.fetch(server.url("/latin1.html"), Kind.HTML)).text().contains("Đoàn kiểm tra"));
    assertTrue(((Fetched) fetcher.fetch(server.url("/nocharset.html"), Kind.HTML)).text().contains("Đoàn kiểm tra"));
  }

  @Test
  void binaryContentIsNotTakenForAPage() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13};
    server.route("/img.png", ex -> FixtureServer.send(ex, 200, "image/png", png));
    server.route("/fake.html", ex -> FixtureServer.send(ex, 200, "text/html", png));
    assertTrue(((Failed) fetcher.fetch(server.url("/img.png"), Kind.HTML)).reason().startsWith("unsupported-content-type"));
    assertEquals("binary-content", ((Failed) fetcher.fetch(server.url("/fake.html"), Kind.HTML)).reason());
  }

  @Test
  void onlyHttpOnAllowedPublicHostsByDefault() {
    PoliteFetcher strict = new PoliteFetcher(FetchPolicy.defaults(Set.of("baotintuc.vn")), metrics);
    assertEquals("scheme-not-allowed", ((Denied) strict.fetch(java.net.URI.create("file:///etc/passwd"), Kind.HTML)).reason());
    assertEquals("host-not-allowed", ((Denied) strict.fetch(java.net.URI.create("https://example.com/"), Kind.HTML)).reason());
    PoliteFetcher noPrivate = new PoliteFetcher(FetchPolicy.defaults(Set.of(server.host())), metrics);
    assertEquals("private-address", ((Denied) noPrivate.fetch(server.url("/a.html"), Kind.HTML)).reason());
    assertEquals(0, server.hits().size());
  }

  @Test
  void oneRequestAtATimeAndAPauseBetweenThemPerHost() throws Exception {
    server.route("/slowish.html", ex -> FixtureServer.send(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8)));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<FetchResult>> results = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      results.add(pool.submit(() -> fetcher.fetch(server.url("/slowish.html"), Kind.HTML)));
    }
    for (Future<FetchResult> r : results) {
      assertInstanceOf(Fetched.class, r.get());
    }
    pool.shutdown();
    assertEquals(1, server.maxConcurrent(), "never more than one request in flight");
    List<FixtureServer.Hit> hits = server.hits("/slowish.html");
    for (int i = 1; i < hits.size(); i++) {
      long gap = (hits.get(i).atNanos() - hits.get(i - 1).atNanos()) / 1_000_000;
      assertTrue(gap >= 150, "requests " + gap + " ms apart");
    }
  }

  @Test
  void crawlDelayIsHonouredUpToTheCap() throws Exception {
    server.page("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 1\n");
    server.page("/c.html", "text/html", PAGE);
    PoliteFetcher f = fetcher(Duration.ofMillis(10));
    f.fetch(server.url("/c.html"), Kind.HTML);
    f.fetch(server.url("/c.html"), Kind.HTML);
    List<FixtureServer.Hit> hits = server.hits("/c.html");
    long gap = (hits.get(1).atNanos() - hits.get(0).atNanos()) / 1_000_000;
    assertTrue(gap >= 950, "Crawl-delay 1 s, but requests " + gap + " ms apart");
  }

  @Test
  void theBreakerCountsFailuresOverAWindowWhateverAnsweredInBetween() {
    server.route("/down.html", ex -> FixtureServer.send(ex, 500, "text/plain", "down".getBytes()));
    server.page("/ok.html", "text/html", PAGE);
    server.route("/moved.html", ex -> {
      ex.getResponseHeaders().set("Location", "/ok.html");
      FixtureServer.send(ex, 302, null, new byte[0]);
    });
    assertInstanceOf(Failed.class, fetcher.fetch(server.url("/down.html"), Kind.HTML)); // 4 failures
    assertInstanceOf(Fetched.class, fetcher.fetch(server.url("/moved.html"), Kind.HTML)); // a 302 and a 200
    assertInstanceOf(Failed.class, fetcher.fetch(server.url("/down.html"), Kind.HTML)); // the 5th, in the window
    Denied d = assertInstanceOf(Denied.class, fetcher.fetch(server.url("/ok.html"), Kind.HTML));
    assertEquals("circuit-open", d.reason());
    assertEquals(2.0, metrics.get("news.circuit.state").gauge().value(), "open");

    clock.advance(Duration.ofMinutes(5)); // half-open: one trial request decides
    assertInstanceOf(Fetched.class, fetcher.fetch(server.url("/ok.html"), Kind.HTML));
    assertEquals(0.0, metrics.get("news.circuit.state").gauge().value(), "closed again");
  }

  @Test
  void failuresOlderThanTheWindowDoNotOpenTheBreaker() {
    server.route("/down.html", ex -> FixtureServer.send(ex, 500, "text/plain", "down".getBytes()));
    assertInstanceOf(Failed.class, fetcher.fetch(server.url("/down.html"), Kind.HTML)); // 4 failures
    clock.advance(Duration.ofMinutes(3));
    assertInstanceOf(Failed.class, fetcher.fetch(server.url("/down.html"), Kind.HTML));
    assertEquals(8, server.hits("/down.html").size(), "4 + 4 tries: the old failures fell out of the window");
  }

  @Test
  void oneTurnAtAHostNeverWaitsAndSaysWhenToComeBack() throws Exception {
    server.route("/busy.html", ex -> {
      ex.getResponseHeaders().set("Retry-After", "30");
      FixtureServer.send(ex, 429, "text/plain", "slow down".getBytes());
    });
    PoliteFetcher patient = new PoliteFetcher(FetchPolicy.defaults(Set.of(server.host())).withPrivateAddresses(true)
        .withTiming(Duration.ofMillis(150), Duration.ofMillis(50), Duration.ofSeconds(60), Duration.ofSeconds(2)),
        metrics, clock, at -> { throw new AssertionError("a turn at a host must not wait"); });
    java.net.URI url = server.url("/busy.html");
    PoliteFetcher.Attempt robots = patient.attempt(url, Kind.HTML, 0);
    assertInstanceOf(PoliteFetcher.Attempt.Again.class, robots, "robots.txt read first");
    java.time.Instant before = clock.instant();
    PoliteFetcher.Attempt.Again again = assertInstanceOf(PoliteFetcher.Attempt.Again.class, patient.attempt(url, Kind.HTML, 0));
    assertEquals(before.plusSeconds(30), again.notBefore(), "Retry-After as a time");
    assertEquals(before.plusSeconds(30), again.hostFree(), "and the host is left alone until then");
    assertEquals(clock.instant(), before, "no time passed");
  }
}
