package io.newswire.analysis.dedup;

import java.util.Arrays;

/**
 * Syllable 3-shingles of a match key, as 64-bit hashes in text order, repeats included: MinHash keeps the minimum of
 * each bin, which neither the order nor a repeat changes, so sorting them into a set would be work for nothing.
 */
public final class Shingles {
  private Shingles() {}

  public static long[] of(String key) {
    int[] syllables = syllableHashes(key);
    int n = syllables.length;
    if (n == 0) {
      return new long[0];
    }
    if (n < 3) {
      return new long[] {mix(joinedHash(key))};
    }
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
   * {@link String#hashCode} of each run of letters and numbers ({@code \p{L}} and {@code \p{N}}, by code point) of
   * {@code key}, in order: the runs splitting on {@code [^\p{L}\p{N}]+} gives, hashed as they are read, without a
   * string for each.
   */
  static int[] syllableHashes(String key) {
    int[] out = new int[key.length() / 4 + 1];
    int n = 0;
    boolean inRun = false;
    int hash = 0;
    for (int i = 0; i < key.length(); ) {
      int c = key.codePointAt(i);
      int chars = Character.charCount(c);
      if (inSyllable(c)) {
        if (!inRun) {
          inRun = true;
          hash = 0;
        }
        for (int k = i; k < i + chars; k++) {
          hash = 31 * hash + key.charAt(k);
        }
      } else if (inRun) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = hash;
        inRun = false;
      }
      i += chars;
    }
    if (inRun) {
      if (n == out.length) {
        out = Arrays.copyOf(out, n + 1);
      }
      out[n++] = hash;
    }
    return Arrays.copyOf(out, n);
  }
  /** {@link String#hashCode} of the syllables of {@code key} joined by single spaces: a short text's one shingle. */
  static int joinedHash(String key) {
    int hash = 0;
    boolean inRun = false;
    boolean any = false;
    for (int i = 0; i < key.length(); ) {
      int c = key.codePointAt(i);
      int chars = Character.charCount(c);
      if (inSyllable(c)) {
        if (!inRun && any) {
          hash = 31 * hash + ' ';
        }
        inRun = true;
        any = true;
        for (int k = i; k < i + chars; k++) {
          hash = 31 * hash + key.charAt(k);
        }
      } else {
        inRun = false;
      }
      i += chars;
    }
    return hash;
  }

  private static boolean inSyllable(int c) {
    return Character.isLetter(c) || isNumber(c);
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
