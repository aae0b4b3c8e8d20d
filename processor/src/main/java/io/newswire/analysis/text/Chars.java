package io.newswire.analysis.text;

/**
 * {@link Character#isLetter(char)} and {@link Character#isUpperCase(char)} answered from a table for every char
 * below U+2000 — Latin, its extensions and the precomposed Vietnamese letters — and by {@link Character} above.
 * The rules ask these questions of nearly every char of every field, and the JDK's answer for a non-Latin-1 char
 * goes through its Unicode property tables each time. Also which chars a pattern's {@code \s} skips, for the code
 * that tests by hand what a pattern would.
 */
public final class Chars {
  private static final int TABLE = 0x2000;
  private static final byte LETTER = 1;
  private static final byte UPPER = 2;
  private static final byte[] FLAGS = new byte[TABLE];

  static {
    for (char c = 0; c < TABLE; c++) {
      FLAGS[c] = (byte) ((Character.isLetter(c) ? LETTER : 0) | (Character.isUpperCase(c) ? UPPER : 0));
    }
  }

  private Chars() {}

  public static boolean isLetter(char c) {
    return c < TABLE ? (FLAGS[c] & LETTER) != 0 : Character.isLetter(c);
  }

  public static boolean isUpperCase(char c) {
    return c < TABLE ? (FLAGS[c] & UPPER) != 0 : Character.isUpperCase(c);
  }

  /**
   * The first position at or after {@code from} that is not one of the spaces a pattern's {@code \s} matches (ASCII
   * whitespace: the rules' patterns are not compiled with UNICODE_CHARACTER_CLASS), for code that tests by hand what a
   * pattern would.
   */
  public static int afterPatternSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }
}
