package io.newswire.analysis.entity;

import io.newswire.analysis.text.Steps;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which of a field's mentions stand when they overlap: longest first, and a shorter one inside a longer one only where
 * the nesting means something. The tagger resolves its first mentions at once ({@link #resolve}), then adds each later
 * rule's few ({@link #add}) without resolving the field again.
 */
final class OverlapResolution {
  private OverlapResolution() {}

  /**
   * Longest mentions win; a shorter one survives inside a longer one only where the nesting means something:
   * an organ or place inside a title, an event inside a document, a province inside a local organ.
   */
  static List<Mention> resolve(List<Mention> mentions) {
    List<Mention> sorted = MentionOrder.longestFirst(mentions);
    Accepted accepted = new Accepted(sorted);
    for (Mention m : sorted) {
      if (!accepted.conflictsWith(m)) {
        accepted.add(m);
      }
    }
    return accepted.kept;
  }

  /**
   * {@code resolve(kept + added)} for a {@code kept} that is already resolved, without re-checking every kept
   * mention against every other: two kept mentions never conflict (the same order accepted both before), so a kept
   * mention is checked only against the added mentions accepted before it, and only an added one against all.
   * Each rule adds a handful of mentions to a field's hundred, so this is what makes five passes cost one.
   */
  static List<Mention> add(List<Mention> kept, List<Mention> added) {
    if (added.isEmpty()) {
      return new ArrayList<>(kept);
    }
    if ((long) kept.size() * added.size() <= FEW_PAIRS && inOrder(kept)) {
      return addFew(kept, added);
    }
    return addIndexed(kept, added);
  }

  /** {@link #add} with both lists indexed by start: for any number of mentions. */
  static List<Mention> addIndexed(List<Mention> kept, List<Mention> added) {
    java.util.Set<Mention> fresh = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    fresh.addAll(added);
    List<Mention> sorted = new ArrayList<>(kept.size() + added.size());
    sorted.addAll(kept);
    sorted.addAll(added);
    sorted.sort(LONGEST_FIRST);
    Accepted accepted = new Accepted(sorted);
    // the added mentions accepted so far, indexed the same way: a long text's rule adds thousands
    Accepted acceptedFresh = new Accepted(sorted);
    for (Mention m : sorted) {
      boolean isFresh = fresh.contains(m);
      boolean ok = isFresh ? !accepted.conflictsWith(m) : !acceptedFresh.conflictsWith(m);
      if (ok) {
        accepted.add(m);
        if (isFresh) {
          acceptedFresh.add(m);
        }
      }
    }
    return accepted.kept;
  }

  /**
   * Below this many pairs of a kept and an added mention, {@link #addFew} compares every pair instead of indexing
   * both lists: a rule adds a handful of mentions to a field's hundred, and sorting and indexing that hundred again cost
   * more than five hundred comparisons. A long text's lists exceed it and take the indexed way, which stays linear.
   */
  private static final int FEW_PAIRS = 2_048;

  /**
   * {@link #add} for few added mentions, with the same outcome: a kept mention that overlaps no added
   * one is kept (kept mentions never conflict with each other), and an added one that overlaps nothing is accepted,
   * so the longest-first pass runs over the added mentions and the kept ones they overlap only. Ties in that order
   * fall as the stable sort of kept-then-added let them: kept first.
   */
  static List<Mention> addFew(List<Mention> kept, List<Mention> added) {
    Mention[] fresh = added.toArray(new Mention[0]);
    java.util.Arrays.sort(fresh, LONGEST_FIRST); // stable, as the sort of kept-then-added was
    boolean[] involved = new boolean[kept.size()];
    Steps.add((long) kept.size() * fresh.length);
    for (int k = 0; k < involved.length; k++) {
      Mention m = kept.get(k);
      for (Mention f : fresh) {
        if (m.overlaps(f)) {
          involved[k] = true;
          break;
        }
      }
    }
    // one merge in longest-first order: each mention's fate is settled when its turn comes, so it is written out then
    boolean[] acceptedFresh = new boolean[fresh.length];
    List<Mention> keptInvolved = new ArrayList<>(); // the involved kept mentions accepted so far
    List<Mention> out = new ArrayList<>(kept.size() + fresh.length);
    int k = 0;
    int f = 0;
    while (k < involved.length || f < fresh.length) {
      if (f == fresh.length || (k < involved.length && LONGEST_FIRST.compare(kept.get(k), fresh[f]) <= 0)) {
        Mention m = kept.get(k);
        boolean turnedAway = false;
        for (int a = 0; involved[k] && a < f && !turnedAway; a++) {
          turnedAway = acceptedFresh[a] && conflict(fresh[a], m);
        }
        if (!turnedAway) {
          out.add(m);
          if (involved[k]) {
            keptInvolved.add(m);
          }
        }
        k++;
      } else {
        Mention m = fresh[f];
        boolean ok = true;
        for (int i = 0; i < keptInvolved.size() && ok; i++) {
          ok = !conflict(keptInvolved.get(i), m);
        }
        for (int a = 0; a < f && ok; a++) {
          ok = !(acceptedFresh[a] && conflict(fresh[a], m));
        }
        acceptedFresh[f] = ok;
        if (ok) {
          out.add(m);
        }
        f++;
      }
    }
    return out;
  }

  private static boolean inOrder(List<Mention> mentions) {
    for (int i = 1; i < mentions.size(); i++) {
      if (LONGEST_FIRST.compare(mentions.get(i - 1), mentions.get(i)) > 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code m}, coming later in longest-first order, may not stand beside the accepted {@code other}. */
  private static boolean conflict(Mention other, Mention m) {
    Steps.add(1); // a pair compared: AnalysisLinearityTest fails a resolution that compares every pair
    return m.overlaps(other)
        && !(other.contains(m) && nestable(other, m) && !(other.start() == m.start() && other.end() == m.end()));
  }

  /**
   * Accepted mentions chained by start (head[slot of start] → index in kept, next[index] → the next one with that
   * start), over the distinct starts of the candidates in order: an overlap with m can only start within
   * (m.start - longest, m.end), a window as wide as the longest mention, and the slots of that window are found by
   * binary search. Sized by the candidates, not by the text: five of these per field were a text-long array each.
   */
  private static final class Accepted {
    final List<Mention> kept = new ArrayList<>();
    private final int longest;
    private final int[] starts;
    private final int[] head;
    private final int[] next;

    Accepted(List<Mention> candidates) {
      int max = 0;
      int[] all = new int[candidates.size()];
      for (int i = 0; i < all.length; i++) {
        Mention m = candidates.get(i);
        max = Math.max(max, m.length());
        all[i] = m.start();
      }
      longest = max;
      java.util.Arrays.sort(all);
      int distinct = 0;
      for (int i = 0; i < all.length; i++) {
        if (i == 0 || all[i] != all[i - 1]) {
          all[distinct++] = all[i];
        }
      }
      starts = java.util.Arrays.copyOf(all, distinct);
      head = new int[distinct];
      java.util.Arrays.fill(head, -1);
      next = new int[candidates.size()];
    }

    boolean conflictsWith(Mention m) {
      int from = Offsets.firstAtLeast(starts, m.start() - longest + 1);
      for (int slot = from; slot < starts.length && starts[slot] < m.end(); slot++) {
        for (int k = head[slot]; k >= 0; k = next[k]) {
          if (conflict(kept.get(k), m)) {
            return true;
          }
        }
      }
      return false;
    }

    void add(Mention m) {
      int slot = java.util.Arrays.binarySearch(starts, m.start());
      next[kept.size()] = head[slot];
      head[slot] = kept.size();
      kept.add(m);
    }
  }

  /** Longest first, then by start: the order mentions are accepted in. */
  private static final Comparator<Mention> LONGEST_FIRST = MentionOrder.LONGEST_FIRST;

  private static boolean nestable(Mention outer, Mention inner) {
    return (outer.kind() == EntityKind.POSITION && (inner.kind() == EntityKind.ORGANIZATION || inner.kind() == EntityKind.LOCATION))
        || (outer.kind() == EntityKind.DOCUMENT && inner.kind() == EntityKind.EVENT)
        || (outer.kind() == EntityKind.EVENT && inner.canonical().equals("Đảng Cộng sản Việt Nam"))
        || (outer.kind() == EntityKind.ORGANIZATION && inner.kind() == EntityKind.LOCATION
            && ("LOCAL".equals(outer.level()) || "NATIONAL_ASSEMBLY".equals(outer.level())));
  }

}
