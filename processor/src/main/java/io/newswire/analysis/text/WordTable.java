package io.newswire.analysis.text;

import java.util.Map;

/**
 * A fixed map from words (in match-key form) to values, asked about the words of a {@link Words} without making a
 * string of each: the word's hash is already known, and a miss — most words of any text — costs one array probe.
 */
public final class WordTable<V> {
  private final String[] words;
  private final Object[] values;
  private final int mask;

  public WordTable(Map<String, V> entries) {
    int size = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1;
    words = new String[size];
    values = new Object[size];
    mask = size - 1;
    entries.forEach((word, value) -> {
      int slot = slot(word.hashCode());
      while (words[slot] != null) {
        slot = (slot + 1) & mask;
      }
      words[slot] = word;
      values[slot] = value;
    });
  }

  private int slot(int hash) {
    return (hash ^ (hash >>> 16)) & mask;
  }

  /** The value of word {@code i} of {@code text}, or null. */
  @SuppressWarnings("unchecked")
  public V get(Words text, int i) {
    int hash = text.hash(i);
    int start = text.start(i);
    int length = text.end(i) - start;
    for (int slot = slot(hash); words[slot] != null; slot = (slot + 1) & mask) {
      String word = words[slot];
      if (word.hashCode() == hash && word.length() == length && text.key().regionMatches(start, word, 0, length)) {
        return (V) values[slot];
      }
    }
    return null;
  }
}
