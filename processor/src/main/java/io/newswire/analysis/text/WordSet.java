package io.newswire.analysis.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of words written as the display text writes them ("Nguyễn", "Thị"), asked about the words of a
 * {@link Words}: looked up by the match key, then compared with the display text, so "NGUYỄN" in a headline is not
 * "Nguyễn" — the same answer as {@code Set.contains} of the word's substring, without the substring.
 */
public final class WordSet {
  private final WordTable<String[]> byKey;

  public WordSet(Collection<String> words) {
    Map<String, List<String>> groups = new HashMap<>();
    for (String word : words) {
      groups.computeIfAbsent(VietnameseText.key(word), k -> new ArrayList<>()).add(word);
    }
    Map<String, String[]> table = new HashMap<>();
    groups.forEach((key, forms) -> table.put(key, forms.toArray(String[]::new)));
    byKey = new WordTable<>(table);
  }

  /** Whether word {@code i} of {@code words}, as {@code clean} (its display text) writes it, is in the set. */
  public boolean contains(Words words, int i, String clean) {
    String[] forms = byKey.get(words, i);
    if (forms == null) {
      return false;
    }
    int start = words.start(i);
    int length = words.end(i) - start;
    for (String form : forms) {
      if (form.length() == length && clean.regionMatches(start, form, 0, length)) {
        return true;
      }
    }
    return false;
  }
}
