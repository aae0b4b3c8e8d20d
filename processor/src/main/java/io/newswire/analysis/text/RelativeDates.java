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

  private static final Pattern DAY_MONTH = Pattern.compile(
      "(?iu)(?:(sáng|trưa|chiều|tối|đêm)\\s+(?:nay\\s+)?)?(?:(?:ngày|hôm)\\s+)?(\\d{1,2})\\s*[/-]\\s*(\\d{1,2})(?:\\s*[/-]\\s*(\\d{4}))?(?![\\d/])");
  private static final Pattern RELATIVE = Pattern.compile(
      "(?iu)(?:(sáng|trưa|chiều|tối|đêm)\\s+)?(hôm nay|hôm qua|ngày mai|nay)(?!\\p{L})");

  private RelativeDates() {}

  /** The first date in {@code text}, if any. */
  public static Optional<Resolved> first(String text, Instant publishedAt) {
    if (publishedAt == null || text == null) {
      return Optional.empty();
    }
    LocalDate published = publishedAt.atZone(NEWSROOM).toLocalDate();
    Matcher m = DAY_MONTH.matcher(text);
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
    Matcher r = RELATIVE.matcher(text);
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
    return i < text.length() && Character.isUpperCase(text.charAt(i)) && text.charAt(i - 1) == '/'
        || i < text.length() && Character.isUpperCase(text.charAt(i)) && text.charAt(i - 1) == '-';
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
