package io.newswire.analysis.text;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as news leads write them — {@code Chiều 11/10}, {@code Sáng 14/3}, {@code Ngày 8/8/2026},
 * {@code hôm nay}, {@code hôm qua} — resolved against the publication date in newsroom time. A day/month
 * without a year takes the publication year, or the year before when that would put it more than a week
 * after publication (a story in January about 28/12).
 */
public final class RelativeDates {
  public static final ZoneId NEWSROOM = ZoneId.of("Asia/Ho_Chi_Minh");

  public enum PartOfDay { MORNING, NOON, AFTERNOON, EVENING, NIGHT }

  /** A resolved date, the part of day when the text gave one, and where it was found. */
  public record Resolved(LocalDate date, PartOfDay partOfDay, int start, int end) {}

  /**
   * Ahead of each date pattern: the chars one of its matches can start with (a time word's first letter, or a digit),
   * so that {@code find()} turns every other position away with one test instead of trying each alternative there.
   */
  private static final String STARTS_WITH = "(?=[stcđnh\\d])";
  private static final Pattern DAY_MONTH = Pattern.compile(
      "(?iu)" + STARTS_WITH + "(?:(sáng|trưa|chiều|tối|đêm)\\s+(?:nay\\s+)?)?(?:(?:ngày|hôm)\\s+)?(\\d{1,2})\\s*[/-]\\s*(\\d{1,2})(?:\\s*[/-]\\s*(\\d{4}))?(?![\\d/])");
  private static final Pattern RELATIVE = Pattern.compile(
      "(?iu)(?:(sáng|trưa|chiều|tối|đêm)\\s+)?(hôm nay|hôm qua|ngày mai|nay)(?!\\p{L})");

  /** "từ 24 đến 26/4", "các ngày 9,10/6/2020", "từ ngày 01-03/8/2022": the first day of a range. */
  private static final Pattern RANGE = Pattern.compile("(?iu)" + STARTS_WITH + "(?:(sáng|trưa|chiều|tối|đêm)\\s+)?(?:(?:các\\s+)?ngày\\s+|từ\\s+(?:ngày\\s+)?)"
      + "(\\d{1,2})\\s*(?:-|,|đến|và)\\s*(?:ngày\\s+)?\\d{1,2}\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{4}))?(?![\\d/])");
  /** "Chiều 3.3", "ngày 16.6.2018": a dot separates day and month only after a time word. */
  private static final Pattern DOTTED = Pattern.compile(
      "(?iu)" + STARTS_WITH + "(sáng|trưa|chiều|tối|đêm|ngày|hôm)\\s+(?:nay\\s+)?(\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{4}))?(?![\\d.])");
  /** Just before a date: a document reference, a period, a deadline — the date is not the event's. */
  private static final Pattern NOT_THE_EVENT = Pattern.compile("(?:[Ss]ố\\s*[\\p{L}\\d/.-]+|[\\p{Lu}]{1,6}/[\\p{Lu}\\d-]+"
      + "|\\d+\\s*-\\s*[\\p{Lu}]{1,6}\\s*/\\s*[\\p{Lu}]+|[Tt]hời kỳ(?: thanh tra)?|[Gg]iai đoạn|[Kk]ể từ|[Tt]ừ|trước|đến|hạn|hết|thông qua|ban hành|ký|phê duyệt)"
      + "\\s*,?\\s*$");

  /** Compiled once: {@code String.matches} would compile it for every date found. */
  private static final Pattern TIME_WORD_FIRST = Pattern.compile("(?:các\\s+)?(?:ngày|hôm|từ)");

  private RelativeDates() {}

