package io.newswire.ingest.extract;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication times as TTXVN sites write them, all in newsroom time (Asia/Ho_Chi_Minh, +07:00, no DST). */
public final class PublishedTimes {
  public static final ZoneId NEWSROOM = ZoneId.of("Asia/Ho_Chi_Minh");

  /** {@code Thứ Bảy, 13/05/2023 17:27} — the weekday is skipped; {@code |} and what follows are cut. */
  private static final Pattern PAGE_DATE =
      Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})\\s*(?:-\\s*)?(\\d{1,2})[:h](\\d{2})");
  private static final Pattern PAGE_DAY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  /** baotintuc article ids are the local publication time, {@code yyyyMMddHHmmssSSS}. */
  private static final Pattern BAOTINTUC_ID = Pattern.compile("-(\\d{17})\\.htm$");
  private static final DateTimeFormatter ID_FORMAT = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

  private PublishedTimes() {}

  public static Optional<Instant> fromPageText(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String cleaned = Texts.clean(text);
    int bar = cleaned.indexOf('|');
    if (bar > 0) {
      cleaned = cleaned.substring(0, bar);
    }
    Matcher m = PAGE_DATE.matcher(cleaned);
    try {
      if (m.find()) {
        return Optional.of(LocalDateTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(1)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)))
            .atZone(NEWSROOM).toInstant());
      }
      Matcher day = PAGE_DAY.matcher(cleaned);
      if (day.find()) {
        return Optional.of(LocalDateTime.of(Integer.parseInt(day.group(3)), Integer.parseInt(day.group(2)),
            Integer.parseInt(day.group(1)), 0, 0).atZone(NEWSROOM).toInstant());
      }
    } catch (java.time.DateTimeException e) {
      // 31/02 and the like: not a date
    }
    return Optional.empty();
  }

  /** The page's machine-readable time: JSON-LD {@code datePublished}, then {@code article:published_time}. */
  static Optional<Instant> fromMetadata(org.jsoup.nodes.Document doc) {
    return JsonLd.article(doc).flatMap(a -> JsonLd.text(a, "datePublished")).flatMap(PublishedTimes::fromIso)
        .or(() -> fromIso(Dom.meta(doc, "article:published_time")));
  }

  /** ISO-8601 as in JSON-LD and {@code article:published_time}; a missing offset means newsroom time. */
  public static Optional<Instant> fromIso(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    // as sites write it: "2026-07-19T14:30:00.000 +07:00", "2026-07-20 06:03 + 07:00"
    String t = text.strip().replaceAll("\\s*([+-])\\s*(\\d{2}):?(\\d{2})$", "$1$2:$3")
        .replaceFirst("^(\\d{4}-\\d{2}-\\d{2})\\s+(\\d)", "$1T$2");
    if (t.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}([+-].*|Z)?")) {
      t = t.substring(0, 16) + ":00" + t.substring(16); // no seconds
    }
    try {
      return Optional.of(OffsetDateTime.parse(t).toInstant());
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(LocalDateTime.parse(t).atZone(NEWSROOM).toInstant());
      } catch (DateTimeParseException e2) {
        return Optional.empty();
      }
    }
  }

  public static Optional<Instant> fromBaotintucUrl(String url) {
    Matcher m = BAOTINTUC_ID.matcher(url == null ? "" : url);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDateTime.parse(m.group(1), ID_FORMAT).atZone(NEWSROOM).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
