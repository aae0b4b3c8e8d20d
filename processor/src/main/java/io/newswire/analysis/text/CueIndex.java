package io.newswire.analysis.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The first words of every rule's cues ({@link Cues}) in one table, so that a field's words are looked up once
 * whatever the number of rules, and each rule then reads only the words where one of its own cues may start, with
 * those cues at hand. A dozen rules each probing every word of the body cost more than the look-ups they turned away.
 *
 * <p>A word is looked up by its shape ({@link WordShapes}): a rule compares its whole cue with the key where the word
 * stands, and a cue's first word is a whole word of it, so a word that only shares the shape never passes.
 *
 * <p>Rules register as their classes load; each registration publishes a new index. A field marked before a rule
 * registered is marked again when that rule asks ({@link #marks}).
 */
final class CueIndex {
  /** Rules beyond this many look their cues up on their own (a mask has 64 bits). */
  static final int CAPACITY = 64;

  private static final Object LOCK = new Object();
  private static volatile CueIndex current = new CueIndex(List.of());

  /** One shape of first word: the rules with a cue that starts with it, and each one's cues (in order of bit). */
  record Entry(long rules, int[][] cues) {}

  private final List<Map<String, int[]>> byRule;
  private final WordShapes shapes;
  private final Entry[] entries;

  private CueIndex(List<Map<String, int[]>> byRule) {
    this.byRule = byRule;
    // by shape: two first words that share a hash and a length ("on" and "kê") share an entry, and each rule's
    // comparison of its whole cues tells them apart
    Map<Long, Map<Integer, List<Integer>>> cuesByShape = new HashMap<>();
    for (int id = 0; id < byRule.size(); id++) {
      for (Map.Entry<String, int[]> first : byRule.get(id).entrySet()) {
        List<Integer> cues = cuesByShape.computeIfAbsent(WordShapes.shape(first.getKey()), k -> new TreeMap<>())
            .computeIfAbsent(id, k -> new ArrayList<>());
        Arrays.stream(first.getValue()).forEach(cues::add);
      }
    }
    entries = new Entry[cuesByShape.size()];
    Map<Long, Integer> index = new HashMap<>();
    cuesByShape.forEach((shape, byId) -> {
      long rules = 0;
      int[][] cues = new int[byId.size()][];
      int k = 0;
      for (Map.Entry<Integer, List<Integer>> rule : byId.entrySet()) { // ids ascend: bit order
        rules |= 1L << rule.getKey();
        cues[k++] = rule.getValue().stream().mapToInt(Integer::intValue).toArray();
      }
      index.put(shape, index.size());
      entries[index.size() - 1] = new Entry(rules, cues);
    });
    shapes = new WordShapes(index);
  }

  /**
   * Adds a rule: its cues (indexes into its own list) by first word. Its id, or -1 when the index is full and the
   * rule must look on its own.
   */
  static int register(Map<String, int[]> cuesByFirstWord) {
    synchronized (LOCK) {
      CueIndex before = current;
      if (before.byRule.size() == CAPACITY) {
        return -1;
      }
      List<Map<String, int[]>> rules = new ArrayList<>(before.byRule);
      rules.add(Map.copyOf(cuesByFirstWord));
      current = new CueIndex(List.copyOf(rules));
      return rules.size() - 1;
    }
  }

  /** The words of {@code words} where a cue of rule {@code id} may start, marked with an index that knows the rule. */
  static Marks marks(Words words, int id) {
    Marks marks = words.cueMarks;
    if (marks == null || marks.registered() <= id) {
      marks = current.mark(words);
      words.cueMarks = marks;
    }
    return marks;
  }

  private Marks mark(Words words) {
    int[] at = new int[16];
    Entry[] found = new Entry[16];
    int n = 0;
    int rules = byRule.size();
    int[] perRule = new int[rules + 1];
    for (int i = 0; i < words.count(); i++) {
      int entry = shapes.get(words, i);
      if (entry < 0) {
        continue;
      }
      if (n == at.length) {
        at = Arrays.copyOf(at, n * 2);
        found = Arrays.copyOf(found, n * 2);
      }
      at[n] = i;
      found[n] = entries[entry];
      for (long r = found[n].rules(); r != 0; r &= r - 1) {
        perRule[Long.numberOfTrailingZeros(r) + 1]++;
      }
      n++;
    }
    // each rule's marks together, in word order: a rule reads its own and not every other rule's
    for (int id = 0; id < rules; id++) {
      perRule[id + 1] += perRule[id];
    }
    int[] next = Arrays.copyOf(perRule, rules);
    int[] wordOf = new int[perRule[rules]];
    int[][] cuesOf = new int[perRule[rules]][];
    for (int m = 0; m < n; m++) {
      int k = 0;
      for (long r = found[m].rules(); r != 0; r &= r - 1, k++) {
        int slot = next[Long.numberOfTrailingZeros(r)]++;
        wordOf[slot] = at[m];
        cuesOf[slot] = found[m].cues()[k];
      }
    }
    return new Marks(rules, perRule, wordOf, cuesOf);
  }

  /**
   * The words (by index) that may start a registered rule's cue, grouped by rule: rule {@code id}'s are the slots
   * from {@code from[id]} to {@code from[id + 1]}, each with the word and the rule's cues that start with it.
   */
  record Marks(int registered, int[] from, int[] words, int[][] cues) {}
}
