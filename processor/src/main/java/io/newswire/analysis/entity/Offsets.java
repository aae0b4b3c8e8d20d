package io.newswire.analysis.entity;

/** Searches over offsets sorted in ascending order. */
final class Offsets {
  private Offsets() {}

  /** The index of the first of {@code sorted} that is at least {@code offset}, or its length when none is. */
  static int firstAtLeast(int[] sorted, int offset) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
