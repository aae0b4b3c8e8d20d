package io.newswire.analysis.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Which indexed stories an article is compared with: those sharing the most LSH bands with it. */
class DedupCandidatesRankingTest {
  @Test
  void theStoriesSharingMostBandsComeFirst() {
    Map<String, Map<String, Long>> buckets = new LinkedHashMap<>();
    buckets.put("0:a1", Map.of("s-river", 1L, "s-bridge", 2L));
    buckets.put("1:b2", Map.of("s-river", 1L));
    buckets.put("2:c3", Map.of("s-river", 1L, "s-bridge", 2L, "s-port", 3L));
    assertEquals(List.of("s-river", "s-bridge", "s-port"), DedupIndex.candidates(buckets));
  }

  @Test
  void atMostEightAreKeptAndTiesKeepTheOrderAStableSortWouldGive() {
    Random random = new Random(11);
    for (int round = 0; round < 2_000; round++) {
      Map<String, Map<String, Long>> buckets = new LinkedHashMap<>();
      int pool = 1 + random.nextInt(200);
      for (int band = random.nextInt(33); band > 0; band--) {
        Map<String, Long> members = new HashMap<>();
        for (int m = random.nextInt(65); m > 0; m--) {
          members.put("s-" + random.nextInt(pool), (long) m);
        }
        buckets.put(band + ":" + Integer.toHexString(random.nextInt()), members);
      }
      assertEquals(sortAllThenCut(buckets), DedupIndex.candidates(buckets), "round " + round);
    }
  }

  /** The obvious way: count, sort every story by its count (stable), keep the first eight. */
  private static List<String> sortAllThenCut(Map<String, Map<String, Long>> buckets) {
    Map<String, int[]> shared = new HashMap<>();
    buckets.values().forEach(members -> members.keySet().forEach(id -> shared.computeIfAbsent(id, k -> new int[1])[0]++));
    List<Map.Entry<String, int[]>> ranked = new ArrayList<>(shared.entrySet());
    ranked.sort((x, y) -> Integer.compare(y.getValue()[0], x.getValue()[0]));
    return ranked.stream().limit(8).map(Map.Entry::getKey).toList();
  }
}
