package io.newswire.ingest.crawl;

import io.newswire.ingest.fetch.PoliteFetcher;
import java.net.URI;
import java.time.Instant;

/**
 * One URL waiting in its host's queue, with the moment it may be fetched. New articles, retries, redirect hops
 * and scheduled re-checks are all such tasks; only their due times and counts differ.
 *
 * @param url what to fetch now (a redirect's target on later hops)
 * @param discovered the link discovery found, under which the seen-set remembers it
 * @param recheck whether the article was published before and this looks for a correction
 * @param due not before this moment
 * @param firstSeen when the URL was first queued: a failing URL is retried while it is young, then dead-lettered
 * @param tries requests used on this hop (for the fetcher's quick retries)
 * @param hops redirects followed so far
 * @param failures fetches that ended in failure (for the slow retries)
 */
public record CrawlTask(URI url, URI discovered, String sourceId, boolean recheck, Instant due, Instant firstSeen,
                        int tries, int hops, int failures, Instant publishedHint) {

  public static CrawlTask article(URI url, String sourceId, Instant now, Instant publishedHint) {
    return new CrawlTask(url, url, sourceId, false, now, now, 0, 0, 0, publishedHint);
  }

  public static CrawlTask recheck(URI url, String sourceId, Instant due, Instant firstSeen) {
    return new CrawlTask(url, url, sourceId, true, due, firstSeen, 0, 0, 0, null);
  }

  /** A retry of a URL that failed {@code failures} times and was first queued at {@code firstSeen}. */
  public static CrawlTask retry(URI url, String sourceId, Instant due, Instant firstSeen, int failures) {
    return new CrawlTask(url, url, sourceId, false, due, firstSeen, 0, 0, failures, null);
  }

  public String host() {
    return PoliteFetcher.hostOf(url);
  }

  /** The same hop again at {@code at}; {@code counted}: the last turn used one of its tries. */
  CrawlTask again(Instant at, boolean counted) {
    return new CrawlTask(url, discovered, sourceId, recheck, at, firstSeen, counted ? tries + 1 : tries, hops,
        failures, publishedHint);
  }

  CrawlTask redirectedTo(URI target, Instant at) {
    return new CrawlTask(target, discovered, sourceId, recheck, at, firstSeen, 0, hops + 1, failures, publishedHint);
  }

  /** The discovered link from the start, at {@code at}, after one more failure. */
  CrawlTask failedAgain(Instant at) {
    return new CrawlTask(discovered, discovered, sourceId, recheck, at, firstSeen, 0, 0, failures + 1, publishedHint);
  }
}
