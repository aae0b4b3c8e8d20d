package io.newswire.ingest.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Waiting for a moment on the crawl's clock, for a caller that fetches on its own thread (the command line). The
 * crawl's shared workers never wait this way: they take whichever host is ready. Tests pass a manual clock that
 * jumps to the moment instead of sleeping.
 */
@FunctionalInterface
public interface Waiting {
  void until(Instant at) throws InterruptedException;

  /** Sleeps the calling thread until the clock reaches the moment. */
  static Waiting on(Clock clock) {
    return at -> {
      long millis = Duration.between(clock.instant(), at.isBefore(Instant.EPOCH) ? Instant.EPOCH : at).toMillis();
      if (millis > 0) {
        Thread.sleep(millis);
      }
    };
  }
}
