package io.newswire.analysis.dedup;

import java.util.Arrays;

/**
 * Syllable 3-shingles of a match key, as 64-bit hashes in text order, repeats included: MinHash keeps the minimum of
 * each bin, which neither the order nor a repeat changes, so sorting them into a set would be work for nothing.
 */
public final class Shingles {
  private Shingles() {}

  public static long[] of(String key) {
    int[] bounds = syllableBounds(key);
    int n = bounds.length / 2;
    if (n == 0) {
      return new long[0];
    }
    if (n < 3) {
      return new long[] {mix(joinedHash(key, bounds))};
    }
    int[] syllables = hashes(key, bounds);
    long[] out = new long[n - 2];
    for (int i = 0; i + 2 < n; i++) {
      long h = syllables[i];
      h = h * 0x9E3779B97F4A7C15L + syllables[i + 1];
      h = h * 0x9E3779B97F4A7C15L + syllables[i + 2];
      out[i] = mix(h);
    }
    return out;
  }

  /**
   * Where each run of letters and numbers ({@code \p{L}} and {@code \p{N}}, by code point) of {@code key} starts and
   * ends, as pairs, in order: the runs splitting on {@code [^\p{L}\p{N}]+} gives, without a string for each.
   */
  static int[] syllableBounds(String key) {
    int[] out = new int[key.length() / 2 + 2];
    int n = 0;
    int start = -1;
    for (int i = 0; i < key.length(); ) {
      int c = key.codePointAt(i);
      boolean in = inSyllable(c);
      if (in && start < 0) {
        start = i;
      } else if (!in && start >= 0) {
        if (n + 2 > out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        out[n++] = start;
        out[n++] = i;
        start = -1;
      }
      i += Character.charCount(c);
    }
    if (start >= 0) {
      if (n + 2 > out.length) {
        out = Arrays.copyOf(out, n + 2);
      }
      out[n++] = start;
      out[n++] = key.length();
    }
    return Arrays.copyOf(out, n);
  }

  /** {@link String#hashCode} of each syllable of {@code key}, in order. */
  static int[] syllableHashes(String key) {
    return hashes(key, syllableBounds(key));
  }

  private static int[] hashes(String key, int[] bounds) {
    int[] out = new int[bounds.length / 2];
    for (int s = 0; s < out.length; s++) {
      int hash = 0;
      for (int k = bounds[2 * s]; k < bounds[2 * s + 1]; k++) {
        hash = 31 * hash + key.charAt(k);
      }
      out[s] = hash;
    }
    return out;
  }

  /** {@link String#hashCode} of the syllables of {@code key} joined by single spaces: a short text's one shingle. */
  static int joinedHash(String key) {
    return joinedHash(key, syllableBounds(key));
  }

  private static int joinedHash(String key, int[] bounds) {
    int hash = 0;
    for (int s = 0; s < bounds.length / 2; s++) {
      if (s > 0) {
        hash = 31 * hash + ' ';
      }
      for (int k = bounds[2 * s]; k < bounds[2 * s + 1]; k++) {
        hash = 31 * hash + key.charAt(k);
      }
    }
    return hash;
  }

  private static boolean inSyllable(int c) {
    return c < IN_SYLLABLE.length ? IN_SYLLABLE[c] : isLetterOrNumber(c);
  }

  private static boolean isLetterOrNumber(int c) {
    return Character.isLetter(c) || isNumber(c);
  }

  /**
   * The answer for every char below U+3100 (Latin, Vietnamese, the punctuation blocks), asked once: outside Latin-1
   * each question goes through the JDK's Unicode tables, and it is asked of every char of every article.
   */
  private static final boolean[] IN_SYLLABLE = new boolean[0x3100];

  static {
    for (int c = 0; c < IN_SYLLABLE.length; c++) {
      IN_SYLLABLE[c] = isLetterOrNumber(c);
    }
  }

  private static boolean isNumber(int c) {
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  /** SplitMix64 finaliser: spreads Java's 32-bit string hashes over 64 bits. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
