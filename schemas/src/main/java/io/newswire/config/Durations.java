package io.newswire.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The one way newswire reads a duration, in settings and in the source catalogue: 250ms, 60s, 5m, 6h, 30d or ISO-8601. */
public final class Durations {
  private static final Pattern SHORT = Pattern.compile("(\\d+)(ms|s|m|h|d)");

  private Durations() {}

  /** @throws IllegalArgumentException when the text is not a duration */
  public static Duration parse(String text) {
    String v = text.strip().toLowerCase(Locale.ROOT);
    try {
      if (v.startsWith("p")) {
        return Duration.parse(v.toUpperCase(Locale.ROOT));
      }
      Matcher m = SHORT.matcher(v);
      if (m.matches()) {
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
          case "ms" -> Duration.ofMillis(n);
          case "s" -> Duration.ofSeconds(n);
          case "m" -> Duration.ofMinutes(n);
          case "h" -> Duration.ofHours(n);
          default -> Duration.ofDays(n);
        };
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      // the message below says what is accepted
    }
    throw new IllegalArgumentException("not a duration such as 60s, 5m or 14d: '" + text + "'");
  }
}
