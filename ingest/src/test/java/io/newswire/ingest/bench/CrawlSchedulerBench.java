package io.newswire.ingest.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.ingest.crawl.CrawlTask;
import io.newswire.ingest.crawl.Retries;
import io.newswire.ingest.crawl.SourceOwnership;
import io.newswire.ingest.extract.Extractors;
import io.newswire.ingest.fetch.FetchPolicy;
import io.newswire.ingest.fetch.PoliteFetcher;
import io.newswire.ingest.fetch.Waiting;
import io.newswire.ingest.pipeline.ArticleSink;
import io.newswire.ingest.pipeline.IngestService;
import io.newswire.ingest.pipeline.PageProcessor;
import io.newswire.ingest.pipeline.SeenSet;
import io.newswire.ingest.testing.FixtureServer;
import io.newswire.schemas.DeadLetter;
import io.newswire.schemas.RawArticle;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The crawl scheduler under bad hosts: 50 local hosts (one port each), of which one answers after 2 s, one
 * answers 429 with {@code Retry-After: 5}, and one sends headers and then hangs; the 47 healthy ones answer at
 * once. Four fetch threads, 100 ms minimum delay per host, 1 s read timeout. Every host is given the same number of
 * URLs; measured is how long the healthy hosts take to serve all of theirs (fetches per second), then the same with
 * the three bad hosts removed, and the ratio of the two: how much the bad hosts cost the good ones.
 *
 * <pre>java -cp ingest/target/test-classes:ingest/target/classes:&lt;test classpath&gt; \
 *   io.newswire.ingest.bench.CrawlSchedulerBench [URLs per host, default 200] [rounds, default 3]</pre>
 *
 * <p>After a discarded warm-up run, each round runs both cases, in alternating order. The last line of standard
 * output is {@code ratio=<with/without> with=<fetches/s> without=<fetches/s> …}.
 */
public final class CrawlSchedulerBench {
  private static final int HOSTS = 50;
  private static final int THREADS = 4;
  private static final String PAGE = "<html><head><title>Bài %d</title><meta property=\"og:type\" content=\"article\">"
      + "</head><body><article><h1>Bài %d</h1><p>%s</p></article></body></html>";

  public static void main(String[] args) throws Exception {
    int perHost = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    double withBad = 0;
    double without = 0;
    run(false, 30); // warm-up: JIT and sockets, discarded
    for (int r = 1; r <= rounds; r++) {
      boolean badFirst = r % 2 == 1; // alternate the order, so neither side always runs on a warmer JVM
      double a = badFirst ? run(true, perHost) : 0;
      double b = run(false, perHost);
      a = badFirst ? a : run(true, perHost);
      System.out.printf("round %d: healthy hosts %.1f fetches/s with the bad hosts, %.1f without (ratio %.3f)%n",
          r, a, b, a / b);
      withBad += a;
      without += b;
    }
    System.out.printf("ratio=%.3f with=%.1f without=%.1f hosts=%d threads=%d urlsPerHost=%d rounds=%d%n",
        withBad / without, withBad / rounds, without / rounds, HOSTS, THREADS, perHost, rounds);
  }

  /** @return fetches per second of the healthy hosts' article pages, until all of theirs are served */
  static double run(boolean badHosts, int perHost) throws Exception {
    CountDownLatch end = new CountDownLatch(1);
    CountDownLatch healthyDone = new CountDownLatch((HOSTS - 3) * perHost);
    List<FixtureServer> all = new ArrayList<>();
    String body = "Đoàn kiểm tra làm việc với địa phương về công tác phòng, chống tham nhũng. ".repeat(8);
    for (int h = 0; h < HOSTS; h++) {
      if (!badHosts && h < 3) {
        continue; // the same 47 healthy hosts, nothing else
      }
      FixtureServer server = new FixtureServer();
      server.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
      int kind = badHosts ? h : 99; // hosts 0, 1, 2 misbehave when bad hosts are in the run
      if (kind == 0) {
        server.route("/a", ex -> {
          try {
            end.await(2, TimeUnit.SECONDS); // a slow site: two seconds per answer, or until the run ends
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          FixtureServer.send(ex, 200, "text/html; charset=utf-8", PAGE.formatted(0, 0, body).getBytes(StandardCharsets.UTF_8));
        });
      } else if (kind == 1) {
        server.route("/a", ex -> {
          ex.getResponseHeaders().set("Retry-After", "5");
          FixtureServer.send(ex, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
        });
      } else if (kind == 2) {
        server.route("/a", ex -> {
          ex.getResponseHeaders().set("Content-Type", "text/html");
          ex.sendResponseHeaders(200, 0);
          ex.getResponseBody().write("<html><body><p>".getBytes(StandardCharsets.UTF_8));
          ex.getResponseBody().flush();
          try {
            end.await(); // hangs until the run ends
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
      } else {
        int n = h;
        server.route("/a", ex -> {
          FixtureServer.send(ex, 200, "text/html; charset=utf-8", PAGE.formatted(n, n, body).getBytes(StandardCharsets.UTF_8));
          healthyDone.countDown();
        });
      }
      all.add(server);
    }
    FetchPolicy policy = FetchPolicy.defaults(Set.of("127.0.0.1")).withPrivateAddresses(true)
        .withTiming(Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofSeconds(1));
    SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    Clock clock = Clock.systemUTC();
    try (IngestService ingest = new IngestService(List.of(), new PoliteFetcher(policy, metrics, clock, Waiting.on(clock)),
        new PageProcessor(new Extractors(), false, metrics), new NullSink(), new SeenSet(List.of(), e -> { }, List.of()),
        null, THREADS, metrics, clock, Waiting.on(clock), SourceOwnership.all(List.of()), Retries.defaults())) {
      for (FixtureServer server : all) {
        for (int i = 0; i < perHost; i++) {
          ingest.queues().offer(CrawlTask.article(server.url("/a?n=" + i), "web", clock.instant(), null));
        }
      }
      long started = System.nanoTime();
      ingest.start();
      if (!healthyDone.await(10 * perHost, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the healthy hosts did not finish");
      }
      return (HOSTS - 3) * perHost / ((System.nanoTime() - started) / 1e9);
    } finally {
      end.countDown();
      all.forEach(FixtureServer::close);
    }
  }

  private static final class NullSink implements ArticleSink {
    @Override
    public void publish(RawArticle article, Runnable onDelivered) {
      onDelivered.run();
    }

    @Override
    public void deadLetter(String key, DeadLetter letter) {}

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
