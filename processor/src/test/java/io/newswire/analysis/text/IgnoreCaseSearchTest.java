package io.newswire.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class IgnoreCaseSearchTest {
  @Test
  void findsTheWordWhateverItsCase() {
    assertEquals(5, RelativeDates.indexOfIgnoreCase("Sáng NGÀY 12/3", "ngày", 0));
    assertEquals(-1, RelativeDates.indexOfIgnoreCase("Sáng ngà 12/3", "ngày", 0));
  }

  @Test
  void skippingCharsByTheirFirstLetterFindsWhatRegionMatchesAtEveryCharFinds() {
    String[] pieces = {"ngày", "NGÀY", "Ngày", "từ", "TỪ", "Từ", "ins", "İns", "ıns", "\u212Aể", "kể", "ſa", "sa", " ",
        "n", "t", "ư", "ß", "ǆ", "Ǆ", "1"};
    String[] words = {"ngày", "từ", "ins", "kể", "sa", "ǆa"};
    Random random = new Random(20261130);
    for (int trial = 0; trial < 20_000; trial++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(8); k > 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String s = text.toString();
      for (String word : words) {
        int from = random.nextInt(s.length() + 1);
        assertEquals(everywhere(s, word, from), RelativeDates.indexOfIgnoreCase(s, word, from), s + " / " + word);
      }
    }
  }

  private static int everywhere(String text, String word, int from) {
    for (int at = from; at + word.length() <= text.length(); at++) {
      if (text.regionMatches(true, at, word, 0, word.length())) {
        return at;
      }
    }
    return -1;
  }
}
