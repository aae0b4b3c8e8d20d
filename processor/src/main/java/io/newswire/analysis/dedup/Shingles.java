package io.newswire.analysis.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Syllable 3-shingles of a match key, as 64-bit hashes, sorted and unique. */
public final class Shingles {
  private Shingles() {}

  public static long[] of(String key) {
    String[] syllables = syllables(key);
    int n = syllables.length;
    if (n == 0) {
      return new long[0];
    }
    if (n < 3) {
      return new long[] {mix(String.join(" ", Arrays.copyOf(syllables, n)).hashCode())};
    }
    long[] out = new long[n - 2];
    for (int i = 0; i + 2 < n; i++) {
      long h = syllables[i].hashCode();
      h = h * 0x9E3779B97F4A7C15L + syllables[i + 1].hashCode();
      h = h * 0x9E3779B97F4A7C15L + syllables[i + 2].hashCode();
      out[i] = mix(h);
    }
    Arrays.sort(out);
    int unique = 0;
    for (int i = 0; i < out.length; i++) {
      if (i == 0 || out[i] != out[i - 1]) {
        out[unique++] = out[i];
      }
    }
    return Arrays.copyOf(out, unique);
  }

  /**
   * The runs of letters and numbers ({@code \p{L}} and {@code \p{N}}, by code point) of {@code key}, in order: what
   * splitting on {@code [^\p{L}\p{N}]+} gives without its empty first item, in one pass and no regex.
   */
  static String[] syllables(String key) {
    List<String> out = new ArrayList<>(key.length() / 4 + 1);
    int start = -1;
    for (int i = 0; i < key.length(); ) {
      int c = key.codePointAt(i);
      boolean inWord = Character.isLetter(c) || isNumber(c);
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        out.add(key.substring(start, i));
        start = -1;
      }
      i += Character.charCount(c);
    }
    if (start >= 0) {
      out.add(key.substring(start));
    }
    return out.toArray(new String[0]);
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
