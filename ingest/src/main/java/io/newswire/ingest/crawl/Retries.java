package io.newswire.ingest.crawl;

import io.newswire.ingest.fetch.FetchResult;
import java.time.Duration;
import java.time.Instant;

/**
 * When a URL whose fetch failed is tried again: after {@code first}, doubling up to {@code longest}, for as long as
 * the URL is younger than {@code giveUpAfter} (the last try at that age); then it is dead-lettered. Failures that another try cannot mend (a
 * robots.txt or allow-list refusal, a body over the cap, binary content, a redirect loop) are not retried.
 */
public record Retries(Duration first, Duration longest, Duration giveUpAfter) {

  public static Retries defaults() {
    return new Retries(Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(24));
  }

  /** The next try's time, or null when the URL is to be given up. */
  public Instant next(FetchResult last, Instant firstSeen, int failuresSoFar, Instant now) {
    if (!mendable(last)) {
      return null;
    }
    Instant end = firstSeen.plus(giveUpAfter);
    if (!now.isBefore(end)) {
      return null;
    }
    Duration wait = first.multipliedBy(1L << Math.min(failuresSoFar, 20));
    Instant at = now.plus(wait.compareTo(longest) > 0 ? longest : wait);
    return at.isAfter(end) ? end : at; // the last try comes when the URL's youth ends
  }

  static boolean mendable(FetchResult result) {
    if (result instanceof FetchResult.Denied d) {
      return d.reason().equals("circuit-open");
    }
    if (result instanceof FetchResult.Failed f) {
      String r = f.reason();
      return !(r.equals("too-large") || r.equals("binary-content") || r.startsWith("unsupported-content-type")
          || r.equals("too-many-redirects"));
    }
    return false;
  }
}
