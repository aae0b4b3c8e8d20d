package io.newswire.ingest.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which article URLs ingest has already fetched, with the hash of what it extracted and when to look again.
 * Young articles are re-checked on a schedule (by default 10 min, 1 h, 6 h and 24 h after first seen) to catch
 * corrections; an unchanged article is never fetched again otherwise. Every change goes to a {@link Store}
 * (a compacted topic in production) so the set survives restarts.
 */
public final class SeenSet {

  /** One URL's history. {@code nextCheck} is null once the re-check schedule is used up. */
  public record Entry(String url, Instant firstSeen, Instant lastFetched, String contentHash, int checks,
                      Instant nextCheck, int failures) {}

  public interface Store {
    void save(Entry entry);
  }

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final List<Duration> recheckAfter;
  private final int maxFailures;
  private final Store store;

  public SeenSet(List<Duration> recheckAfter, int maxFailures, Store store, Collection<Entry> restored) {
    this.recheckAfter = List.copyOf(recheckAfter);
    this.maxFailures = maxFailures;
    this.store = store;
    restored.forEach(e -> entries.put(e.url(), e));
  }

  /** True when the URL was never fetched successfully and has not failed too often. */
  public boolean shouldFetch(String url) {
    Entry e = entries.get(url);
    return e == null || (e.contentHash() == null && e.failures() < maxFailures);
  }

  public Entry get(String url) {
    return entries.get(url);
  }

  public int size() {
    return entries.size();
  }

  /** URLs whose next re-check is due. */
  public List<String> dueRechecks(Instant now) {
    List<String> due = new ArrayList<>();
    for (Entry e : entries.values()) {
      if (e.nextCheck() != null && !e.nextCheck().isAfter(now)) {
        due.add(e.url());
      }
    }
    return due;
  }

  /** Records a successful fetch; returns true when the content differs from what was seen before. */
  public boolean recordFetch(String url, String contentHash, Instant now) {
    Entry old = entries.get(url);
    Instant first = old == null ? now : old.firstSeen();
    int checks = old == null || old.contentHash() == null ? 0 : old.checks() + 1;
    Entry updated = new Entry(url, first, now, contentHash, checks, nextCheck(first, checks, now), 0);
    entries.put(url, updated);
    store.save(updated);
    return old == null || old.contentHash() == null || !old.contentHash().equals(contentHash);
  }

  /** A re-check that found nothing new (304 or the same hash) still moves the schedule on. */
  public void recordUnchanged(String url, Instant now) {
    Entry old = entries.get(url);
    if (old == null) {
      return;
    }
    int checks = old.checks() + 1;
    Entry updated = new Entry(url, old.firstSeen(), now, old.contentHash(), checks,
        nextCheck(old.firstSeen(), checks, now), 0);
    entries.put(url, updated);
    store.save(updated);
  }

  public void recordFailure(String url, Instant now) {
    Entry old = entries.get(url);
    Entry updated = old == null
        ? new Entry(url, now, null, null, 0, null, 1)
        : new Entry(url, old.firstSeen(), old.lastFetched(), old.contentHash(), old.checks(),
            old.contentHash() == null ? null : nextCheck(old.firstSeen(), old.checks() + 1, now), old.failures() + 1);
    entries.put(url, updated);
    store.save(updated);
  }

  private Instant nextCheck(Instant firstSeen, int checksDone, Instant now) {
    for (int i = checksDone; i < recheckAfter.size(); i++) {
      Instant at = firstSeen.plus(recheckAfter.get(i));
      if (at.isAfter(now)) {
        return at;
      }
    }
    return null;
  }
}
