package io.newswire.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordsTest {

  private static Words wordsOf(String raw) {
    String clean = VietnameseText.clean(raw);
    return VietnameseText.words(clean);
  }

  private static List<String> list(Words words) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.count(); i++) {
      out.add(words.key().substring(words.start(i), words.end(i)) + (words.capitalised(i) ? "^" : ""));
    }
    return out;
  }

  @Test
  void wordsAreRunsOfLettersInTheMatchKeyWithTheDisplayTextsCapitals() {
    Words words = wordsOf("Đoàn kiểm tra số 538 của UBKT Tỉnh ủy Khánh Hòa, 12/2025.");
    assertEquals(List.of("đoàn^", "kiểm", "tra", "số", "của", "ubkt^", "tỉnh^", "uỷ", "khánh^", "hoà^"), list(words));
    assertEquals("uỷ", words.key().substring(words.start(7), words.end(7)), "the key's tone style: ủy is uỷ");
    assertEquals("đoàn".hashCode(), words.hash(0), "the hash is the word's String hash");
  }

  @Test
  void nextCapitalisedSkipsToTheCapitalisedWordsInOrder() {
    Random random = new Random(30);
    for (int trial = 0; trial < 300; trial++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(200); k > 0; k--) { // past one block of 64 words, and some blocks with none
        text.append(random.nextInt(5) == 0 ? "Ban " : "ban ");
      }
      Words words = wordsOf(text.toString());
      List<Integer> expected = new ArrayList<>();
      for (int i = 0; i < words.count(); i++) {
        if (words.capitalised(i)) {
          expected.add(i);
        }
      }
      List<Integer> skipped = new ArrayList<>();
      for (int i = words.nextCapitalised(0); i >= 0; i = words.nextCapitalised(i + 1)) {
        skipped.add(i);
      }
      assertEquals(expected, skipped, text.toString());
    }
  }

  @Test
  void theWordsFoundWhileTheKeyIsBuiltAreTheRunsOfLettersOfTheFinishedKey() {
    String[] pieces = {"Hòa", "hoà", "Thủy", "THỦY", "quý", "Đoàn", "Ủy ban", "khỏe", "ỦY", "òa", "ọe", " ", ", ", "\n", "538",
        "x", "Nguyễn", "A", "y"};
    Random random = new Random(3);
    for (int round = 0; round < 300; round++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(25); k > 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String clean = VietnameseText.clean(text.toString());
      Words words = VietnameseText.words(clean);
      String key = VietnameseText.key(clean);
      assertEquals(key, words.key(), clean);
      // the runs of letters of the finished key, each with its String hash and the clean text's capital
      List<String> expected = new ArrayList<>();
      List<String> actual = new ArrayList<>();
      for (int i = 0; i < key.length(); ) {
        if (!Chars.isLetter(key.charAt(i))) {
          i++;
          continue;
        }
        int end = i;
        while (end < key.length() && Chars.isLetter(key.charAt(end))) {
          end++;
        }
        expected.add(i + "-" + end + ":" + key.substring(i, end).hashCode() + (Chars.isUpperCase(clean.charAt(i)) ? "^" : ""));
        i = end;
      }
      for (int w = 0; w < words.count(); w++) {
        actual.add(words.start(w) + "-" + words.end(w) + ":" + words.hash(w) + (words.capitalised(w) ? "^" : ""));
      }
      assertEquals(expected, actual, clean);
    }
  }

  @Test
  void aTextWithoutLettersHasNoWords() {
    assertEquals(0, wordsOf("538 - 12/2025 ...").count());
    assertEquals(0, wordsOf("").count());
  }

  @Test
  void manyWordsGrowTheArrays() {
    Words words = wordsOf("a ".repeat(1000) + "B");
    assertEquals(1001, words.count());
    assertTrue(words.capitalised(1000));
    assertFalse(words.capitalised(999));
  }

  @Test
  void cuesAreWhatAnIndexOfScanPerCueFindsWhereItsFirstWordIsAWholeWord() {
    List<String> cues = List.of("ban thường vụ tỉnh uỷ", "tỉnh uỷ", "ông ", "đ/c ", "uỷ ban kiểm tra (ubkt) tỉnh uỷ", "ban",
        "ubnd tp", "ubnd tp.", "ubnd tỉnh");
    Cues found = new Cues(cues);
    String[] pieces = {"Ban Thường vụ Tỉnh ủy", "tỉnh ủy", "không ", "Ông ", "đ/c ", "Đ/C ", "Ủy ban Kiểm tra (UBKT) Tỉnh ủy",
        "bàn", "ban", ", ", ". ", "12", "x", "UBND TP.", "UBND TPHCM", "UBND tỉnh", "UBND  tỉnh", "ubnd-tỉnh", "tp"};
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(30); k > 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
      }
      String clean = VietnameseText.clean(text.toString());
      String key = VietnameseText.key(clean);
      List<Long> expected = new ArrayList<>();
      for (int c = 0; c < cues.size(); c++) {
        for (int at = key.indexOf(cues.get(c)); at >= 0; at = key.indexOf(cues.get(c), at + 1)) {
          int firstWordEnd = at + Words.firstWord(cues.get(c)).length();
          boolean wholeFirstWord = firstWordEnd == key.length() || !Chars.isLetter(key.charAt(firstWordEnd));
          if ((at == 0 || !Chars.isLetter(key.charAt(at - 1))) && wholeFirstWord) {
            expected.add(((long) c << 32) | at);
          }
        }
      }
      List<Long> actual = new ArrayList<>();
      for (long entry : found.find(VietnameseText.words(clean))) {
        actual.add(entry);
        assertEquals(cues.get(Cues.cueOf(entry)), key.substring(Cues.startOf(entry),
            Cues.startOf(entry) + cues.get(Cues.cueOf(entry)).length()));
      }
      assertEquals(expected, actual, clean);
    }
  }

  @Test
  void rulesWhoseFirstWordsShareAHashAndALengthEachFindTheirOwn() {
    assertEquals("on".hashCode(), "kê".hashCode());
    Cues on = new Cues(List.of("on x", "on"));
    Cues ke = new Cues(List.of("kê y"));
    Words words = wordsOf("Kê y on x, kê x on y");
    assertEquals(List.of(5L, (1L << 32) | 5, (1L << 32) | 16), boxed(on.find(words)));
    assertEquals(List.of(0L), boxed(ke.find(words)));
  }

  @Test
  void rulesBeyondTheSharedIndexLookOnTheirOwnAndFindTheSame() {
    Words words = wordsOf("Ban Thường vụ Tỉnh ủy họp; ban tổ chức, bàn ban");
    List<Long> expected = boxed(new Cues(List.of("ban thường vụ", "ban", "tỉnh uỷ")).find(words));
    assertEquals(List.of(0L, 1L << 32, (1L << 32) | 27, (1L << 32) | 44, (2L << 32) | 14), expected);
    for (int i = 0; i < CueIndex.CAPACITY + 2; i++) { // some of these are past the index's capacity
      assertEquals(expected, boxed(new Cues(List.of("ban thường vụ", "ban", "tỉnh uỷ")).find(words)));
    }
  }

  private static List<Long> boxed(long[] entries) {
    List<Long> out = new ArrayList<>();
    for (long e : entries) {
      out.add(e);
    }
    return out;
  }

  @Test
  void aWordSetAnswersAsTheSetOfTheWordsSubstringsWould() {
    Set<String> surnames = Set.of("Nguyễn", "Hòa", "Hoà", "Lê");
    WordSet set = new WordSet(surnames);
    String clean = VietnameseText.clean("Nguyễn NGUYỄN nguyễn Hòa Hoà Lê Lệ Nguyễnn");
    Words words = VietnameseText.words(clean);
    for (int i = 0; i < words.count(); i++) {
      String word = clean.substring(words.start(i), words.end(i));
      assertEquals(surnames.contains(word), set.contains(words, i, clean), word);
    }
  }
}
