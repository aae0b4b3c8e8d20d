package io.newswire.ingest.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which article URLs ingest knows, with the hash of what it extracted and when to look again. Young articles are
 * re-checked on a schedule (by default 10 min, 1 h, 6 h and 24 h after first seen) to catch corrections; a URL
 * whose fetch failed waits for its next retry; an unchanged article is never fetched again otherwise. Every
 * change goes to a {@link Store} (a compacted topic in production) so the set survives restarts and is shared
 * by every ingest instance.
 */
public final class SeenSet {

  /**
   * One URL's history.
   *
   * @param contentHash of the last article published from it; null until one was
   * @param nextCheck the next re-check (published) or retry (failed); null when nothing is planned
   * @param failures failed fetches since the last success
   * @param redirectedTo where the link led, when it redirected (the article is kept under that URL)
   */
  public record Entry(String url, Instant firstSeen, Instant lastFetched, String contentHash, int checks,
                      Instant nextCheck, int failures, String redirectedTo) {

    /** Whether the URL's last fetch failed and a retry is planned. */
    public boolean retryPending() {
      return contentHash == null && nextCheck != null;
    }
  }

  public interface Store {
    void save(Entry entry);

    /** Forgets the URL (a tombstone on the compacted topic). */
    default void forget(String url) {}
  }

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  /** How long a URL with nothing planned is remembered by default. */
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(30);

  private final List<Duration> recheckAfter;
  private final Duration retention;
  private final Store store;

  public SeenSet(List<Duration> recheckAfter, Store store, Collection<Entry> restored) {
    this(recheckAfter, DEFAULT_RETENTION, store, restored);
  }

  /** @param retention how long a URL with nothing planned is remembered after its last fetch */
  public SeenSet(List<Duration> recheckAfter, Duration retention, Store store, Collection<Entry> restored) {
    this.recheckAfter = List.copyOf(recheckAfter);
    this.retention = retention;
    this.store = store;
    restored.forEach(e -> entries.put(e.url(), e));
  }

  /**
   * True for a URL ingest has never queued. A known URL is re-checked, retried or dead-lettered on its own
   * schedule; discovering it again changes nothing.
   */
  public boolean shouldFetch(String url) {
    return !entries.containsKey(url);
  }

  public Entry get(String url) {
    return entries.get(url);
  }

  public int size() {
    return entries.size();
  }

  /** URLs with a planned re-check or retry, to queue again after a start or a change of owner. */
  public List<Entry> planned() {
    List<Entry> planned = new ArrayList<>();
    for (Entry e : entries.values()) {
      if (e.nextCheck() != null) {
        planned.add(e);
      }
    }
    return planned;
  }

  /** Records a successful fetch and returns the entry, whose {@code nextCheck} is the next re-check. */
  public Entry recordFetch(String url, String contentHash, Instant now) {
    Entry old = entries.get(url);
    Instant first = old == null ? now : old.firstSeen();
    int checks = old == null || old.contentHash() == null ? 0 : old.checks() + 1;
    return save(new Entry(url, first, now, contentHash, checks, nextCheck(first, checks, now), 0, null));
  }

  /** The re-check a fetch of {@code url} now would plan, before its publication is acknowledged. */
  public Instant nextCheckAfterFetch(String url, Instant now) {
    Entry old = entries.get(url);
    Instant first = old == null ? now : old.firstSeen();
    int checks = old == null || old.contentHash() == null ? 0 : old.checks() + 1;
    return nextCheck(first, checks, now);
  }

  /** A re-check that found nothing new (304 or the same hash) still moves the schedule on. */
  public Entry recordUnchanged(String url, Instant now) {
    Entry old = entries.get(url);
    if (old == null) {
      return null;
    }
    int checks = old.checks() + 1;
    return save(new Entry(url, old.firstSeen(), now, old.contentHash(), checks,
        nextCheck(old.firstSeen(), checks, now), 0, null));
  }

  /**
   * A failed fetch. A published article keeps its re-check schedule; a URL never fetched waits for
   * {@code retryAt}, or for nothing when it was given up and dead-lettered ({@code retryAt} null).
   */
  public Entry recordFailure(String url, Instant firstSeen, Instant now, Instant retryAt) {
    Entry old = entries.get(url);
    if (old != null && old.contentHash() != null) {
      return save(new Entry(url, old.firstSeen(), old.lastFetched(), old.contentHash(), old.checks() + 1,
          nextCheck(old.firstSeen(), old.checks() + 1, now), old.failures() + 1, null));
    }
    return save(new Entry(url, old == null ? firstSeen : old.firstSeen(), old == null ? null : old.lastFetched(),
        null, 0, retryAt, old == null ? 1 : old.failures() + 1, null));
  }

  /** A link that redirected: the article lives under {@code target}; the link is not followed again. */
  public Entry recordRedirect(String url, String target, Instant now) {
    return save(new Entry(url, now, now, null, 0, null, 0, target));
  }

  /**
   * Forgets URLs with nothing planned whose last activity is older than the retention: feeds and listings only
   * show recent links, so an old URL is not rediscovered, and the set (and its topic) stays bounded.
   *
   * @return how many were forgotten
   */
  public int forgetOld(Instant now) {
    Instant cutoff = now.minus(retention);
    List<String> old = new ArrayList<>();
    for (Entry e : entries.values()) {
      Instant last = e.lastFetched() == null ? e.firstSeen() : e.lastFetched();
      if (e.nextCheck() == null && last != null && last.isBefore(cutoff)) {
        old.add(e.url());
      }
    }
    for (String url : old) {
      entries.remove(url);
      store.forget(url);
    }
    return old.size();
  }

  /** An entry another instance forgot. */
  public void forgotten(String url) {
    entries.remove(url);
  }

  /** An entry another instance wrote (read from the shared store); the newer fetch wins. */
  public void merge(Entry e) {
    entries.merge(e.url(), e, (mine, theirs) -> newer(theirs, mine) ? theirs : mine);
  }

  private static boolean newer(Entry a, Entry b) {
    Instant ta = a.lastFetched() == null ? a.firstSeen() : a.lastFetched();
    Instant tb = b.lastFetched() == null ? b.firstSeen() : b.lastFetched();
    if (ta == null || tb == null) {
      return ta != null;
    }
    return ta.isAfter(tb) || (ta.equals(tb) && (a.checks() > b.checks() || a.failures() > b.failures()));
  }

  private Entry save(Entry e) {
    entries.put(e.url(), e);
    store.save(e);
    return e;
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
