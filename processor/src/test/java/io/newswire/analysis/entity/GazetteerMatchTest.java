package io.newswire.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import io.newswire.analysis.SeedCorpus;
import io.newswire.analysis.text.VietnameseText;
import io.newswire.analysis.text.WordAutomaton;
import io.newswire.analysis.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The gazetteer walks the words of a field ({@link WordAutomaton}); a char automaton over the same keys, with the same
 * whole-syllable test, is what it must equal: every hit, in the same order.
 */
class GazetteerMatchTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();

  @Test
  void findsANameOnlyAsWholeSyllables() {
    assertEquals(List.of("Ban Tổ chức Trung ương", "Hải Phòng"),
        surfaces("Làm việc với Ban Tổ chức Trung ương tại Hải Phòng"));
    assertEquals(List.of(), surfaces("Bàn ban tổ chứcx trung ươngz"));
  }

  @Test
  void comparesWhatStandsBetweenTheWords() {
    SortedMap<String, String> names = new TreeMap<>();
    names.put("quân khu 7", "QK7");
    names.put("quân khu 9", "QK9");
    names.put("khu", "khu");
    WordAutomaton<String> automaton = new WordAutomaton<>(names);
    List<String> found = new ArrayList<>();
    automaton.find(VietnameseText.words("bộ tư lệnh quân khu 9 và khu 7a"), (s, e, v) -> found.add(v + "@" + s));
    // by end; at the same end, the higher key first
    assertEquals(List.of("khu@16", "QK9@11", "khu@25"), found);
  }

  @Test
  void aWordOfTheSameShapeIsNotTheNamesWord() {
    assertEquals("on".hashCode(), "kê".hashCode());
    SortedMap<String, String> names = new TreeMap<>();
    names.put("on", "on");
    names.put("on kê", "on kê");
    WordAutomaton<String> automaton = new WordAutomaton<>(names);
    List<String> found = new ArrayList<>();
    automaton.find(VietnameseText.words("kê on kê on on"), (s, e, v) -> found.add(v + "@" + s));
    assertEquals(List.of("on@3", "on kê@3", "on@9", "on@12"), found);
  }

  @Test
  void refusesANameThatDoesNotStartWithALetter() {
    SortedMap<String, String> names = new TreeMap<>();
    names.put("7 tỉnh", "x");
    assertThrows(IllegalArgumentException.class, () -> new WordAutomaton<>(names));
  }

  @Test
  void equalsACharAutomatonOnTheSeedAndOnTextsMadeOfNames() {
    AhoCorasickDoubleArrayTrie<Gazetteer.Entry> chars = new AhoCorasickDoubleArrayTrie<>();
    chars.build(new TreeMap<>(GAZETTEER.names()));
    List<String> texts = new ArrayList<>(SeedCorpus.input().paragraphs());
    texts.add(SeedCorpus.input().title());
    List<String> names = new ArrayList<>(GAZETTEER.names().keySet());
    String[] glue = {" ", ", ", " của ", " - ", "-", "\n", " số 12 ", "/", ".", " 7", "a", "x ", "\u0301 ", "7"};
    Random random = new Random(7);
    for (int t = 0; t < 2_000; t++) {
      StringBuilder text = new StringBuilder();
      for (int j = 1 + random.nextInt(12); j > 0; j--) {
        String name = names.get(random.nextInt(names.size()));
        switch (random.nextInt(6)) {
          case 0 -> name = name.toUpperCase(Locale.ROOT);
          case 1 -> name = name.substring(random.nextInt(name.length()));
          case 2 -> name = name.substring(0, 1 + random.nextInt(name.length()));
          default -> { }
        }
        text.append(name).append(glue[random.nextInt(glue.length)]);
      }
      texts.add(text.toString());
    }
    int hits = 0;
    for (String text : texts) {
      Words words = VietnameseText.words(VietnameseText.clean(text));
      String key = words.key();
      List<String> expected = new ArrayList<>();
      chars.parseText(key, (AhoCorasickDoubleArrayTrie.IHit<Gazetteer.Entry>) (start, end, entry) -> {
        if (Gazetteer.wholeSyllable(key, start, end)) {
          expected.add(start + "-" + end + " " + entry);
        }
      });
      List<String> actual = GAZETTEER.find(words).stream().map(h -> h.start() + "-" + h.end() + " " + h.entry()).toList();
      assertEquals(expected, actual, key);
      hits += actual.size();
    }
    assertEquals(true, hits > 10_000, "the texts hold names: " + hits);
  }

  private static List<String> surfaces(String text) {
    String clean = VietnameseText.clean(text);
    return GAZETTEER.find(VietnameseText.words(clean)).stream().map(h -> clean.substring(h.start(), h.end())).toList();
  }
}
