package io.newswire.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentence boundaries in clean Vietnamese news text. A boundary is {@code . ! ? …} (optionally followed by a
 * closing quote or bracket) then a space and an upper-case letter, digit or opening quote — except after the
 * abbreviations newsrooms use ({@code TP.}, {@code PGS.TS.}, {@code ThS.}) and inside numbers and document
 * codes ({@code 1.200}, {@code 01-CT/TW}), which never have a space after the dot.
 */
public final class Sentences {
  private static final Set<String> ABBREVIATIONS = Set.of("tp", "tt", "pgs", "gs", "ts", "ths", "bs", "ks", "ls",
      "th.s", "pgs.ts", "gs.ts", "tx", "q", "p", "ông", "bà", "mr", "mrs", "dr", "st", "no", "tr", "nxb", "đ/c", "v.v");

  /** A sentence as offsets into the text. */
  public record Span(int start, int end) {}

  private Sentences() {}

  public static List<Span> split(String text) {
    List<Span> spans = new ArrayList<>();
    int start = skipSpaces(text, 0);
    int n = text.length();
    Delimiters delimiters = new Delimiters(text);
    for (int i = delimiters.next(start); i < n; i = delimiters.next(i + 1)) {
      char c = text.charAt(i);
      if (c == '\n') {
        addSpan(spans, text, start, i);
        start = skipSpaces(text, i + 1);
        continue;
      }
      int end = i + 1;
      while (end < n && (text.charAt(end) == '.' || text.charAt(end) == '"' || text.charAt(end) == '\''
          || text.charAt(end) == ')' || text.charAt(end) == '”')) {
        end++;
      }
      if (end >= n || text.charAt(end) != ' ' || end + 1 >= n) {
        continue;
      }
      char next = text.charAt(end + 1);
      if (!Chars.isUpperCase(next) && !Character.isDigit(next) && next != '"' && next != '(' && next != '-') {
        continue;
      }
      if (c == '.' && isAbbreviation(text, start, i)) {
        continue;
      }
      addSpan(spans, text, start, end);
      start = end + 1;
      i = end;
    }
    addSpan(spans, text, start, n);
    return spans;
  }

  /**
   * The next line break or sentence-ending mark from a position on, found with {@link String#indexOf(int, int)} per
   * mark (which the JDK scans many chars at a time) instead of testing every char; positions only move forward, so
   * each mark's scan reads the text once.
   */
  private static final class Delimiters {
    private static final char[] MARKS = {'\n', '.', '!', '?', '…'};
    private final String text;
    private final int[] next = new int[MARKS.length];

    Delimiters(String text) {
      this.text = text;
      java.util.Arrays.fill(next, -1);
    }

    /** The first position at or after {@code from} that holds a mark, or the text's length. */
    int next(int from) {
      int first = text.length();
      for (int k = 0; k < MARKS.length; k++) {
        if (next[k] < from && next[k] != text.length()) {
          int at = text.indexOf(MARKS[k], from);
          next[k] = at < 0 ? text.length() : at;
        }
        first = Math.min(first, next[k]);
      }
      return first;
    }
  }

  private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
    int wordStart = dot;
    while (wordStart > sentenceStart && !Character.isWhitespace(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    String word = text.substring(wordStart, dot).toLowerCase(Locale.ROOT);
    if (word.isEmpty()) {
      return false;
    }
    if (ABBREVIATIONS.contains(word)) {
      return true;
    }
    // a single capital letter ("Nguyễn V. A.") or a chain of abbreviations ("PGS.TS")
    return (word.length() == 1 && Chars.isLetter(word.charAt(0))) || ABBREVIATIONS.contains(word.replace(".", ""));
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static void addSpan(List<Span> spans, String text, int start, int end) {
    int e = end;
    while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > start) {
      spans.add(new Span(start, e));
    }
  }
}
