package io.newswire.ingest.pipeline;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.newswire.ingest.fetch.FetchResult;
import io.newswire.schemas.DeadLetter;
import io.newswire.schemas.RawArticle;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The publish stage: an extracted article goes to {@code news.pages.raw} unless the seen-set shows the same text
 * already went there; a rejected page or a URL given up goes to {@code news.dlq} with its reason; the seen-set
 * records each outcome once the write is acknowledged.
 */
public final class Publisher {
  private final ArticleSink sink;
  private final SeenSet seen;
  private final MeterRegistry metrics;
  private final DistributionSummary publishDelay;
  private final AtomicLong articles = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();

  public Publisher(ArticleSink sink, SeenSet seen, MeterRegistry metrics) {
    this.sink = sink;
    this.seen = seen;
    this.metrics = metrics;
    this.publishDelay = DistributionSummary.builder("news.publish.to.ingest").baseUnit("seconds")
        .description("Delay between an article's publication and its arrival on news.pages.raw")
        .publishPercentileHistogram().register(metrics);
  }

  /** An extracted article, or a page that yielded none. */
  public void publish(PageProcessor.Processed processed, boolean recheck, Instant fetchedAt) {
    if (processed instanceof PageProcessor.Rejected rejected) {
      failures.incrementAndGet();
      sink.deadLetter(rejected.letter().getUrl(), rejected.letter());
      seen.recordFailure(rejected.letter().getUrl(), fetchedAt, fetchedAt, null); // the same page will not do better
      return;
    }
    PageProcessor.Extracted extracted = (PageProcessor.Extracted) processed;
    RawArticle article = extracted.article();
    SeenSet.Entry before = seen.get(article.getUrl());
    if (before != null && extracted.contentHash().equals(before.contentHash())) { // a re-check, or another link
      seen.recordUnchanged(article.getUrl(), fetchedAt);
      metrics.counter("news.recheck", "result", "unchanged").increment();
      return;
    }
    sink.publish(article, () -> {
      seen.recordFetch(article.getUrl(), extracted.contentHash(), fetchedAt);
      articles.incrementAndGet();
      metrics.counter("news.articles.produced", "source", article.getSource()).increment();
      if (recheck) {
        metrics.counter("news.recheck", "result", "changed").increment();
      } else if (article.getPublishedAt() != null) {
        publishDelay.record(Math.max(0, Duration.between(article.getPublishedAt(), fetchedAt).toSeconds()));
      }
    });
  }

  /** A re-check answered 304: nothing new, the schedule moves on. */
  public SeenSet.Entry unchanged(String url, Instant now) {
    metrics.counter("news.recheck", "result", "unchanged").increment();
    return seen.recordUnchanged(url, now);
  }

  /** A URL that kept failing while it was young: dead-lettered with its last status, never silently dropped. */
  public void giveUp(String url, String sourceId, FetchResult last, Instant firstSeen, Instant now) {
    failures.incrementAndGet();
    String reason = last instanceof FetchResult.Failed f ? f.reason()
        : last instanceof FetchResult.Denied d ? d.reason() : "unknown";
    int status = last instanceof FetchResult.Failed f ? f.status() : 0;
    metrics.counter("news.fetch.given.up", "source", sourceId).increment();
    sink.deadLetter(url, DeadLetter.newBuilder().setStage("ingest.fetch").setReason(reason)
        .setErrorClass(last == null ? "unknown" : last.getClass().getSimpleName())
        .setErrorMessage("gave up on " + url + " (first queued " + firstSeen + "): " + reason
            + (status > 0 ? ", last status " + status : ""))
        .setUrl(url).setPayload(null).setTime(now).build());
    seen.recordFailure(url, firstSeen, now, null);
  }

  public long articlesPublished() {
    return articles.get();
  }

  public long failures() {
    return failures.get();
  }
}
