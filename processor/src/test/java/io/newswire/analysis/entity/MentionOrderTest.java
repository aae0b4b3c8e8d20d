package io.newswire.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MentionOrderTest {
  @Test
  void packedKeysSortAsAStableSortByTheComparatorDoes() {
    Random random = new Random(20261130);
    for (int trial = 0; trial < 2_000; trial++) {
      List<Mention> mentions = new ArrayList<>();
      for (int i = random.nextInt(60); i > 0; i--) {
        int start = random.nextInt(80);
        // now and then longer than the packed key holds: the comparator's way must give the same
        boolean tooLong = trial % 10 == 0 && random.nextInt(20) == 0;
        int length = tooLong ? 2_048 + random.nextInt(100_000) : 1 + random.nextInt(12);
        mentions.add(new Mention(EntityKind.ORGANIZATION, "", "m" + i, "body", start, start + length, -1, null, null));
      }

      assertSameOrder(stableSort(mentions, MentionOrder.LONGEST_FIRST), MentionOrder.longestFirst(mentions));
      assertSameOrder(stableSort(mentions, Comparator.comparingInt(Mention::start)), MentionOrder.byStart(mentions));
      assertSameOrder(stableSort(mentions, Mention.BY_START_LONGEST_FIRST), MentionOrder.byStartLongestFirst(mentions));
      assertSameOrder(stableSort(mentions, Comparator.comparingInt(Mention::end).thenComparingInt(Mention::start)),
          MentionOrder.byEndLongestFirst(mentions));
    }
  }

  private static List<Mention> stableSort(List<Mention> mentions, Comparator<Mention> order) {
    List<Mention> sorted = new ArrayList<>(mentions);
    sorted.sort(order);
    return sorted;
  }

  /** The same mentions, the same objects, in the same order: equal mentions must keep their order too. */
  private static void assertSameOrder(List<Mention> expected, List<Mention> actual) {
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      assertSame(expected.get(i), actual.get(i), "at " + i);
    }
  }
}
