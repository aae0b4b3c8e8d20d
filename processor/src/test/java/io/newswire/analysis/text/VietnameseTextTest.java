package io.newswire.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

  @Test
  void nfdBecomesNfcAndLooksTheSame() {
    String nfd = Normalizer.normalize("Đoàn kiểm tra số 538", Normalizer.Form.NFD);
    assertNotEquals("Đoàn kiểm tra số 538", nfd);
    assertEquals("Đoàn kiểm tra số 538", VietnameseText.clean(nfd));
  }

  @Test
  void ethLookalikeSpacesAndInvisiblesAreRepaired() {
    assertEquals("Đoàn kiểm tra", VietnameseText.clean("\u00D0oàn\u00A0kiểm\u200B tra\uFEFF"));
    assertEquals("ðoàn".replace('ð', 'đ'), VietnameseText.clean("ðoàn"));
    assertEquals("a \"b\" - c", VietnameseText.clean("  a\t\u201Cb\u201D \u2013 c\u00A0 "));
  }

  @Test
  void displayTextKeepsThePublishersToneStyle() {
    assertEquals("Tỉnh ủy Khánh Hòa", VietnameseText.clean("Tỉnh ủy Khánh Hòa"));
    assertEquals("Tỉnh uỷ Khánh Hoà", VietnameseText.clean("Tỉnh uỷ Khánh Hoà"));
  }

  @Test
  void matchKeyUnifiesOldAndNewTonePlacement() {
    assertEquals(VietnameseText.keyOf("Tỉnh uỷ Khánh Hoà"), VietnameseText.keyOf("Tỉnh ủy Khánh Hòa"));
    assertEquals(VietnameseText.keyOf("ỦY BAN KIỂM TRA"), VietnameseText.keyOf("Uỷ ban Kiểm tra"));
    assertEquals("thuỷ", VietnameseText.keyOf("thủy"));
    assertEquals("khoá xiii", VietnameseText.keyOf("khóa XIII"));
  }

  @Test
  void matchKeyDoesNotCorruptWordsThatAreTheSameInBothStyles() {
    for (String word : List.of("Đoàn", "hoàng", "toàn", "khoản", "quý", "quỳ", "huýt", "khuyết", "xoài", "khuỷu")) {
      String key = VietnameseText.keyOf(word);
      assertEquals(word.toLowerCase(java.util.Locale.ROOT), key, word);
    }
  }

  @Test
  void keyHasTheSameLengthAsTheCleanText() {
    String clean = VietnameseText.clean("Đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, hòa giải; Thuỷ");
    assertEquals(clean.length(), VietnameseText.key(clean).length());
  }

  @Test
  void offsetsPointBackIntoTheSource() {
    CleanText clean = VietnameseText.cleanWithOffsets("Bộ\u00A0\u00A0Chính\u200Btrị");
    assertEquals("Bộ Chính trị".replace(" trị", "trị"), clean.text());
    assertEquals(4, clean.sourceOffset(3)); // 'C' sits after two NBSPs
  }

  @Test
  void sentencesSurviveAbbreviationsAndDocumentNumbers() {
    String text = "PGS.TS. Nguyễn Văn A phát biểu tại TP. Hồ Chí Minh. Thực hiện Chỉ thị số 01-CT/TW ngày 9/3/2021, "
        + "Ban đã tổ chức 1.200 hội nghị. Đến nay, 67/67 đảng bộ đã triển khai.";
    List<Sentences.Span> spans = Sentences.split(text);
    assertEquals(3, spans.size(), spans.toString());
    assertEquals("PGS.TS. Nguyễn Văn A phát biểu tại TP. Hồ Chí Minh.", text.substring(spans.get(0).start(), spans.get(0).end()));
  }

  @Test
  void sentencesEndAtEveryLineBreakAndEveryMarkBeforeASentenceStart() {
    String[] pieces = {"Bộ", "trị", "1.200", "Hà Nội", "đoàn", ". ", "! ", "? ", "… ", ".\" ", ".) ", "\n", "\n\n", ".", "!",
        " ", "  ", "(", "\"", "-"};
    java.util.regex.Pattern boundary = java.util.regex.Pattern.compile("[.!?…][.\"')”]* [\\p{Lu}\\d\"(-]");
    java.util.Random random = new java.util.Random(5);
    for (int round = 0; round < 3_000; round++) {
      String t = randomText(pieces, 20, random);
      StringBuilder covered = new StringBuilder();
      for (Sentences.Span span : Sentences.split(t)) {
        String sentence = t.substring(span.start(), span.end());
        assertEquals(sentence.strip(), sentence, t);
        assertEquals(false, sentence.isEmpty() || sentence.contains("\n"), t);
        assertEquals(false, boundary.matcher(sentence).find(), "a boundary inside \"" + sentence + "\" of " + t);
        covered.append(sentence);
      }
      assertEquals(t.replaceAll("\\s", ""), covered.toString().replaceAll("\\s", ""), "every char in a sentence: " + t);
    }
  }

  @Test
  void relativeDatesResolveAgainstThePublicationDate() {
    var published = OffsetDateTime.parse("2022-10-11T18:45:00+07:00").toInstant();
    RelativeDates.Resolved chieu = RelativeDates.first("Chiều 11/10, tại Hà Nội, Đoàn kiểm tra …", published).orElseThrow();
    assertEquals(LocalDate.of(2022, 10, 11), chieu.date());
    assertEquals(RelativeDates.PartOfDay.AFTERNOON, chieu.partOfDay());
    var january = OffsetDateTime.parse("2023-01-03T09:00:00+07:00").toInstant();
    assertEquals(LocalDate.of(2022, 12, 28), RelativeDates.first("Ngày 28/12, Ban Bí thư …", january).orElseThrow().date());
    assertEquals(LocalDate.of(2022, 10, 10), RelativeDates.first("Tối hôm qua, …", published).orElseThrow().date());
    assertEquals(true, RelativeDates.first("Theo Nghị định 30/2020/NĐ-CP …", published).isEmpty());
  }

  @Test
  void cleanTextComesBackAsItIsAndEverythingElseIsCleaned() {
    assertEquals("Bộ Chính trị", VietnameseText.clean("Bộ Chính trị"));
    assertEquals("Bộ Chính trị", VietnameseText.clean(" Bộ  Chính\u00A0trị "));
    assertEquals("\"Bộ Chính trị\"", VietnameseText.clean("\u201CBộ Chính\u2060 trị\u201D"));
  }

  @Test
  void theReadOnlyCheckLetsThroughExactlyWhatNormalizingAndCleaningWouldLeaveAsItIs() {
    String[] pieces = {"Bộ", "Chính", " ", "  ", "\u00A0", "\u200B", "\u2060", "\u201C", "-", "\u2013", "\n", "\t", "Ð",
        "x", "\uFFFC", "\u3000", "\u4E00", "a\u0301", "o\u0302\u0301", "\u0301", "\u2000", "\u212B", "\u1100\u1161"};
    java.util.Random random = new java.util.Random(11);
    for (int round = 0; round < 5_000; round++) {
      String raw = randomText(pieces, 8, random);
      // the offset map always runs the normalizer and the cleaning loop; without it, a clean text is not copied
      assertEquals(VietnameseText.cleanWithOffsets(raw).text(), VietnameseText.clean(raw), raw);
    }
  }

  @Test
  void aPlainCharIsNeverPartOfACompositionWithTheCharBeforeIt() {
    // every char that follows another in some canonical decomposition: NFC may compose it with its predecessor
    java.util.Set<Character> composing = new java.util.HashSet<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Character.isDefined(cp) && (cp > 0xFFFF || !Character.isSurrogate((char) cp))) {
        String nfd = java.text.Normalizer.normalize(new String(Character.toChars(cp)), java.text.Normalizer.Form.NFD);
        for (int i = 1; i < nfd.length(); i++) {
          composing.add(nfd.charAt(i));
        }
      }
    }
    assertEquals(true, composing.contains('\u0301') && composing.contains('\u1161'), "marks and jamo compose");
    int plain = 0;
    for (char c = 0; c < 0x3100; c++) {
      if (VietnameseText.isPlain(c)) {
        plain++;
        assertEquals(false, composing.contains(c), Integer.toHexString(c));
        assertEquals(String.valueOf(c), java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFC));
      }
    }
    assertEquals(true, plain > 700, "the Latin and Vietnamese letters are plain: " + plain);
  }

  /** Fewer than {@code most} of {@code pieces}, drawn at random and joined. */
  private static String randomText(String[] pieces, int most, java.util.Random random) {
    StringBuilder text = new StringBuilder();
    for (int k = random.nextInt(most); k > 0; k--) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    return text.toString();
  }
}
