package io.newswire.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NameRunTest {
  /** What the person rules matched with before they read runs by hand: the run, then cut after max syllables. */
  private static final Pattern RUN = Pattern.compile("\\p{Lu}\\p{Ll}*(?: \\p{Lu}\\p{Ll}*){1,4}");

  @Test
  void aRunIsTwoToFiveCapitalisedSyllablesCutAtTheMost() {
    String text = "đồng chí Y Thanh Hà Niê Kđăm Ksor dự";

    assertEquals(text.indexOf(" Ksor"), PersonRules.runEnd(text, 9, 5));
    assertEquals(text.indexOf(" Kđăm"), PersonRules.runEnd(text, 9, 4));
    assertEquals(-1, PersonRules.runEnd("ông Nam dự", 4, 5), "one syllable is no run");
    assertEquals(-1, PersonRules.runEnd("ông nam Hải", 4, 5), "a run starts with a capital");
  }

  @Test
  void readingByHandEndsWhereTheExpressionDid() {
    String[] pieces = {"A", "Đ", "Nguyễn", "ă", "b", "văn", " ", " ", "  ", "1", "-", ".", "Ỹ", "ỹ", "\u0301",
        "\uD835\uDC00", "\uD835\uDC1A", "\uD835", "ª", "ʰ", "Ⓐ"};
    Random random = new Random(20261130);
    for (int trial = 0; trial < 20_000; trial++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(14); k > 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String s = text.toString();
      for (int at = 0; at <= s.length(); at++) {
        for (int max = 4; max <= 5; max++) {
          assertEquals(expected(s, at, max), PersonRules.runEnd(s, at, max), "\"" + s + "\" at " + at + ", max " + max);
        }
      }
    }
  }

  private static int expected(String text, int at, int max) {
    Matcher m = RUN.matcher(text).region(at, text.length());
    if (!m.lookingAt()) {
      return -1;
    }
    String[] words = m.group().split(" ");
    return words.length > max ? at + String.join(" ", java.util.Arrays.copyOf(words, max)).length() : m.end();
  }
}
