package io.newswire.ingest.crawl;

import io.micrometer.core.instrument.MeterRegistry;
import io.newswire.ingest.extract.Page;
import io.newswire.ingest.fetch.FetchResult;
import io.newswire.ingest.fetch.PoliteFetcher;
import io.newswire.ingest.fetch.PoliteFetcher.Attempt;
import io.newswire.ingest.pipeline.PageProcessor;
import io.newswire.ingest.pipeline.Publisher;
import io.newswire.ingest.pipeline.SeenSet;
import io.newswire.ingest.source.Source;
import io.newswire.ingest.warc.WarcArchive;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fetch threads. Each takes whichever task is ready ({@link CrawlQueues}), gives it one turn at its host
 * ({@link PoliteFetcher#attempt}), hands the host back with its next-fetch time, and passes the page on: extract
 * ({@link PageProcessor}), then publish ({@link Publisher}). What is not finished goes back into the queues as
 * data — a retry at its due time, a redirect's next hop, the next re-check — so no thread ever waits for a host.
 */
public final class CrawlWorkers implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(CrawlWorkers.class);

  private final CrawlQueues queues;
  private final PoliteFetcher fetcher;
  private final PageProcessor pages;
  private final Publisher publisher;
  private final SeenSet seen;
  private final WarcArchive archive;
  private final Map<String, Source> sources;
  private final Retries retries;
  private final Clock clock;
  private final MeterRegistry metrics;
  private final List<Thread> threads = new ArrayList<>();
  private final AtomicBoolean running = new AtomicBoolean();

  public CrawlWorkers(CrawlQueues queues, PoliteFetcher fetcher, PageProcessor pages, Publisher publisher, SeenSet seen,
                      WarcArchive archive, Map<String, Source> sources, Retries retries, Clock clock,
                      MeterRegistry metrics) {
    this.queues = queues;
    this.fetcher = fetcher;
    this.pages = pages;
    this.publisher = publisher;
    this.seen = seen;
    this.archive = archive;
    this.sources = sources;
    this.retries = retries;
    this.clock = clock;
    this.metrics = metrics;
  }

  /** Starts {@code count} fetch threads (0: none; the caller drives {@link #runReady}). */
  public void start(int count) {
    running.set(true);
    for (int i = 0; i < count; i++) {
      Thread t = new Thread(this::loop, "newswire-fetch-" + (i + 1));
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
  }

  private void loop() {
    while (running.get()) {
      try {
        CrawlTask task = queues.take(Duration.ofSeconds(1));
        if (task != null) {
          handle(task);
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        log.error("fetch worker: unexpected {}", e.toString(), e); // the worker goes on with the next task
      }
    }
  }

  /** Handles every task that is ready now on the calling thread; for tests that drive a manual clock. */
  public int runReady() throws InterruptedException {
    int handled = 0;
    for (CrawlTask task = queues.poll(); task != null; task = queues.poll()) {
      handle(task);
      handled++;
    }
    return handled;
  }

  void handle(CrawlTask task) throws InterruptedException {
    List<CrawlTask> next = new ArrayList<>();
    try {
      Attempt attempt = null;
      try {
        attempt = fetcher.attempt(task.url(), PoliteFetcher.Kind.HTML, task.tries());
      } finally {
        queues.done(task, attempt == null ? null : attempt.hostFree());
      }
      Instant now = clock.instant();
      if (attempt instanceof Attempt.Again again) {
        next.add(task.again(again.notBefore(), again.counted()));
      } else if (attempt instanceof Attempt.Redirect redirect) {
        redirected(task, redirect.to(), now, next);
      } else if (attempt instanceof Attempt.Done done) {
        ended(task, done.result(), now, next);
      }
    } finally {
      queues.finished(task);
    }
    next.forEach(queues::offer); // after finished: the same URL may come back
  }

  private void redirected(CrawlTask task, URI target, Instant now, List<CrawlTask> next) {
    if (task.hops() + 1 > fetcher.policy().maxRedirects()) {
      ended(task, new FetchResult.Failed(task.discovered(), "too-many-redirects", 0, task.hops() + 1), now, next);
      return;
    }
    Optional<FetchResult> refused = fetcher.refusal(target, task.discovered(), true);
    if (refused.isPresent() && !Retries.mendable(refused.get())) {
      ended(task, refused.get(), now, next);
      return;
    }
    boolean known = !seen.shouldFetch(target.toString());
    if (!known && !queues.holds(target.toString())) {
      next.add(task.redirectedTo(target, now));
    } else if (!task.recheck()) {
      // the target is fetched (or was) under its own name; the link that led there is not followed again
      seen.recordRedirect(task.discovered().toString(), target.toString(), now);
    }
  }

  private void ended(CrawlTask task, FetchResult result, Instant now, List<CrawlTask> next) {
    String url = task.discovered().toString();
    Source source = sources.getOrDefault(task.sourceId(), Source.web());
    if (result instanceof FetchResult.Fetched fetched) {
      archive(fetched, now);
      Page page = new Page(fetched.finalUrl(), source.id(), fetched.text(), now, task.publishedHint());
      PageProcessor.Processed processed = pages.process(page, source.extractors());
      // the re-check is planned from the seen-set as it stands before this fetch is recorded
      String article = processed instanceof PageProcessor.Extracted e ? e.article().getUrl() : null;
      Instant recheckAt = article == null ? null : seen.nextCheckAfterFetch(article, now);
      SeenSet.Entry known = article == null ? null : seen.get(article);
      publisher.publish(processed, task.recheck(), now);
      if (!fetched.finalUrl().equals(task.discovered()) && !task.recheck()) {
        // the article lives under its final URL; the link that led there is not followed again
        seen.recordRedirect(url, fetched.finalUrl().toString(), now);
      }
      if (recheckAt != null) {
        next.add(CrawlTask.recheck(URI.create(article), source.id(), recheckAt,
            known == null ? now : known.firstSeen()));
      } else if (task.recheck()) { // a published article that no longer extracts keeps its schedule
        recheck(source.id(), task.discovered(), seen.get(url), next);
      }
    } else if (result instanceof FetchResult.NotModified) {
      recheck(source.id(), task.discovered(), publisher.unchanged(url, now), next);
    } else {
      metrics.counter("news.extract.failures", "source", source.id(), "reason", reasonOf(result)).increment();
      if (task.recheck()) { // a published article keeps its schedule; this check is simply missed
        SeenSet.Entry entry = seen.recordFailure(url, task.firstSeen(), now, null);
        recheck(task.sourceId(), task.discovered(), entry, next);
        return;
      }
      Instant retryAt = retries.next(result, task.firstSeen(), task.failures(), now);
      if (retryAt == null) {
        publisher.giveUp(url, source.id(), result, task.firstSeen(), now);
      } else {
        seen.recordFailure(url, task.firstSeen(), now, retryAt);
        metrics.counter("news.fetch.retry.scheduled", "source", source.id()).increment();
        next.add(task.failedAgain(retryAt));
      }
    }
  }

  private static void recheck(String sourceId, URI url, SeenSet.Entry entry, List<CrawlTask> next) {
    if (entry != null && entry.nextCheck() != null) {
      next.add(CrawlTask.recheck(url, sourceId, entry.nextCheck(), entry.firstSeen()));
    }
  }

  private void archive(FetchResult.Fetched fetched, Instant now) {
    if (archive != null) {
      try {
        archive.write(fetched, now);
      } catch (IOException e) {
        log.warn("cannot archive {}: {}", fetched.finalUrl(), e.toString());
      }
    }
  }

  private static String reasonOf(FetchResult result) {
    if (result instanceof FetchResult.Failed f) {
      return f.reason().split(":")[0];
    }
    return result instanceof FetchResult.Denied d ? d.reason() : "unknown";
  }

  @Override
  public void close() {
    running.set(false);
    threads.forEach(Thread::interrupt);
    for (Thread t : threads) {
      try {
        t.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
