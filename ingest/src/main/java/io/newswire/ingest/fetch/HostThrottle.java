package io.newswire.ingest.fetch;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One host's politeness slot: at most one request in flight, and a delay between the end of one request and
 * the start of the next. {@link #waiting()} is the host's queue depth.
 */
final class HostThrottle {
  private final Semaphore slot = new Semaphore(1, true);
  private final AtomicInteger waiting = new AtomicInteger();
  private volatile long nextAllowedNanos = System.nanoTime();

  void acquire() throws InterruptedException {
    waiting.incrementAndGet();
    try {
      slot.acquire();
    } finally {
      waiting.decrementAndGet();
    }
    long wait = nextAllowedNanos - System.nanoTime();
    if (wait > 0) {
      try {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      } catch (InterruptedException e) {
        slot.release();
        throw e;
      }
    }
  }

  void release(Duration delay) {
    nextAllowedNanos = System.nanoTime() + delay.toNanos();
    slot.release();
  }

  /** Pushes the next request out, e.g. for a 429 with Retry-After. */
  void deferBy(Duration delay) {
    nextAllowedNanos = Math.max(nextAllowedNanos, System.nanoTime() + delay.toNanos());
  }

  int waiting() {
    return waiting.get();
  }
}
