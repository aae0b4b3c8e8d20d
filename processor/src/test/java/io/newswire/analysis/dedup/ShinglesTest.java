package io.newswire.analysis.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.newswire.analysis.SeedCorpus;
import io.newswire.analysis.text.VietnameseText;
import java.util.Arrays;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ShinglesTest {
  private static final Pattern NOT_A_SYLLABLE = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** What the regex split gives, empty items dropped: the definition the one-pass split must keep. */
  private static String[] byRegex(String key) {
    return Arrays.stream(NOT_A_SYLLABLE.split(key)).filter(s -> !s.isEmpty()).toArray(String[]::new);
  }

  @Test
  void syllablesAreTheRunsOfLettersAndNumbers() {
    assertArrayEquals(new String[] {"đoàn", "kiểm", "tra", "số", "538", "của", "bộ", "chính", "trị"},
        Shingles.syllables("  đoàn kiểm tra số 538 (của) bộ chính-trị."));
    assertArrayEquals(new String[] {"năm", "2²", "ⅻ"}, Shingles.syllables("năm 2² ⅻ…"));
  }

  @Test
  void theOnePassSplitAgreesWithTheRegexOnTheSeedAndOnRandomText() {
    String seed = VietnameseText.keyOf(String.join("\n", SeedCorpus.input().paragraphs()));
    assertArrayEquals(byRegex(seed), Shingles.syllables(seed));
    String alphabet = "aăâđêôơưáàảãạ AZ09.,-/\n\u00A0\u0301²ⅻ😀𝐀";
    Random random = new Random(7);
    for (int trial = 0; trial < 2_000; trial++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      }
      assertArrayEquals(byRegex(text.toString()), Shingles.syllables(text.toString()), text::toString);
    }
  }
}
