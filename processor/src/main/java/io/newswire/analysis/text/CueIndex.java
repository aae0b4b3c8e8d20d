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
 * <p>Marking a field chains its words by shape (an inverted index: where each first word stands), and a rule walks
 * the chains of its own first words only; a word costs the marking one look-up and one link, whatever the number of
 * rules that start a cue with it.
 *
 * <p>Rules register as their classes load; each registration publishes a new index. A field marked before a rule
 * registered is marked again when that rule asks ({@link #marks}).
 */
final class CueIndex {
  /** Rules beyond this many look their cues up on their own: a bound on the index every field is marked with. */
  static final int CAPACITY = 64;

  private static final Object LOCK = new Object();
  private static volatile CueIndex current = new CueIndex(List.of());

  private final List<Map<String, int[]>> byRule;
  private final WordShapes shapes;
  private final int shapeCount;
  /** For each rule, the shapes its cues start with, and for each of those its cues (indexes into its own list). */
  private final int[][] shapesOfRule;
  private final int[][][] cuesOfRule;

  private CueIndex(List<Map<String, int[]>> byRule) {
    this.byRule = byRule;
    // by shape: two first words that share a hash and a length ("on" and "kê") share a shape, and each rule's
    // comparison of its whole cues tells them apart
    Map<Long, Integer> index = new HashMap<>();
    shapesOfRule = new int[byRule.size()][];
    cuesOfRule = new int[byRule.size()][][];
    for (int id = 0; id < byRule.size(); id++) {
      Map<Integer, List<Integer>> cuesByShape = new TreeMap<>();
      for (Map.Entry<String, int[]> first : byRule.get(id).entrySet()) {
        int shape = index.computeIfAbsent(WordShapes.shape(first.getKey()), k -> index.size());
        List<Integer> cues = cuesByShape.computeIfAbsent(shape, k -> new ArrayList<>());
        Arrays.stream(first.getValue()).forEach(cues::add);
      }
      shapesOfRule[id] = cuesByShape.keySet().stream().mapToInt(Integer::intValue).toArray();
      cuesOfRule[id] = cuesByShape.values().stream().map(c -> c.stream().mapToInt(Integer::intValue).toArray())
          .toArray(int[][]::new);
    }
    shapeCount = index.size();
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
    if (marks == null || marks.index().byRule.size() <= id) {
      marks = current.mark(words);
      words.cueMarks = marks;
    }
    return marks;
  }

  private Marks mark(Words words) {
    int[] last = new int[shapeCount];
    Arrays.fill(last, -1);
    int[] word = new int[16];
    int[] before = new int[16];
    int n = 0;
    long[] candidates = shapes.candidates(words);
    for (int c = 0; c < candidates.length; c++) {
      for (long bits = candidates[c]; bits != 0; bits &= bits - 1) {
        int i = (c << 6) + Long.numberOfTrailingZeros(bits);
        int shape = shapes.probe(words, i);
        if (shape < 0) {
          continue;
        }
        if (n == word.length) {
          word = Arrays.copyOf(word, n * 2);
          before = Arrays.copyOf(before, n * 2);
        }
        word[n] = i;
        before[n] = last[shape];
        last[shape] = n++;
      }
    }
    return new Marks(this, last, word, before);
  }

  /**
   * A field's words chained by shape: {@code last[shape]} is the mark of the last word of that shape, each mark's
   * {@code word} its word's index and {@code before} the mark of the word of that shape before it, or -1.
   */
  record Marks(CueIndex index, int[] last, int[] word, int[] before) {
    /**
     * Each word where a cue of rule {@code id} may start, with the rule's cues that start with its shape, the words
     * of one shape from last to first (the rule sorts what it finds).
     */
    void forEach(int id, MarkVisitor visitor) {
      int[] shapes = index.shapesOfRule[id];
      int[][] cues = index.cuesOfRule[id];
      for (int k = 0; k < shapes.length; k++) {
        for (int m = last[shapes[k]]; m >= 0; m = before[m]) {
          visitor.visit(word[m], cues[k]);
        }
      }
    }
  }

  /** Receives a marked word and the cues of one rule that may start at it. */
  @FunctionalInterface
  interface MarkVisitor {
    void visit(int word, int[] cues);
  }
}
