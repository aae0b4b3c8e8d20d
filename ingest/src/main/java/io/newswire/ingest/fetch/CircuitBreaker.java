package io.newswire.ingest.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Per-host circuit breaker: {@code threshold} failed fetches within {@code window} open it, whatever answered in
 * between (a redirect or a good page does not wipe the count of a host that keeps failing); after
 * {@code openFor} one trial request decides: a success closes it and forgets the failures, a failure opens it
 * again.
 */
final class CircuitBreaker {
  enum State { CLOSED, HALF_OPEN, OPEN }

  private final int threshold;
  private final Duration window;
  private final Duration openFor;
  private final Clock clock;
  private final Deque<Instant> failures = new ArrayDeque<>();
  private Instant openUntil;

  CircuitBreaker(int threshold, Duration window, Duration openFor, Clock clock) {
    this.threshold = threshold;
    this.window = window;
    this.openFor = openFor;
    this.clock = clock;
  }

  synchronized State state() {
    if (openUntil == null) {
      return State.CLOSED;
    }
    return clock.instant().isBefore(openUntil) ? State.OPEN : State.HALF_OPEN;
  }

  synchronized boolean allowsRequest() {
    return state() != State.OPEN;
  }

  /** When an open breaker lets a trial through; null when it is closed. */
  synchronized Instant openUntil() {
    return openUntil;
  }

  synchronized void success() {
    if (openUntil != null) { // the trial request of a half-open breaker went through
      openUntil = null;
      failures.clear();
    }
  }

  synchronized void failure() {
    Instant now = clock.instant();
    boolean trialFailed = state() == State.HALF_OPEN;
    failures.addLast(now);
    while (!failures.isEmpty() && failures.peekFirst().isBefore(now.minus(window))) {
      failures.removeFirst();
    }
    if (trialFailed || failures.size() >= threshold) {
      openUntil = now.plus(openFor);
    }
  }

  /** Opens at once, e.g. when the server asks us to come back later than we are willing to wait. */
  synchronized void openFor(Duration duration) {
    openUntil = clock.instant().plus(duration);
  }
}
