package io.newswire.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OverlapResolutionTest {
  private static final EntityKind[] KINDS = EntityKind.values();

  @Test
  void theLongerMentionWinsUnlessTheShorterNestsInIt() {
    Mention title = mention(EntityKind.POSITION, 0, 30);
    Mention organ = mention(EntityKind.ORGANIZATION, 10, 30);
    Mention person = mention(EntityKind.PERSON, 25, 40);

    List<Mention> kept = OverlapResolution.resolve(List.of(organ, person, title));

    assertEquals(List.of(title, organ), kept);
  }

  @Test
  void addingToAResolvedListGivesWhatResolvingEverythingAgainGives() {
    Random random = new Random(20261129);
    for (int trial = 0; trial < 5_000; trial++) {
      List<Mention> kept = OverlapResolution.resolve(randomMentions(random, random.nextInt(30)));
      List<Mention> added = randomMentions(random, random.nextInt(6));
      List<Mention> everything = new ArrayList<>(kept);
      everything.addAll(added);
      List<Mention> resolvedAgain = OverlapResolution.resolve(everything);

      assertEquals(resolvedAgain, OverlapResolution.add(kept, added), "trial " + trial);
      // both ways of adding, whichever the sizes choose
      assertEquals(resolvedAgain, OverlapResolution.addFew(kept, added), "pairwise, trial " + trial);
      assertEquals(resolvedAgain, OverlapResolution.addIndexed(kept, added), "indexed, trial " + trial);
    }
  }

  @Test
  void manyAddedMentionsTakeTheIndexedWayToTheSameResult() {
    Random random = new Random(20261130);
    for (int trial = 0; trial < 200; trial++) {
      List<Mention> kept = OverlapResolution.resolve(randomMentions(random, 100 + random.nextInt(100)));
      List<Mention> added = randomMentions(random, 30 + random.nextInt(30));
      List<Mention> everything = new ArrayList<>(kept);
      everything.addAll(added);

      assertEquals(OverlapResolution.resolve(everything), OverlapResolution.add(kept, added),
          "trial " + trial);
    }
  }

  private static List<Mention> randomMentions(Random random, int n) {
    List<Mention> mentions = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int start = random.nextInt(120);
      mentions.add(mention(KINDS[random.nextInt(KINDS.length)], start, start + 1 + random.nextInt(25)));
    }
    return mentions;
  }

  private static Mention mention(EntityKind kind, int start, int end) {
    String level = kind == EntityKind.ORGANIZATION && start % 2 == 0 ? "LOCAL" : null;
    String canonical = kind == EntityKind.ORGANIZATION && start % 3 == 0 ? "Đảng Cộng sản Việt Nam" : kind + "@" + start;
    return new Mention(kind, "x".repeat(end - start), canonical, "body", start, end, -1, null, level);
  }
}
