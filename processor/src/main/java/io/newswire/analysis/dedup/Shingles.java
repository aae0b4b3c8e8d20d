package io.newswire.analysis.dedup;

import java.util.Arrays;

/** Syllable 3-shingles of a match key, as 64-bit hashes, sorted and unique. */
public final class Shingles {
  private static final java.util.regex.Pattern NOT_A_SYLLABLE = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

  private Shingles() {}

  public static long[] of(String key) {
    String[] syllables = NOT_A_SYLLABLE.split(key);
    int n = 0;
    for (String s : syllables) {
      if (!s.isEmpty()) {
        syllables[n++] = s;
      }
    }
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

  /** SplitMix64 finaliser: spreads Java's 32-bit string hashes over 64 bits. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