  /**
   * The date of the event a lead reports: the first date at the start of the sentence or after a time word
   * ("Chiều 3.3", "ngày 16-6", "Trong ba ngày từ 24 đến 26/4"), skipping the dates of documents ("Quyết định
   * số 721 ngày 29/3/2018") and of periods ("Thời kỳ thanh tra từ ngày 1/1/2016").
   */
  public static Optional<Resolved> eventDate(String text, Instant publishedAt) {
    if (publishedAt == null || text == null) {
      return Optional.empty();
    }
    LocalDate published = publishedAt.atZone(NEWSROOM).toLocalDate();
    Resolved best = null;
    // an event's date opens its clause: the first 200 characters of a sentence are enough, and cheap
    String head = text.length() > 200 ? text.substring(0, 200) : text;
    // every date has a digit, a sign and a digit, and in clean (single-spaced) text no match starts more than 28
    // chars before the first such digit ("chiều các ngày 24 đến ngày 26/4"): the patterns, which have no literal to
    // skip ahead by, need not be tried from each char before that, nor at all where there is no such shape
    int day = firstDigitSignDigit(head, "/.-");
    if (day < 0) {
      return Optional.empty();
    }
    int from = day - 40;
    for (Pattern p : new Pattern[] {RANGE, DOTTED, DAY_MONTH}) {
      if (!hasItsShape(p, head)) {
        continue;
      }
      Matcher m = Steps.matcher(p, head).region(Math.max(0, from), head.length()).useTransparentBounds(true)
          .useAnchoringBounds(false);
      while (m.find()) {
        int dayGroup = 2;
        boolean timeWord = m.group(1) != null || TIME_WORD_FIRST.matcher(m.group().toLowerCase(Locale.ROOT)).lookingAt();
        String before = head.substring(Math.max(0, m.start() - 40), m.start());
        if ((!timeWord && m.start() > 15) || Steps.matcher(NOT_THE_EVENT, before).find() || isDocumentNumber(head, m.start(dayGroup))) {
          continue;
        }
        LocalDate date = resolve(m.group(dayGroup), m.group(3), m.group(4), published);
        if (date != null && date.isAfter(published)) {
          continue; // a date still to come is the plan's, not the reported event's
        }
        if (date != null && (best == null || m.start() < best.start())) {
          best = new Resolved(date, part(m.group(1)), m.start(), m.end());
        }
        break;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Whether {@code text} holds what {@code p} cannot match without: a day, '/' or '-' and a month for
   * {@link #DAY_MONTH}; a day, '.' and a month for {@link #DOTTED}; "ngày" or "từ" before a number for
   * {@link #RANGE}. Most sentences hold none, and a pattern with no literal to skip ahead by costs a hundred
   * nanoseconds at every char it is tried from.
   */
  private static boolean hasItsShape(Pattern p, String text) {
    if (p == DOTTED) {
      return firstDigitSignDigit(text, ".") >= 0;
    }
    if (p == RANGE) {
      return wordBeforeNumber(text, "ngày") || wordBeforeNumber(text, "từ");
    }
    return firstDigitSignDigit(text, "/-") >= 0;
  }

  /**
   * Where {@code text} first holds a digit, one of {@code signs} and another digit (spaces allowed around the sign),
   * or -1.
   */
  private static int firstDigitSignDigit(String text, String signs) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      if (!isAsciiDigit(text.charAt(i))) {
        continue;
      }
      int j = Chars.afterPatternSpaces(text, i + 1);
      if (j < n && signs.indexOf(text.charAt(j)) >= 0) {
        int k = Chars.afterPatternSpaces(text, j + 1);
        if (k < n && isAsciiDigit(text.charAt(k))) {
          return i;
        }
      }
    }
    return -1;
  }

  /** Whether {@code word} (lower case; matched in any case, as the patterns do) stands before spaces and a digit. */
  private static boolean wordBeforeNumber(String text, String word) {
    for (int at = indexOfIgnoreCase(text, word, 0); at >= 0; at = indexOfIgnoreCase(text, word, at + 1)) {
      int k = at + word.length();
      int digit = Chars.afterPatternSpaces(text, k);
      if (digit > k && digit < text.length() && isAsciiDigit(text.charAt(digit))) {
        return true;
      }
    }
    return false;
  }

  static int indexOfIgnoreCase(String text, String word, int from) {
    // a char that folds otherwise than the word's first cannot start it: regionMatches only where one does. An ASCII
    // char folds to it only as itself or its upper case; the others ask the Unicode tables, which are slow to ask,
    // and need not when no char beyond ASCII folds to an ASCII first ("ngày", "từ")
    char first = fold(word.charAt(0));
    char upperFirst = Character.toUpperCase(first);
    boolean beyondAscii = first >= 0x80 || FOLDS_FROM_BEYOND_ASCII[first];
    for (int at = from; at + word.length() <= text.length(); at++) {
      char c = text.charAt(at);
      boolean startsLikeWord = c < 0x80 ? c == first || c == upperFirst : beyondAscii && fold(c) == first;
      if (startsLikeWord && text.regionMatches(true, at, word, 0, word.length())) {
        return at;
      }
    }
    return -1;
  }

  /** The ASCII chars that some char beyond ASCII folds to ("i" from "İ" and "ı", "k" from the Kelvin sign …). */
  private static final boolean[] FOLDS_FROM_BEYOND_ASCII = new boolean[0x80];

  static {
    for (char c = 0x80; c != 0; c++) { // to U+FFFF, where the char wraps to 0
      char folded = fold(c);
      if (folded < 0x80) {
        FOLDS_FROM_BEYOND_ASCII[folded] = true;
      }
    }
  }

  /** The char as case-insensitive comparison sees it: lower case of its upper case. */
  private static char fold(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static LocalDate resolve(String dayText, String monthText, String yearText, LocalDate published) {
    try {
      int day = Integer.parseInt(dayText);
      int month = Integer.parseInt(monthText);
      if (yearText != null) {
        return LocalDate.of(Integer.parseInt(yearText), month, day);
      }
      LocalDate date = LocalDate.of(published.getYear(), month, day);
      return date.isAfter(published.plusDays(7)) ? date.minusYears(1) : date;
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /** The first date in {@code text}, if any. */
  public static Optional<Resolved> first(String text, Instant publishedAt) {
    if (publishedAt == null || text == null) {
      return Optional.empty();
    }
    LocalDate published = publishedAt.atZone(NEWSROOM).toLocalDate();
    Matcher m = Steps.matcher(DAY_MONTH, text);
    while (m.find()) {
      if (isDocumentNumber(text, m.start(2))) {
        continue;
      }
      try {
        int day = Integer.parseInt(m.group(2));
        int month = Integer.parseInt(m.group(3));
        LocalDate date;
        if (m.group(4) != null) {
          date = LocalDate.of(Integer.parseInt(m.group(4)), month, day);
        } else {
          date = LocalDate.of(published.getYear(), month, day);
          if (date.isAfter(published.plusDays(7))) {
            date = date.minusYears(1);
          }
        }
        return Optional.of(new Resolved(date, part(m.group(1)), m.start(), m.end()));
      } catch (DateTimeException | NumberFormatException e) {
        // 67/67 đảng bộ, 30/2: not a date
      }
    }
    Matcher r = Steps.matcher(RELATIVE, text);
    if (r.find()) {
      String word = r.group(2).toLowerCase(Locale.ROOT);
      LocalDate date = switch (word) {
        case "hôm qua" -> published.minusDays(1);
        case "ngày mai" -> published.plusDays(1);
        default -> published;
      };
      if (!word.equals("nay") || r.group(1) != null) {
        return Optional.of(new Resolved(date, part(r.group(1)), r.start(), r.end()));
      }
    }
    return Optional.empty();
  }

  /** {@code 30/2020/NĐ-CP}, {@code 01-CT/TW}: the digits belong to a document code, not a date. */
  private static boolean isDocumentNumber(String text, int at) {
    int i = at;
    while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '/' || text.charAt(i) == '-')) {
      i++;
    }
    return i < text.length() && Chars.isUpperCase(text.charAt(i)) && text.charAt(i - 1) == '/'
        || i < text.length() && Chars.isUpperCase(text.charAt(i)) && text.charAt(i - 1) == '-';
  }

  private static PartOfDay part(String word) {
    if (word == null) {
      return null;
    }
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "sáng" -> PartOfDay.MORNING;
      case "trưa" -> PartOfDay.NOON;
      case "chiều" -> PartOfDay.AFTERNOON;
      case "tối" -> PartOfDay.EVENING;
      default -> PartOfDay.NIGHT;
    };
  }
}
