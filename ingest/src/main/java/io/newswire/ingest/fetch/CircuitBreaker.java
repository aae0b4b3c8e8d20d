package io.newswire.ingest.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Per-host circuit breaker: after {@code threshold} consecutive failed fetches the host is left alone for
 * {@code openFor}; then one trial request decides whether it closes again.
 */
final class CircuitBreaker {
  enum State { CLOSED, HALF_OPEN, OPEN }

  private final int threshold;
  private final Duration openFor;
  private final Clock clock;
  private int consecutiveFailures;
  private Instant openedAt;

  CircuitBreaker(int threshold, Duration openFor, Clock clock) {
    this.threshold = threshold;
    this.openFor = openFor;
    this.clock = clock;
  }

  synchronized State state() {
    if (openedAt == null) {
      return State.CLOSED;
    }
    return clock.instant().isBefore(openedAt.plus(openFor)) ? State.OPEN : State.HALF_OPEN;
  }

  synchronized boolean allowsRequest() {
    return state() != State.OPEN;
  }

  synchronized void success() {
    consecutiveFailures = 0;
    openedAt = null;
  }

  synchronized void failure() {
    consecutiveFailures++;
    if (state() == State.HALF_OPEN || consecutiveFailures >= threshold) {
      openedAt = clock.instant();
    }
  }

  /** Opens at once, e.g. when the server asks us to come back later than we are willing to wait. */
  synchronized void openFor(Duration duration) {
    openedAt = clock.instant().minus(openFor).plus(duration);
  }
}
