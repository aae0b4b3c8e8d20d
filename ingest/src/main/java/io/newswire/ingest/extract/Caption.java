package io.newswire.ingest.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An image caption split into its text and the photo credit that TTXVN sites append:
 * {@code "Quang cảnh buổi làm việc. Ảnh: Phương Hoa/TTXVN"}, {@code "… (Ảnh: Hồng Điệp/TTXVN)"}, {@code "Ảnh: TTXVN"},
 * {@code "… Ảnh tư liệu: AFP/TTXVN"}, {@code "… Ảnh minh họa"}-style labels.
 */
public record Caption(String text, String credit) {
  private static final Pattern CREDIT =
      Pattern.compile("(?U)^(?<text>.*?)\\s*\\(?\\s*(?:(?:Ảnh|Ảnh)(?:\\s+(?:tư liệu|minh họa|minh hoạ|chụp màn hình))?|Nguồn ảnh|Photo)\\s*:\\s*(?<credit>[^()]+?)\\s*\\)?\\s*\\.?\\s*$");

  public static Caption parse(String raw) {
    String cleaned = Texts.clean(raw);
    Matcher m = CREDIT.matcher(cleaned);
    if (m.matches()) {
      String text = m.group("text").strip();
      return new Caption(text.isEmpty() ? null : text, m.group("credit").strip());
    }
    return new Caption(cleaned.isEmpty() ? null : cleaned, null);
  }
}
