package io.newswire.analysis.text;

import java.util.Map;

/**
 * Words by their shape, the {@link String#hashCode} and the length, each mapped to a number: the question "might
 * this word of the text be one of mine?" answered without reading its chars, which the field's {@link Words} has
 * already hashed. Two words of one shape share an entry, so a caller compares the chars of whatever it then finds
 * there (a whole cue, a whole name) before it believes a hit; most words of a text fail the first bit test.
 */
final class WordShapes {
  private final long[] shapes;
  private final int[] values;
  private final int mask;
  /** One bit per hash value modulo the filter's size (16 bits per entry, 4,096 at least). */
  private final long[] filter;
  private final int filterMask;

  /** @param values by shape ({@link #shape}); non-negative */
  WordShapes(Map<Long, Integer> values) {
    int size = Integer.highestOneBit(Math.max(4, values.size() * 3)) << 1;
    shapes = new long[size];
    this.values = new int[size];
    mask = size - 1;
    java.util.Arrays.fill(this.values, -1);
    int bits = Math.max(4096, Integer.highestOneBit(Math.max(1, values.size() * 16)) << 1);
    filter = new long[bits >>> 6];
    filterMask = bits - 1;
    values.forEach((shape, value) -> {
      int hash = (int) (shape >>> 32);
      int slot = mix(hash) & mask;
      while (this.values[slot] >= 0) {
        slot = (slot + 1) & mask;
      }
      shapes[slot] = shape;
      this.values[slot] = value;
      int bit = mix(hash) & filterMask;
      filter[bit >>> 6] |= 1L << bit;
    });
  }

  /** The shape of {@code word}. */
  static long shape(String word) {
    return shape(word.hashCode(), word.length());
  }

  private static long shape(int hash, int length) {
    return ((long) hash << 32) | length;
  }

  private static int mix(int hash) {
    return hash ^ (hash >>> 16);
  }

  /**
   * The words of {@code words} that may be in this table: bit {@code i} set for word i unless the filter turns it
   * away. One pass without branches, so that the caller branches only over the words left (see {@link #probe}): a
   * branch on the filter, word by word, is taken about as often as not over a text and mispredicted as often.
   */
  long[] candidates(Words words) {
    int n = words.count();
    long[] maybe = new long[(n + 63) >>> 6];
    for (int i = 0; i < n; i++) {
      int bit = mix(words.hash(i)) & filterMask;
      maybe[i >>> 6] |= ((filter[bit >>> 6] >>> bit) & 1L) << i;
    }
    return maybe;
  }

  /** The value of word {@code i}'s shape, or -1, without the filter's test. */
  int probe(Words words, int i) {
    int hash = words.hash(i);
    long shape = shape(hash, words.end(i) - words.start(i));
    for (int slot = mix(hash) & mask; values[slot] >= 0; slot = (slot + 1) & mask) {
      if (shapes[slot] == shape) {
        return values[slot];
      }
    }
    return -1;
  }

  /** The value of word {@code i}'s shape, or -1. */
  int get(Words words, int i) {
    int bit = mix(words.hash(i)) & filterMask;
    return (filter[bit >>> 6] & (1L << bit)) == 0 ? -1 : probe(words, i);
  }
}
