package io.newswire.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Which charset a page is read in, when its headers are missing or wrong. */
class SnifferTest {
  private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
  // Windows-1258's own spelling: breve, circumflex and horn letters whole, the tones as combining marks after them
  private static final String SENTENCE_1258 = "<html><body><p>\u0110oa\u0300n kiê\u0309m tra \u0111a\u0303 la\u0300m"
      + " viê\u0323c vơ\u0301i Ban Thươ\u0300ng vu\u0323 Huyê\u0323n u\u0309y vê\u0300 công ta\u0301c ca\u0301n bô\u0323."
      + "</p></body></html>";

  @Test
  void anUndeclaredVietnamesePageInWindows1258IsReadAsWindows1258() {
    byte[] bytes = SENTENCE_1258.getBytes(WINDOWS_1258);
    Charset found = Sniffer.charset("text/html", bytes);
    assertEquals(WINDOWS_1258, found);
    String text = Normalizer.normalize(new String(bytes, found), Normalizer.Form.NFC);
    assertEquals(true, text.contains("Đoàn kiểm tra đã làm việc với Ban Thường vụ Huyện ủy"), text);
  }

  @Test
  void aFalseUtf8OrLatin1DeclarationDoesNotHideWindows1258() {
    byte[] bytes = SENTENCE_1258.getBytes(WINDOWS_1258);
    assertEquals(WINDOWS_1258, Sniffer.charset("text/html; charset=utf-8", bytes));
    assertEquals(WINDOWS_1258, Sniffer.charset("text/html; charset=iso-8859-1", bytes));
  }

  @Test
  void westernTextAndRealUtf8AreLeftAlone() {
    byte[] french = "<p>Le comité a décidé à l'unanimité: réunion à Genève, été 2026.</p>".getBytes(Charset.forName("windows-1252"));
    assertEquals(Charset.forName("windows-1252"), Sniffer.charset("text/html; charset=windows-1252", french));
    assertEquals(StandardCharsets.UTF_8, Sniffer.charset("text/html", "<p>Đoàn kiểm tra</p>".getBytes(StandardCharsets.UTF_8)));
    byte[] russian = "<p>Проверка комиссии</p>".getBytes(Charset.forName("windows-1251"));
    assertEquals(Charset.forName("windows-1251"), Sniffer.charset("text/html; charset=windows-1251", russian));
  }
}
