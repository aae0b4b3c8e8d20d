package io.newswire.ingest.pipeline;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newswire.ingest.crawl.CrawlQueues;
import io.newswire.ingest.crawl.CrawlTask;
import io.newswire.ingest.crawl.CrawlWorkers;
import io.newswire.ingest.crawl.Retries;
import io.newswire.ingest.crawl.SourceOwnership;
import io.newswire.ingest.discover.Discovered;
import io.newswire.ingest.discover.Discovery;
import io.newswire.ingest.fetch.PoliteFetcher;
import io.newswire.ingest.fetch.Waiting;
import io.newswire.ingest.source.Source;
import io.newswire.ingest.warc.WarcArchive;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest role, assembled: discovery rounds on each source's intervals ({@link Discovery}) put new article
 * links into the per-host queues ({@link CrawlQueues}); the fetch threads ({@link CrawlWorkers}) fetch, extract
 * and publish them. This class only wires the stages and follows which sources this instance owns
 * ({@link SourceOwnership}). It never stops on a bad page or a failing site.
 */
public final class IngestService implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(IngestService.class);
  /**
   * How long a newly owned source's hosts wait before their first request: the previous owner's last fetch and
   * seen-set writes reach this instance first, so nothing it published is published again.
   */
  public static final Duration HANDOVER_GRACE = Duration.ofSeconds(2);
  /** URLs a host's queue holds at most; discovery beyond that waits for the next round. */
  public static final int MAX_QUEUED_PER_HOST = 10_000;

  private final Map<String, Source> sources = new LinkedHashMap<>();
  private final PoliteFetcher fetcher;
  private final ArticleSink sink;
  private final SeenSet seen;
  private final WarcArchive archive;
  private final MeterRegistry metrics;
  private final Clock clock;
  private final Waiting waiting;
  private final SourceOwnership ownership;
  private final int fetchThreads;
  private final DiscoveryHealth health;
  private final Discovery discovery;
  private final CrawlQueues queues;
  private final Publisher publisher;
  private final CrawlWorkers workers;
  private final ScheduledExecutorService scheduler;

  /** One instance owning every source, on the system clock. */
  public IngestService(List<Source> sources, PoliteFetcher fetcher, PageProcessor pages, ArticleSink sink,
                       SeenSet seen, WarcArchive archive, int fetchThreads, MeterRegistry metrics) {
    this(sources, fetcher, pages, sink, seen, archive, fetchThreads, metrics, Clock.systemUTC(),
        Waiting.on(Clock.systemUTC()), SourceOwnership.all(sources.stream().map(Source::id).toList()),
        Retries.defaults());
  }

  /**
   * @param fetchThreads fetch threads; 0 for none, when the caller drives the crawl with {@link #drain}
   * @param waiting how {@link #drain} waits for the next due task (a manual clock in tests jumps instead)
   */
  public IngestService(List<Source> sources, PoliteFetcher fetcher, PageProcessor pages, ArticleSink sink,
                       SeenSet seen, WarcArchive archive, int fetchThreads, MeterRegistry metrics, Clock clock,
                       Waiting waiting, SourceOwnership ownership, Retries retries) {
    sources.forEach(s -> this.sources.put(s.id(), s));
    this.fetcher = fetcher;
    this.sink = sink;
    this.seen = seen;
    this.archive = archive;
    this.metrics = metrics;
    this.clock = clock;
    this.waiting = waiting;
    this.ownership = ownership;
    this.fetchThreads = fetchThreads;
    this.health = new DiscoveryHealth(clock);
    this.discovery = new Discovery(fetcher, health, metrics);
    this.queues = new CrawlQueues(fetcher.slots(), clock, MAX_QUEUED_PER_HOST, metrics);
    this.publisher = new Publisher(sink, seen, metrics);
    this.workers = new CrawlWorkers(queues, fetcher, pages, publisher, seen, archive, this.sources, retries, clock,
        metrics);
    this.scheduler = Executors.newScheduledThreadPool(1, r -> {
      Thread t = new Thread(r, "newswire-discovery");
      t.setDaemon(true);
      return t;
    });
    metrics.gauge("news.ingest.seen.urls", seen, SeenSet::size);
    Gauge.builder("news.ingest.owned.hosts", this, self -> self.ownedHosts().size())
        .description("Hosts this ingest instance crawls (all of them with one instance)").register(metrics);
  }

  /**
   * Every configured source's and host's main counters, at zero: a source that never answers must still show up on
   * /metrics, or the alerts that watch it ("nothing produced", "failing hosts") have no series to fire on.
   */
  private void registerAtZero() {
    for (Source s : sources.values()) {
      metrics.counter("news.articles.produced", "source", s.id());
      metrics.counter("news.discovered", "source", s.id());
    }
    for (String host : politenessHosts(sources.keySet())) {
      PoliteFetcher.fetchCounter(metrics, host, "200");
    }
  }

  /** Starts the fetch threads, takes part in sharing the sources, and schedules discovery rounds. */
  public void start() {
    registerAtZero();
    workers.start(fetchThreads);
    startOwnership();
    for (Source source : sources.values()) {
      if (!source.feeds().isEmpty()) {
        every(source.feedInterval(), source, () -> discovery.feeds(source));
      }
      if (!source.listings().isEmpty()) {
        every(source.listingInterval(), source, () -> discovery.listings(source, seen::shouldFetch));
      }
      if (!source.sitemaps().isEmpty()) {
        every(source.sitemapInterval(), source, () -> discovery.sitemaps(source));
      }
    }
    discoveryScheduled = true;
    scheduler.scheduleAtFixedRate(this::logProgress, 60, 60, TimeUnit.SECONDS);
    scheduler.scheduleAtFixedRate(this::forgetOldUrls, 1, 60, TimeUnit.MINUTES);
    log.info("ingest started: {} source(s), {} owned, {} URL(s) known", sources.size(), ownership.owned().size(),
        seen.size());
  }

  private volatile boolean discoveryScheduled;

  /** A source just owned is discovered at once, not at its next interval. */
  private void discoverSoon(Set<String> sourceIds) {
    if (!discoveryScheduled || scheduler.isShutdown()) {
      return; // runOnce discovers on its own thread
    }
    for (String id : sourceIds) {
      Source source = sources.get(id);
      if (source != null) {
        scheduler.execute(() -> {
          try {
            health.attempted();
            offer(source, discovery.feeds(source));
            offer(source, discovery.listings(source, seen::shouldFetch));
            offer(source, discovery.sitemaps(source));
          } catch (RuntimeException e) {
            log.warn("discovery of {} failed: {}", id, e.toString());
          }
        });
      }
    }
  }

  private void every(Duration interval, Source source, Supplier<List<Discovered>> round) {
    scheduler.scheduleWithFixedDelay(() -> {
      if (!ownership.owned().contains(source.id())) {
        return;
      }
      try {
        health.attempted();
        offer(source, round.get());
      } catch (RuntimeException e) {
        log.warn("discovery of {} failed: {}", source.id(), e.toString()); // the next round tries again
      }
    }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * One discovery round over every owned source on the calling thread, then {@link #drain}: for tests and
   * one-off runs.
   */
  public void runOnce() throws InterruptedException {
    startOwnership();
    for (Source source : sources.values()) {
      if (ownership.owned().contains(source.id())) {
        health.attempted();
        offer(source, discovery.feeds(source));
        offer(source, discovery.listings(source, seen::shouldFetch));
        offer(source, discovery.sitemaps(source));
      }
    }
    drain();
  }

  private boolean ownershipStarted;

  private synchronized void startOwnership() {
    if (!ownershipStarted) {
      ownershipStarted = true;
      ownership.start(new OwnershipChanges());
    }
  }

  /**
   * Works off what is due: with fetch threads, waits until they are idle; without, fetches on the calling thread,
   * waiting (through {@link Waiting}) for hosts' next-fetch times up to the fetcher's longest backoff from now.
   * Re-checks and slow retries due later stay queued.
   */
  public void drain() throws InterruptedException {
    if (fetchThreads > 0) {
      awaitIdle(Duration.ofMinutes(5));
      return;
    }
    Instant horizon = clock.instant().plus(fetcher.policy().maxBackoff());
    while (true) {
      workers.runReady();
      Instant next = queues.nextReady();
      if (next == null || next.isAfter(horizon)) {
        break;
      }
      waiting.until(next);
    }
    sink.flush();
  }

  /** Fetches, on the calling thread, every task that is ready now; never waits. For tests that hold the clock. */
  public int runReady() throws InterruptedException {
    return workers.runReady();
  }

  /** Waits (real time, at most {@code timeout}) until the fetch threads have nothing due; for tests. */
  public void awaitIdle(Duration timeout) throws InterruptedException {
    queues.awaitIdle(timeout);
    sink.flush();
  }

  private void offer(Source source, List<Discovered> found) {
    int fresh = 0;
    Instant now = clock.instant();
    for (Discovered d : found) {
      String url = d.url().toString();
      if (source.isArticle(url) && seen.shouldFetch(url)
          && queues.offer(CrawlTask.article(d.url(), source.id(), now, d.publishedHint()))) {
        fresh++;
      }
    }
    metrics.counter("news.discovered", "source", source.id()).increment(fresh);
  }

  /** The hosts (name and port) this instance sends its owned sources' discovery requests to. */
  public Set<String> ownedHosts() {
    return politenessHosts(ownership.owned());
  }

  /** A source's hosts as politeness keys: the URLs' host and port. */
  private Set<String> politenessHosts(Set<String> sourceIds) {
    Set<String> hosts = new java.util.HashSet<>();
    for (String id : sourceIds) {
      Source s = sources.get(id);
      if (s == null) {
        continue;
      }
      s.feeds().forEach(u -> hosts.add(PoliteFetcher.hostOf(u)));
      s.sitemaps().forEach(u -> hosts.add(PoliteFetcher.hostOf(u)));
      s.listings().forEach(l -> hosts.add(PoliteFetcher.hostOf(l.url())));
    }
    return hosts;
  }

  /** Reacts to sources coming and going: their planned re-checks and retries are queued, or dropped. */
  private final class OwnershipChanges implements SourceOwnership.Listener {
    @Override
    public void assigned(Set<String> sourceIds) {
      Instant now = clock.instant();
      queues.openSources(sourceIds);
      // the previous owner may have fetched a moment ago, and its last seen-set writes are on their way
      Duration wait = HANDOVER_GRACE.compareTo(fetcher.policy().minDelay()) > 0 ? HANDOVER_GRACE
          : fetcher.policy().minDelay();
      politenessHosts(sourceIds).forEach(h -> fetcher.slots().open(h, now.plus(wait)));
      int queued = 0;
      for (SeenSet.Entry e : seen.planned()) {
        Source source = sourceOf(e.url());
        if (source == null || !sourceIds.contains(source.id())) {
          continue;
        }
        URI url = URI.create(e.url());
        CrawlTask task = e.retryPending()
            ? CrawlTask.retry(url, source.id(), e.nextCheck(), e.firstSeen(), e.failures())
            : CrawlTask.recheck(url, source.id(), e.nextCheck(), e.firstSeen());
        if (queues.offer(task)) {
          queued++;
        }
      }
      log.info("ingest owns {} now; {} planned re-check(s) and retries queued", sourceIds, queued);
      discoverSoon(sourceIds);
    }

    @Override
    public void revoked(Set<String> sourceIds) {
      try {
        // waits for fetches in flight, so the next owner never overlaps them
        queues.closeSources(sourceIds, fetcher.policy().readTimeout().plus(fetcher.policy().connectTimeout()));
        for (String host : politenessHosts(sourceIds)) { // and for a discovery request in flight
          fetcher.slots().close(host);
        }
        sink.flush(); // the articles, and then the seen-set entries their acknowledgements wrote
        sink.flush();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      log.info("ingest no longer owns {}", sourceIds);
    }
  }

  private Source sourceOf(String url) {
    for (Source s : sources.values()) {
      if (s.isArticle(url)) {
        return s;
      }
    }
    return null;
  }

  /** Forgets URLs untouched for longer than the seen-set's retention; hourly, and for tests. */
  public int forgetOldUrls() {
    int forgotten = seen.forgetOld(clock.instant());
    if (forgotten > 0) {
      log.info("ingest forgot {} URL(s) past the seen-set's retention", forgotten);
    }
    return forgotten;
  }

  private void logProgress() {
    log.info("ingest: {} articles published, {} failures, {} discovery failures, {} URLs known, {} queued, "
        + "last discovery {}", publisher.articlesPublished(), publisher.failures(), discoveryFailures(), seen.size(),
        queues.size(), health.lastSuccess() == null ? "never" : health.lastSuccess());
  }

  /** Failed discovery requests since start, all sources and reasons: the summary line's count. */
  public long discoveryFailures() {
    return Math.round(metrics.find("news.discovery.failures").counters().stream().mapToDouble(c -> c.count()).sum());
  }

  public long articlesPublished() {
    return publisher.articlesPublished();
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

  /** The per-host queues, for tests and the bench. */
  public CrawlQueues queues() {
    return queues;
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
    ownership.close();
    workers.close();
    sink.flush();
    if (archive != null) {
      archive.close();
    }
  }
}
