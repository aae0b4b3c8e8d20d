package io.newswire.analysis.text;

import java.util.Map;

/**
 * A fixed map from words (in match-key form) to values, asked about the words of a {@link Words} without making a
 * string of each: the word's hash is already known, and a miss — most words of any text — costs one array probe.
 */
public final class WordTable<V> {
  private final char[][] words;
  private final int[] hashes;
  private final Object[] values;
  private final int mask;
  /**
   * One bit per hash value modulo 16 bits per word of the table (4,096 at least), set for the table's words: nearly
   * every word of a text is in no table, and one bit test turns it away before the probe.
   */
  private final long[] filter;
  private final int filterMask;

  public WordTable(Map<String, V> entries) {
    int size = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1;
    words = new char[size][];
    hashes = new int[size];
    values = new Object[size];
    mask = size - 1;
    int bits = Math.max(4096, Integer.highestOneBit(Math.max(1, entries.size() * 16)) << 1);
    filter = new long[bits >>> 6];
    filterMask = bits - 1;
    entries.forEach((word, value) -> {
      int slot = slot(word.hashCode());
      while (words[slot] != null) {
        slot = (slot + 1) & mask;
      }
      words[slot] = word.toCharArray();
      hashes[slot] = word.hashCode();
      values[slot] = value;
      int bit = mix(word.hashCode()) & filterMask;
      filter[bit >>> 6] |= 1L << bit;
    });
  }

  private static int mix(int hash) {
    return hash ^ (hash >>> 16);
  }

  private int slot(int hash) {
    return mix(hash) & mask;
  }

  /** The value of word {@code i} of {@code text}, or null. */
  @SuppressWarnings("unchecked")
  public V get(Words text, int i) {
    int hash = text.hash(i);
    int bit = mix(hash) & filterMask;
    if ((filter[bit >>> 6] & (1L << bit)) == 0) {
      return null;
    }
    int start = text.start(i);
    int length = text.end(i) - start;
    for (int slot = slot(hash); words[slot] != null; slot = (slot + 1) & mask) {
      char[] word = words[slot];
      if (hashes[slot] == hash && word.length == length && text.keyHas(word, start)) {
        return (V) values[slot];
      }
    }
    return null;
  }
}
