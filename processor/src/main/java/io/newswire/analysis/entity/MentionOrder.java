package io.newswire.analysis.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A field's mentions in the orders the rules need, sorted stably (ties keep the order given) by a primitive key:
 * each mention's place in the order and its index packed in a {@code long}, and the longs sorted. A comparator's calls
 * cost more than the sort of a hundred longs; a mention too long or a list too large to pack takes the comparator.
 */
final class MentionOrder {
  /** Longest first, then by start: the order overlap resolution accepts mentions in. */
  static final Comparator<Mention> LONGEST_FIRST = (a, b) -> a.length() != b.length()
      ? Integer.compare(b.length(), a.length()) : Integer.compare(a.start(), b.start());
  private static final Comparator<Mention> BY_START = Comparator.comparingInt(Mention::start);
  /** By end, and at one end the earliest start (the longest) first. */
  private static final Comparator<Mention> BY_END_LONGEST_FIRST = (a, b) -> a.end() != b.end()
      ? Integer.compare(a.end(), b.end()) : Integer.compare(a.start(), b.start());

  /** The orders, by number, and the comparator each one's key stands for. */
  private static final int LONGEST = 0;
  private static final int START = 1;
  private static final int START_LONGEST = 2;
  private static final int END_LONGEST = 3;
  private static final List<Comparator<Mention>> COMPARATORS = List.of(LONGEST_FIRST, BY_START,
      Mention.BY_START_LONGEST_FIRST, BY_END_LONGEST_FIRST);

  /** 21 bits of index below the place, which gets 42 (31 of offset, 11 of length); the sign bit stays clear. */
  private static final int INDEX_BITS = 21;
  private static final int MAX_LENGTH = (1 << 11) - 1;

  private MentionOrder() {}

  static List<Mention> longestFirst(List<Mention> mentions) {
    return sorted(mentions, LONGEST);
  }

  static List<Mention> byStart(List<Mention> mentions) {
    return sorted(mentions, START);
  }

  /** {@link Mention#BY_START_LONGEST_FIRST}: a field's order. */
  static List<Mention> byStartLongestFirst(List<Mention> mentions) {
    return sorted(mentions, START_LONGEST);
  }

  static List<Mention> byEndLongestFirst(List<Mention> mentions) {
    return sorted(mentions, END_LONGEST);
  }

  private static List<Mention> sorted(List<Mention> mentions, int order) {
    int n = mentions.size();
    long[] keys = n < (1 << INDEX_BITS) ? new long[n] : null;
    for (int i = 0; keys != null && i < n; i++) {
      long place = place(mentions.get(i), order);
      if (place < 0) {
        keys = null;
      } else {
        keys[i] = (place << INDEX_BITS) | i;
      }
    }
    if (keys == null) {
      List<Mention> sorted = new ArrayList<>(mentions);
      sorted.sort(COMPARATORS.get(order));
      return sorted;
    }
    java.util.Arrays.sort(keys);
    List<Mention> sorted = new ArrayList<>(n);
    for (long key : keys) {
      sorted.add(mentions.get((int) (key & ((1 << INDEX_BITS) - 1))));
    }
    return sorted;
  }

  /** The mention's place in the order, or -1 when it cannot be packed. */
  private static long place(Mention m, int order) {
    if (m.start() < 0 || m.length() < 0 || m.length() > MAX_LENGTH) {
      return -1;
    }
    long shortness = MAX_LENGTH - m.length();
    return switch (order) {
      case LONGEST -> (shortness << 31) | m.start();
      case START -> m.start();
      case START_LONGEST -> ((long) m.start() << 11) | shortness;
      default -> ((long) m.end() << 11) | shortness;
    };
  }
}
