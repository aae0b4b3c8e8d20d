package io.newswire.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text-level cleaning shared by the extractors: spaces, and the chrome strings that must never be body text. */
final class Texts {
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Zs}\\u200B\\uFEFF]+");

  /** Whole blocks that are site chrome, never article text. */
  private static final List<String> CHROME_EXACT = List.of(
      "chú thích ảnh", "bình luận", "tin liên quan", "cùng chuyên mục", "đọc nhiều", "bình luận nhiều",
      "tin cùng chuyên mục", "có thể bạn quan tâm");
  private static final List<String> CHROME_PREFIXES = List.of(
      "chia sẻ:", "từ khóa:", "từ khoá:", "ý kiến của bạn sẽ được biên tập", "cơ quan chủ quản:",
      "© bản quyền", "tin liên quan:");

  private Texts() {}

  /** Trims and collapses every kind of space (NBSP, zero-width) to one ASCII space. */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    return SPACES.matcher(text).replaceAll(" ").strip();
  }

  /** A line that is only a date and time, as page meta bars print them. */
  private static final Pattern DATE_LINE = Pattern.compile(
      "(?U)^(?:(?:Thứ \\w+|Chủ nhật),?\\s*)?\\d{1,2}/\\d{1,2}/\\d{4}(?:\\s*[-|,]?\\s*\\d{1,2}[:h]\\d{2}(?:\\s*\\(?GMT\\+7\\)?)?)?$");

  static boolean isChrome(String text) {
    if (DATE_LINE.matcher(text).matches()) {
      return true;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    String bare = lower.replaceAll("[.:…\\s]+$", "");
    if (CHROME_EXACT.contains(bare)) {
      return true;
    }
    for (String prefix : CHROME_PREFIXES) {
      if (lower.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
