package io.newswire.ingest.pipeline;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.newswire.ingest.discover.DiscoveryException;
import io.newswire.ingest.discover.Discovered;
import io.newswire.ingest.discover.FeedReader;
import io.newswire.ingest.discover.ListingReader;
import io.newswire.ingest.discover.SitemapReader;
import io.newswire.ingest.extract.ExtractionException;
import io.newswire.ingest.extract.Extractors;
import io.newswire.ingest.extract.Page;
import io.newswire.ingest.fetch.FetchResult;
import io.newswire.ingest.fetch.PoliteFetcher;
import io.newswire.ingest.fetch.PoliteFetcher.Kind;
import io.newswire.ingest.source.Source;
import io.newswire.ingest.warc.WarcArchive;
import io.newswire.schemas.DeadLetter;
import io.newswire.schemas.RawArticle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest role: polls each source's feeds, listings and sitemaps on their intervals, fetches every new
 * article politely, extracts it and publishes a {@link RawArticle}; re-checks young articles for updates;
 * dead-letters pages that yield no article. It never stops on a bad page or a failing site.
 */
public final class IngestService implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(IngestService.class);
  private static final int MAX_SITEMAP_CHILDREN = 20;

  private final List<Source> sources;
  private final PoliteFetcher fetcher;
  private final Extractors extractors;
  private final ArticleSink sink;
  private final SeenSet seen;
  private final WarcArchive archive;
  private final boolean keepHtml;
  private final MeterRegistry metrics;
  private final Clock clock;
  private final ScheduledExecutorService scheduler;
  private final ExecutorService fetchPool;
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
  private final DistributionSummary publishDelay;
  private final AtomicLong articles = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();
  private final DiscoveryHealth health;

  public IngestService(List<Source> sources, PoliteFetcher fetcher, Extractors extractors, ArticleSink sink,
                       SeenSet seen, WarcArchive archive, boolean keepHtml, int fetchThreads, MeterRegistry metrics) {
    this.sources = sources;
    this.fetcher = fetcher;
    this.extractors = extractors;
    this.sink = sink;
    this.seen = seen;
    this.archive = archive;
    this.keepHtml = keepHtml;
    this.metrics = metrics;
    this.clock = Clock.systemUTC();
    this.health = new DiscoveryHealth(clock);
    this.scheduler = Executors.newScheduledThreadPool(2, daemon("newswire-discovery"));
    this.fetchPool = Executors.newFixedThreadPool(fetchThreads, daemon("newswire-fetch"));
    this.publishDelay = DistributionSummary.builder("news.publish.to.ingest").baseUnit("seconds")
        .description("Delay between an article's publication and its arrival on news.pages.raw")
        .publishPercentileHistogram().register(metrics);
    metrics.gauge("news.ingest.seen.urls", seen, SeenSet::size);
  }

  public void start() {
    for (Source source : sources) {
      if (!source.feeds().isEmpty()) {
        schedule(source.feedInterval(), () -> source.feeds().forEach(feed -> discoverFeed(source, feed)));
      }
      if (!source.listings().isEmpty()) {
        schedule(source.listingInterval(), () -> source.listings().forEach(l -> discoverListing(source, l)));
      }
      if (!source.sitemaps().isEmpty()) {
        schedule(source.sitemapInterval(), () -> source.sitemaps().forEach(s -> discoverSitemap(source, s)));
      }
    }
    schedule(Duration.ofSeconds(30), this::recheckDue);
    scheduler.scheduleAtFixedRate(this::logProgress, 60, 60, TimeUnit.SECONDS);
    log.info("ingest started: {} source(s), {} URL(s) already seen", sources.size(), seen.size());
  }

  private void schedule(Duration every, Runnable task) {
    scheduler.scheduleWithFixedDelay(() -> {
      try {
        health.attempted();
        task.run();
      } catch (RuntimeException e) {
        log.warn("discovery task failed: {}", e.toString()); // next round tries again
      }
    }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** One discovery round over every source, then waits for the fetches it started. For tests and replays. */
  public void runOnce() throws InterruptedException {
    for (Source source : sources) {
      source.feeds().forEach(feed -> discoverFeed(source, feed));
      source.listings().forEach(l -> discoverListing(source, l));
      source.sitemaps().forEach(s -> discoverSitemap(source, s));
    }
    awaitIdle(Duration.ofMinutes(5));
  }

  public void awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!inFlight.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    sink.flush();
  }

  void discoverFeed(Source source, URI feed) {
    FetchResult result = fetcher.fetch(feed, Kind.FEED);
    if (result instanceof FetchResult.Fetched f) {
      try {
        offer(source, FeedReader.read(feed, f.body()));
        health.succeeded(source.id());
      } catch (DiscoveryException e) {
        discoveryFailed(source, "feed", e.getMessage());
      }
    } else if (!(result instanceof FetchResult.NotModified)) {
      discoveryFailed(source, "feed", feed + ": " + result);
    }
  }

  void discoverListing(Source source, Source.Listing listing) {
    for (int page = 1; page <= Math.max(1, listing.pages()); page++) {
      URI url = page == 1 || listing.pageUrl() == null ? listing.url()
          : URI.create(listing.pageUrl().replace("{n}", Integer.toString(page)));
      FetchResult result = fetcher.fetch(url, Kind.HTML);
      if (!(result instanceof FetchResult.Fetched f)) {
        if (!(result instanceof FetchResult.NotModified)) {
          discoveryFailed(source, "listing", url + ": " + result);
        }
        return;
      }
      List<Discovered> found = ListingReader.read(url, f.text(), listing.itemSelector());
      offer(source, found);
      health.succeeded(source.id());
      if (found.stream().noneMatch(d -> seen.shouldFetch(d.url().toString()))) {
        return; // nothing new on this page: older pages hold nothing new either
      }
      if (listing.pageUrl() == null) {
        return;
      }
    }
  }

  void discoverSitemap(Source source, URI root) {
    Deque<URI> pending = new ArrayDeque<>(List.of(root));
    Set<URI> visited = new HashSet<>();
    while (!pending.isEmpty() && visited.size() <= MAX_SITEMAP_CHILDREN) {
      URI url = pending.poll();
      if (!visited.add(url)) {
        continue;
      }
      FetchResult result = fetcher.fetch(url, Kind.FEED);
      if (!(result instanceof FetchResult.Fetched f)) {
        if (!(result instanceof FetchResult.NotModified)) {
          discoveryFailed(source, "sitemap", url + ": " + result);
        }
        continue;
      }
      try {
        SitemapReader.Result read = SitemapReader.read(url, f.contentType(), f.body());
        offer(source, read.articles());
        // newest child sitemaps are listed last in monthly indexes; look at those first
        List<URI> children = read.childSitemaps();
        for (int i = children.size() - 1; i >= 0; i--) {
          pending.add(children.get(i));
        }
        health.succeeded(source.id());
      } catch (DiscoveryException e) {
        discoveryFailed(source, "sitemap", e.getMessage());
      }
    }
  }

  private void discoveryFailed(Source source, String kind, String message) {
    metrics.counter("news.discovery.failures", "source", source.id(), "kind", kind).increment();
    health.failed(source.id(), kind + ": " + message);
    log.warn("{} {} discovery failed: {}", source.id(), kind, message);
  }

  private void offer(Source source, List<Discovered> found) {
    int fresh = 0;
    for (Discovered d : found) {
      String url = d.url().toString();
      if (!source.isArticle(url) || !seen.shouldFetch(url) || !inFlight.add(url)) {
        continue;
      }
      fresh++;
      fetchPool.submit(() -> {
        try {
          fetchArticle(source, d.url(), d.publishedHint(), false);
        } finally {
          inFlight.remove(url);
        }
      });
    }
    metrics.counter("news.discovered", "source", source.id()).increment(fresh);
  }

  private void recheckDue() {
    Instant now = clock.instant();
    for (String url : seen.dueRechecks(now)) {
      Source source = sourceOf(url);
      if (source != null && inFlight.add(url)) {
        fetchPool.submit(() -> {
          try {
            fetchArticle(source, URI.create(url), null, true);
          } finally {
            inFlight.remove(url);
          }
        });
      }
    }
  }

  private Source sourceOf(String url) {
    for (Source s : sources) {
      if (s.isArticle(url)) {
        return s;
      }
    }
    return null;
  }

  void fetchArticle(Source source, URI url, Instant publishedHint, boolean recheck) {
    Instant now = clock.instant();
    FetchResult result = fetcher.fetch(url, Kind.HTML);
    if (result instanceof FetchResult.NotModified) {
      seen.recordUnchanged(url.toString(), now);
      return;
    }
    if (!(result instanceof FetchResult.Fetched fetched)) {
      failures.incrementAndGet();
      metrics.counter("news.extract.failures", "source", source.id(), "reason", reasonOf(result)).increment();
      if (!recheck) {
        seen.recordFailure(url.toString(), now);
      }
      return;
    }
    if (archive != null) {
      try {
        archive.write(fetched, now);
      } catch (IOException e) {
        log.warn("cannot archive {}: {}", url, e.toString());
      }
    }
    process(new Page(fetched.finalUrl(), source.id(), fetched.text(), now, publishedHint), source, recheck);
    if (!fetched.finalUrl().equals(url) && !recheck) {
      // the article lives under its final URL; remember the link that redirected there too, or every discovery
      // round would follow the redirect again
      seen.recordFetch(url.toString(), "redirect:" + fetched.finalUrl(), now);
    }
  }

  /** Extraction and publication of one page, shared by live fetching and WARC replay. */
  public void process(Page page, Source source, boolean recheck) {
    String url = page.url().toString();
    RawArticle article;
    try {
      article = extract(page, source);
    } catch (ExtractionException e) {
      failures.incrementAndGet();
      metrics.counter("news.extract.failures", "source", page.source(), "reason", e.reason()).increment();
      sink.deadLetter(url, DeadLetter.newBuilder().setStage("ingest.extract").setReason(e.reason())
          .setErrorClass(e.getClass().getName()).setErrorMessage(e.getMessage()).setUrl(url)
          .setPayload(ByteBuffer.wrap(gzip(page.html()))).setTime(page.fetchedAt()).build());
      if (!recheck) {
        seen.recordFailure(url, page.fetchedAt());
      }
      return;
    }
    String hash = ContentHash.of(article);
    SeenSet.Entry before = seen.get(article.getUrl());
    if (before != null && hash.equals(before.contentHash())) { // a re-check, or another link to the same page
      seen.recordUnchanged(article.getUrl(), page.fetchedAt());
      metrics.counter("news.recheck", "result", "unchanged").increment();
      return;
    }
    if (keepHtml) {
      article.setRawHtmlGzip(ByteBuffer.wrap(gzip(page.html())));
    }
    sink.publish(article, () -> {
      seen.recordFetch(article.getUrl(), hash, page.fetchedAt());
      articles.incrementAndGet();
      metrics.counter("news.articles.produced", "source", page.source()).increment();
      if (recheck) {
        metrics.counter("news.recheck", "result", "changed").increment();
      }
      if (article.getPublishedAt() != null && !recheck) {
        publishDelay.record(Math.max(0, Duration.between(article.getPublishedAt(), page.fetchedAt()).toSeconds()));
      }
    });
  }

  private RawArticle extract(Page page, Source source) throws ExtractionException {
    return extractors.extract(page, source == null ? null : source.extractor());
  }

  private static String reasonOf(FetchResult result) {
    if (result instanceof FetchResult.Failed f) {
      return f.reason().split(":")[0].toLowerCase(Locale.ROOT);
    }
    if (result instanceof FetchResult.Denied d) {
      return d.reason();
    }
    return "unknown";
  }

  static byte[] gzip(String html) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, html.length() / 4));
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(html.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e); // in-memory streams do not fail
    }
    return out.toByteArray();
  }

  private void logProgress() {
    log.info("ingest: {} articles published, {} failures, {} URLs seen, last discovery {}", articles.get(),
        failures.get(), seen.size(), health.lastSuccess() == null ? "never" : health.lastSuccess());
  }

  public long articlesPublished() {
    return articles.get();
  }

  public boolean discoveredRecently(Duration within) {
    return health.succeededWithin(within);
  }

  /** For /health: whether discovery still runs, and which sources fail. */
  public DiscoveryHealth health() {
    return health;
  }

  /** Whether the discovery threads still run (not shut down by a close or a fatal error). */
  public boolean schedulerAlive() {
    return !scheduler.isShutdown();
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicLong n = new AtomicLong();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
    fetchPool.shutdownNow();
    try {
      fetchPool.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    sink.flush();
    if (archive != null) {
      archive.close();
    }
  }
}
