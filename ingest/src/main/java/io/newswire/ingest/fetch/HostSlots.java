package io.newswire.ingest.fetch;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Politeness per host as data: whether a request to the host is in flight, and the time before which the next may
 * not start ("not before T"). The minimum delay, Crawl-delay, Retry-After, backoff and an open circuit all end up
 * as such a time. Queue-driven workers ask {@link #tryTake} and never wait; a blocking caller (the command line)
 * may {@link #take} the slot and then wait on its own thread.
 */
public final class HostSlots {
  private final Clock clock;
  private final MeterRegistry metrics;
  private final Map<String, Slot> slots = new HashMap<>();
  private volatile Runnable onRelease = () -> { };

  private static final class Slot {
    boolean busy;
    boolean closed;
    Instant notBefore = Instant.MIN;
  }

  public HostSlots(Clock clock, MeterRegistry metrics) {
    this.clock = clock;
    this.metrics = metrics;
  }

  /** Takes the host's slot if it is free and its time has come; never waits. */
  public synchronized boolean tryTake(String host, Instant now) {
    Slot s = slot(host);
    if (s.busy || s.closed || s.notBefore.isAfter(now)) {
      return false;
    }
    s.busy = true;
    return true;
  }

  /**
   * Takes the host's slot once no other request to it is in flight, and returns the time the caller must wait
   * for before sending. For callers that fetch one URL on their own thread.
   */
  public synchronized Instant take(String host) throws InterruptedException {
    Slot s = slot(host);
    while (s.busy) {
      wait();
    }
    if (s.closed) {
      return null;
    }
    s.busy = true;
    return s.notBefore;
  }

  /**
   * Closes the host to this instance (another one crawls it now) once no request to it is in flight; a caller
   * that took the slot and is still waiting for its time finds it closed and sends nothing.
   */
  public synchronized void close(String host) throws InterruptedException {
    Slot s = slot(host);
    s.closed = true;
    while (s.busy) {
      wait();
    }
  }

  /** Opens the host to this instance again, not before {@code notBefore}. */
  public synchronized void open(String host, Instant notBefore) {
    Slot s = slot(host);
    s.closed = false;
    if (notBefore.isAfter(s.notBefore)) {
      s.notBefore = notBefore;
    }
  }

  public synchronized boolean closed(String host) {
    return slot(host).closed;
  }

  /** Frees the slot; the next request may start at {@code notBefore} (or later, if already set later). */
  public void release(String host, Instant notBefore) {
    synchronized (this) {
      Slot s = slot(host);
      s.busy = false;
      if (notBefore != null && notBefore.isAfter(s.notBefore)) {
        s.notBefore = notBefore;
      }
      notifyAll();
    }
    onRelease.run(); // outside the lock: the listener takes its own
  }

  /** Runs after every release, e.g. to wake workers that wait for a host to become free. */
  public void onRelease(Runnable listener) {
    Runnable before = onRelease;
    onRelease = () -> {
      before.run();
      listener.run();
    };
  }

  public synchronized Instant notBefore(String host) {
    return slot(host).notBefore;
  }

  public synchronized boolean busy(String host) {
    return slot(host).busy;
  }

  /** Seconds until the host may be asked again (0 when it may be now). */
  synchronized double secondsUntilFree(String host) {
    Duration d = Duration.between(clock.instant(), slot(host).notBefore.isBefore(Instant.EPOCH)
        ? Instant.EPOCH : slot(host).notBefore);
    return d.isNegative() ? 0 : d.toMillis() / 1000.0;
  }

  private Slot slot(String host) {
    return slots.computeIfAbsent(host, h -> {
      Gauge.builder("news.host.next.fetch.seconds", this, self -> self.secondsUntilFree(h)).tag("host", h)
          .description("How far ahead this host's next allowed fetch is (0: it may be fetched now)")
          .register(metrics);
      return new Slot();
    });
  }
}
