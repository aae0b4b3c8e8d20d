package io.newswire.analysis.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * MinHash signatures with locality-sensitive hashing in bands. With {@code bands × rows} permutations, two texts
 * of Jaccard similarity s become candidates with probability 1 − (1 − s^rows)^bands; the defaults (128 = 32 × 4)
 * put the 50 % point near s = 0.42, so every near-duplicate is found and candidates are then checked on the
 * signature estimate (standard error ≈ 1/√128 ≈ 0.09) and on the stories' facts.
 */
public final class MinHash {
  private final int bands;
  private final int rows;
  private final long[] a;
  private final long[] b;

  public MinHash(int bands, int rows, long seed) {
    this.bands = bands;
    this.rows = rows;
    int perms = bands * rows;
    SplittableRandom random = new SplittableRandom(seed);
    a = new long[perms];
    b = new long[perms];
    for (int i = 0; i < perms; i++) {
      a[i] = random.nextLong() | 1L;
      b[i] = random.nextLong();
    }
  }

  public static MinHash defaults() {
    return new MinHash(32, 4, 0x5EEDL);
  }

  public long[] signature(long[] shingles) {
    long[] sig = new long[a.length];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
    for (long x : shingles) {
      for (int i = 0; i < a.length; i++) {
        long h = Shingles.mix(x * a[i] + b[i]);
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  /** One key per band: texts that share any band key are candidates. */
  public List<String> bandKeys(long[] signature) {
    List<String> keys = new ArrayList<>(bands);
    for (int band = 0; band < bands; band++) {
      long h = band;
      for (int r = 0; r < rows; r++) {
        h = Shingles.mix(h * 31 + signature[band * rows + r]);
      }
      keys.add(band + ":" + Long.toHexString(h));
    }
    return keys;
  }

  /** Estimated Jaccard similarity: the share of equal signature positions. */
  public static double similarity(long[] x, long[] y) {
    if (x.length == 0 || x.length != y.length) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < x.length; i++) {
      if (x[i] == y[i]) {
        same++;
      }
    }
    return (double) same / x.length;
  }
}
