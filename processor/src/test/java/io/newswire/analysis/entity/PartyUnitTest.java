package io.newswire.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.analysis.text.VietnameseText;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PartyUnitTest {
  /** What the tagger asked of the display text after "Đảng" before it read the key instead. */
  private static final Pattern PARTY_UNIT = Pattern.compile("(?iu) (ủy|uỷ|bộ|viên|đoàn|uỷ viên)(?!\\p{L})");

  @Test
  void aPartyUnitIsAWholeWordAfterTheParty() {
    assertEquals(true, unitAfter("Đảng ủy xã"));
    assertEquals(true, unitAfter("ĐẢNG UỶ"));
    assertEquals(false, unitAfter("Đảng bộc lộ"), "a longer word is no unit");
    assertEquals(false, unitAfter("Đảng và Nhà nước"));
  }

  @Test
  void readingTheKeyAnswersAsTheCaseInsensitiveExpressionDid() {
    String[] pieces = {" ", "ủy", "Ủy", "ỦY", "uỷ", "UỶ", "bộ", "BỘ", "Bộ", "viên", "VIÊN", "đoàn", "Đoàn", "ĐOÀN",
        "x", "ng", ".", "-", "1", "a", "hòa", "\u0301"};
    Random random = new Random(20261130);
    for (int trial = 0; trial < 20_000; trial++) {
      StringBuilder text = new StringBuilder("Đảng");
      for (int k = random.nextInt(5); k >= 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String clean = VietnameseText.clean(text.toString());
      boolean expected = PARTY_UNIT.matcher(clean).region(4, clean.length()).lookingAt();
      assertEquals(expected, EntityTagger.partyUnitAt(VietnameseText.key(clean), 4), clean);
    }
  }

  private static boolean unitAfter(String text) {
    return EntityTagger.partyUnitAt(VietnameseText.keyOf(text), 4);
  }
}
