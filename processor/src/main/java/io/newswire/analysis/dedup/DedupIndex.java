package io.newswire.analysis.dedup;

import io.newswire.analysis.dedup.DedupState.IndexedStory;
import io.newswire.analysis.dedup.DedupState.SeenText;
import io.newswire.analysis.dedup.DedupState.SeenUrl;
import io.newswire.analysis.dedup.Verdict.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides NEW / UNCHANGED / UPDATED / DUPLICATE for one article against everything seen in the retention
 * window. Same URL: same normalized text is UNCHANGED, else UPDATED with the version raised. New URL: identical
 * normalized text is a DUPLICATE (similarity 1.0); otherwise LSH candidates whose estimated similarity reaches
 * the threshold are duplicates — unless the two stories disagree on their facts (another delegation number,
 * another day, other organs or places in title and lead), which is how template stories stay apart.
 */
public final class DedupIndex {
  /** Candidates kept per LSH bucket, so the work per article stays bounded however many stories share a template. */
  static final int MAX_BUCKET = 64;
  /** Candidates whose signatures are compared, best-ranked first. */
  static final int MAX_CANDIDATES = 8;

  private final DedupState state;
  private final MinHash minHash;
  private final double threshold;
  private final Duration retention;

  public DedupIndex(DedupState state, MinHash minHash, double threshold, Duration retention) {
    this.state = state;
    this.minHash = minHash;
    this.threshold = threshold;
    this.retention = retention;
  }

  public Verdict decide(String url, Fingerprint f, Instant now, Function<String, String> newStoryId) {
    SeenUrl seenUrl = state.urls().get(url);
    if (seenUrl != null && !expired(seenUrl.seenAtMs(), now)) {
      if (seenUrl.contentHash().equals(f.contentHash())) {
        return new Verdict(Kind.UNCHANGED, seenUrl.storyId(), seenUrl.version(), null, null, null);
      }
      int version = seenUrl.version() + 1;
      remember(url, seenUrl.storyId(), version, f, now);
      return new Verdict(Kind.UPDATED, seenUrl.storyId(), version, null, null, changes(seenUrl, f));
    }
    SeenText exact = state.texts().get(f.contentHash());
    if (exact != null && !expired(exact.seenAtMs(), now)) {
      remember(url, exact.storyId(), 1, f, now);
      return new Verdict(Kind.DUPLICATE, exact.storyId(), 1, exact.storyId(), 1.0, null);
    }
    Map<String, Map<String, Long>> buckets = new HashMap<>();
    for (String band : minHash.bandKeys(f.signature())) {
      buckets.put(band, state.buckets().members(band)); // read once: for the candidates, then for indexing
    }
    String bestStory = null;
    double best = 0;
    for (String id : candidates(buckets)) {
      IndexedStory story = state.stories().get(id);
      if (story == null || expired(story.seenAtMs(), now)) {
        continue;
      }
      double similarity = MinHash.similarity(f.signature(), story.signatureLongs());
      if (similarity >= threshold && similarity > best && sameFacts(f, story)) {
        best = similarity;
        bestStory = id;
      }
    }
    if (bestStory != null) {
      remember(url, bestStory, 1, f, now);
      return new Verdict(Kind.DUPLICATE, bestStory, 1, bestStory, Math.round(best * 1000) / 1000.0, null);
    }
    String storyId = newStoryId.apply(url);
    remember(url, storyId, 1, f, now);
    indexStory(storyId, f, now, buckets);
    return new Verdict(Kind.NEW, storyId, 1, null, null, null);
  }

