package io.newswire.analysis.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A field's mentions in the two orders the rules need, sorted stably (ties keep the order given) by a primitive key:
 * each mention's place in the order and its index packed in a {@code long}, and the longs sorted. A comparator's calls
 * cost more than the sort of a hundred longs; a mention too long or a list too large to pack takes the comparator.
 */
final class MentionOrder {
  /** Longest first, then by start: the order overlap resolution accepts mentions in. */
  static final Comparator<Mention> LONGEST_FIRST = (a, b) -> a.length() != b.length()
      ? Integer.compare(b.length(), a.length()) : Integer.compare(a.start(), b.start());
  private static final Comparator<Mention> BY_START = Comparator.comparingInt(Mention::start);

  /** 21 bits of index below the place; the place gets 42 bits, and the sign bit stays clear. */
  private static final int INDEX_BITS = 21;
  private static final int MAX_LENGTH = (1 << 11) - 1;

  private MentionOrder() {}

  static List<Mention> longestFirst(List<Mention> mentions) {
    long[] keys = keys(mentions.size());
    for (int i = 0; keys != null && i < keys.length; i++) {
      Mention m = mentions.get(i);
      keys = m.length() < 0 || m.length() > MAX_LENGTH || m.start() < 0 ? null
          : pack(keys, i, ((long) (MAX_LENGTH - m.length()) << 31) | m.start());
    }
    return keys == null ? sortedBy(mentions, LONGEST_FIRST) : inOrderOf(keys, mentions);
  }

  /** By start, and at one start the longest first: {@link Mention#BY_START_LONGEST_FIRST}, a field's order. */
  static List<Mention> byStartLongestFirst(List<Mention> mentions) {
    long[] keys = keys(mentions.size());
    for (int i = 0; keys != null && i < keys.length; i++) {
      Mention m = mentions.get(i);
      keys = m.length() < 0 || m.length() > MAX_LENGTH || m.start() < 0 ? null
          : pack(keys, i, ((long) m.start() << 11) | (MAX_LENGTH - m.length()));
    }
    return keys == null ? sortedBy(mentions, Mention.BY_START_LONGEST_FIRST) : inOrderOf(keys, mentions);
  }

  /** By end, and at one end the earliest start (the longest) first. */
  static List<Mention> byEndLongestFirst(List<Mention> mentions) {
    long[] keys = keys(mentions.size());
    for (int i = 0; keys != null && i < keys.length; i++) {
      Mention m = mentions.get(i);
      keys = m.length() < 0 || m.length() > MAX_LENGTH || m.end() < 0 ? null
          : pack(keys, i, ((long) m.end() << 11) | (MAX_LENGTH - m.length()));
    }
    return keys == null ? sortedBy(mentions, BY_END_LONGEST_FIRST) : inOrderOf(keys, mentions);
  }

  private static final Comparator<Mention> BY_END_LONGEST_FIRST = (a, b) -> a.end() != b.end()
      ? Integer.compare(a.end(), b.end()) : Integer.compare(a.start(), b.start());

  static List<Mention> byStart(List<Mention> mentions) {
    long[] keys = keys(mentions.size());
    for (int i = 0; keys != null && i < keys.length; i++) {
      Mention m = mentions.get(i);
      keys = m.start() < 0 ? null : pack(keys, i, m.start());
    }
    return keys == null ? sortedBy(mentions, BY_START) : inOrderOf(keys, mentions);
  }

  private static long[] keys(int n) {
    return n < (1 << INDEX_BITS) ? new long[n] : null;
  }

  private static long[] pack(long[] keys, int i, long place) {
    keys[i] = (place << INDEX_BITS) | i;
    return keys;
  }

  private static List<Mention> inOrderOf(long[] keys, List<Mention> mentions) {
    java.util.Arrays.sort(keys);
    List<Mention> sorted = new ArrayList<>(keys.length);
    for (long key : keys) {
      sorted.add(mentions.get((int) (key & ((1 << INDEX_BITS) - 1))));
    }
    return sorted;
  }

  private static List<Mention> sortedBy(List<Mention> mentions, Comparator<Mention> order) {
    List<Mention> sorted = new ArrayList<>(mentions);
    sorted.sort(order);
    return sorted;
  }
}
