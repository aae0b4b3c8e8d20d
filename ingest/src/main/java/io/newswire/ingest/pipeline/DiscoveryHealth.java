package io.newswire.ingest.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an operator asks of discovery: is it still running (attempted lately), and for each source, when it last
 * worked and why it fails now. A source that cannot be reached is not a dead process — it shows as a warning, and
 * the Prometheus rules raise the alarm; a discovery loop that stopped trying is.
 */
public final class DiscoveryHealth {
  /** One source's state: its last success (or null), and its last failure since then (or null). */
  public record SourceState(String source, Instant lastSuccess, Instant lastFailure, String reason) {
    public boolean failing() {
      return lastFailure != null;
    }
  }

  private final Clock clock;
  private final Instant started;
  private volatile Instant lastAttempt;
  private final Map<String, SourceState> sources = new ConcurrentHashMap<>();

  public DiscoveryHealth(Clock clock) {
    this.clock = clock;
    this.started = clock.instant();
  }

  public void attempted() {
    lastAttempt = clock.instant();
  }

  public void succeeded(String source) {
    sources.put(source, new SourceState(source, clock.instant(), null, null));
  }

  public void failed(String source, String reason) {
    SourceState before = sources.get(source);
    sources.put(source, new SourceState(source, before == null ? null : before.lastSuccess(), clock.instant(), reason));
  }

  /** Discovery ran within {@code within}, or the service started less than that ago. */
  public boolean attemptedWithin(Duration within) {
    Instant since = clock.instant().minus(within);
    Instant last = lastAttempt;
    return (last != null && last.isAfter(since)) || started.isAfter(since);
  }

  public Instant lastAttempt() {
    return lastAttempt;
  }

  /** Any source's last success within {@code within}. */
  public boolean succeededWithin(Duration within) {
    Instant since = clock.instant().minus(within);
    return sources.values().stream().anyMatch(s -> s.lastSuccess() != null && s.lastSuccess().isAfter(since));
  }

  public Instant lastSuccess() {
    return sources.values().stream().map(SourceState::lastSuccess).filter(java.util.Objects::nonNull)
        .max(Instant::compareTo).orElse(null);
  }

  /** The sources failing now, in name order. */
  public List<SourceState> failing() {
    List<SourceState> out = new ArrayList<>();
    sources.values().stream().filter(SourceState::failing).sorted(java.util.Comparator.comparing(SourceState::source))
        .forEach(out::add);
    return out;
  }
}
