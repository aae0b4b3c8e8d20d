package io.newswire.ingest.testing;

import io.newswire.ingest.fetch.Waiting;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock tests move by hand; waiting on it jumps to the moment instead of sleeping. */
public final class ManualClock extends Clock implements Waiting {
  private final AtomicReference<Instant> now;

  public ManualClock(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  public ManualClock() {
    this(Instant.parse("2026-11-29T03:00:00Z"));
  }

  public void advance(Duration by) {
    now.updateAndGet(t -> t.plus(by));
  }

  @Override
  public void until(Instant at) {
    now.accumulateAndGet(at, (t, a) -> a.isAfter(t) ? a : t);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
