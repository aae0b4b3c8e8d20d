package io.newswire.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RomanNumberTest {
  /** What the congress rules matched the number with before it was read by hand. */
  private static final Pattern BELOW_40 = Pattern.compile("x{0,3}(ix|iv|v?i{0,3})");

  @Test
  void congressNumbersBelowFortyAreRoman() {
    assertEquals(true, PatternRules.isRoman("xiv"));
    assertEquals(true, PatternRules.isRoman("XIII"));
    assertEquals(false, PatternRules.isRoman("xl"), "forty is past the Party's congresses");
    assertEquals(false, PatternRules.isRoman(""));
  }

  @Test
  void everyStringOfRomanLettersIsReadAsTheExpressionReadIt() {
    char[] letters = {'i', 'v', 'x', 'l', 'c', 'I', 'V', 'X'};
    int strings = 0;
    for (int length = 0; length <= 6; length++) {
      int[] digits = new int[length];
      for (boolean more = true; more; strings++) {
        StringBuilder s = new StringBuilder();
        for (int d : digits) {
          s.append(letters[d]);
        }
        String text = s.toString();
        boolean expected = !text.isEmpty() && BELOW_40.matcher(text.toLowerCase(Locale.ROOT)).matches();
        assertEquals(expected, PatternRules.isRoman(text), text);
        more = false;
        for (int k = 0; k < length && !more; k++) {
          digits[k] = (digits[k] + 1) % letters.length;
          more = digits[k] != 0;
        }
      }
    }
    assertEquals(299_593, strings); // 8^0 + 8^1 + … + 8^6
  }
}
