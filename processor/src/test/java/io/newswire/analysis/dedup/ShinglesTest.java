package io.newswire.analysis.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

  private static int[] hashes(String... syllables) {
    return Arrays.stream(syllables).mapToInt(String::hashCode).toArray();
  }

  @Test
  void syllablesAreTheRunsOfLettersAndNumbers() {
    assertArrayEquals(hashes("đoàn", "kiểm", "tra", "số", "538", "của", "bộ", "chính", "trị"),
        Shingles.syllableHashes("  đoàn kiểm tra số 538 (của) bộ chính-trị."));
    assertArrayEquals(hashes("năm", "2²", "ⅻ"), Shingles.syllableHashes("năm 2² ⅻ…"));
    assertEquals("năm 2² ⅻ".hashCode(), Shingles.joinedHash("năm 2² ⅻ…"));
  }

  @Test
  void theOnePassSplitAgreesWithTheRegexOnTheSeedAndOnRandomText() {
    String seed = VietnameseText.keyOf(String.join("\n", SeedCorpus.input().paragraphs()));
    assertArrayEquals(hashes(byRegex(seed)), Shingles.syllableHashes(seed));
    String alphabet = "aăâđêôơưáàảãạ AZ09.,-/\n\u00A0\u0301²ⅻ〇中ㄱ\u3000😀𝐀"; // below, across and above the char table
    Random random = new Random(7);
    for (int trial = 0; trial < 2_000; trial++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      }
      String[] syllables = byRegex(text.toString());
      assertArrayEquals(hashes(syllables), Shingles.syllableHashes(text.toString()), text::toString);
      assertEquals(String.join(" ", syllables).hashCode(), Shingles.joinedHash(text.toString()), text::toString);
    }
  }

  @Test
  void theSignatureIsTheSameWhateverTheOrderOfTheShinglesAndTheirRepeats() {
    MinHash minHash = MinHash.defaults();
    String seed = VietnameseText.keyOf(String.join("\n", SeedCorpus.input().paragraphs()));
    long[] shingles = Shingles.of(seed + "\n" + seed); // each of the seed's shingles twice
    long[] set = Arrays.stream(shingles).sorted().distinct().toArray();
    long[] reversed = new long[shingles.length];
    for (int i = 0; i < shingles.length; i++) {
      reversed[i] = shingles[shingles.length - 1 - i];
    }
    assertArrayEquals(minHash.signature(set), minHash.signature(shingles));
    assertArrayEquals(minHash.signature(set), minHash.signature(reversed));
  }
}