  /**
   * The stories sharing most LSH bands with the fingerprint, best first. The count of shared bands tracks
   * similarity, so the few best are enough, and the work per article stays bounded when a template fills the
   * buckets.
   */
  static List<String> candidates(Map<String, Map<String, Long>> buckets) {
    // a counter per story, bumped in place: in a template flood every article reads two thousand memberships, and
    // boxing a count per membership cost more than the reading
    Map<String, int[]> shared = new HashMap<>();
    for (Map<String, Long> members : buckets.values()) {
      for (String id : members.keySet()) {
        shared.computeIfAbsent(id, k -> new int[1])[0]++;
      }
    }
    // the best few by count, ties in the map's order: what a stable sort of all of them, cut after the few, gives
    String[] best = new String[MAX_CANDIDATES];
    int[] counts = new int[MAX_CANDIDATES];
    int size = 0;
    for (Map.Entry<String, int[]> e : shared.entrySet()) {
      int count = e.getValue()[0];
      if (size == MAX_CANDIDATES && count <= counts[size - 1]) {
        continue;
      }
      int at = size == MAX_CANDIDATES ? size - 1 : size++;
      while (at > 0 && counts[at - 1] < count) {
        best[at] = best[at - 1];
        counts[at] = counts[at - 1];
        at--;
      }
      best[at] = e.getKey();
      counts[at] = count;
    }
    return List.of(java.util.Arrays.copyOf(best, size));
  }

  private static boolean sameFacts(Fingerprint f, IndexedStory story) {
    for (String fact : f.facts()) {
      String kind = fact.substring(0, fact.indexOf(':') + 1);
      for (String other : story.facts()) {
        if (other.startsWith(kind) && !other.equals(fact)) {
          return false; // another delegation number, another event day: another story
        }
      }
    }
    if (f.salient().isEmpty() || story.salient().isEmpty()) {
      return true;
    }
    Set<String> common = new HashSet<>(f.salient());
    common.retainAll(story.salient());
    Set<String> union = new HashSet<>(f.salient());
    union.addAll(story.salient());
    return (double) common.size() / union.size() >= 0.5;
  }

  private void remember(String url, String storyId, int version, Fingerprint f, Instant now) {
    state.urls().put(url, new SeenUrl(storyId, version, f.contentHash(), f.titleHash(), f.leadHash(),
        List.copyOf(f.paragraphHashes()), now.toEpochMilli()));
    if (state.texts().get(f.contentHash()) == null) {
      state.texts().put(f.contentHash(), new SeenText(storyId, now.toEpochMilli()));
    }
  }

  private void indexStory(String storyId, Fingerprint f, Instant now, Map<String, Map<String, Long>> buckets) {
    state.stories().put(storyId, IndexedStory.of(f.signature(), Set.copyOf(f.salient()), Set.copyOf(f.facts()),
        now.toEpochMilli()));
    buckets.forEach((band, members) -> {
      // a template repeated all year fills a bucket; the newest stories are the likely originals. The members
      // were read for this article alone and are not read again: evict from them in place
      while (members.size() >= MAX_BUCKET) {
        String oldest = Collections.min(members.entrySet(), Map.Entry.comparingByValue()).getKey();
        members.remove(oldest);
      }
      members.put(storyId, now.toEpochMilli());
      state.buckets().put(band, members);
    });
  }

  private static String changes(SeenUrl before, Fingerprint after) {
    List<String> parts = new ArrayList<>();
    if (!before.titleHash().equals(after.titleHash())) {
      parts.add("title changed");
    }
    if (!before.leadHash().equals(after.leadHash())) {
      parts.add("lead changed");
    }
    Set<String> old = new LinkedHashSet<>(before.paragraphHashes());
    Set<String> now = new LinkedHashSet<>(after.paragraphHashes());
    long added = now.stream().filter(p -> !old.contains(p)).count();
    long removed = old.stream().filter(p -> !now.contains(p)).count();
    if (added > 0) {
      parts.add(added + " paragraph(s) added");
    }
    if (removed > 0) {
      parts.add(removed + " paragraph(s) removed");
    }
    return parts.isEmpty() ? "text changed" : String.join("; ", parts);
  }

  private boolean expired(long seenAtMs, Instant now) {
    return Instant.ofEpochMilli(seenAtMs).plus(retention).isBefore(now);
  }
}
