package io.newswire.analysis.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Aho-Corasick over the words of a field instead of its chars: one step per word of the text, where a char
 * automaton takes one per char, and a word that is in no name sends it back to the root after a single bit test of its
 * hash, which the field's {@link Words} computed as the match key was built. Words are told apart by their shape
 * ({@link WordShapes}), without reading their chars; a hit is a name's chars compared with the key's.
 *
 * <p>Names are match keys, each starting with a letter. A name is found where its chars stand in the text's key,
 * starting at a word's start and ending at a word's end or with a non-letter of its own ("quân khu 7"): every
 * occurrence a char automaton finds that no letter precedes and, when the name ends with a letter, no letter follows.
 * The words of such an occurrence are the name's words, consecutive in the text (a name's words are maximal runs of
 * letters, and the text between and around them matches the name), so the automaton walks them; the chars between
 * them are then compared ("quân khu 7" is not "quân khu 9").
 *
 * <p>Hits come in the order the char automaton of {@code com.hankcs} gives them, which the tagger's tie-breaking
 * was written against: by end, and names ending at the same char in reverse key order.
 */
public final class WordAutomaton<V> {
  /** Receives each hit: offsets in the key (the clean text's too) and the name's value. */
  @FunctionalInterface
  public interface Hits<V> {
    void hit(int start, int end, V value);
  }

  private static final int[] NONE = new int[0];
  private static final long[] NO_HITS = new long[0];

  /** Each word of the names, by shape: words of one shape are one letter of this automaton's alphabet. */
  private final WordShapes vocabulary;
  private final int words;
  /** Goto function: (state × vocabulary size + word) → next state, open addressing; -1 where there is none. */
  private final long[] edgeKeys;
  private final int[] edgeTargets;
  private final int edgeMask;
  private final int[] fail;
  /** The root's transitions, by word: most steps of a text start there, and an array read costs less than a probe. */
  private final int[] rootNext;
  /** Per state, the names that end there or at a state its failure chain reaches, highest key index first. */
  private final int[][] output;
  private final char[][] names;
  private final int[] nameWords;
  private final List<V> values;

  public WordAutomaton(SortedMap<String, V> entries) {
    int n = entries.size();
    names = new char[n][];
    nameWords = new int[n];
    values = new ArrayList<>(entries.values());
    Map<Long, Integer> vocabularyIds = new HashMap<>();
    List<int[]> wordIds = new ArrayList<>(n);
    int k = 0;
    for (String name : entries.keySet()) {
      if (name.isEmpty() || !Chars.isLetter(name.charAt(0))) {
        throw new IllegalArgumentException("a name starts with a letter: \"" + name + "\"");
      }
      Words w = VietnameseText.words(name);
      if (!w.key().equals(name)) {
        throw new IllegalArgumentException("not a match key: \"" + name + "\"");
      }
      int[] ids = new int[w.count()];
      for (int i = 0; i < ids.length; i++) {
        String word = name.substring(w.start(i), w.end(i));
        ids[i] = vocabularyIds.computeIfAbsent(WordShapes.shape(word), x -> vocabularyIds.size());
      }
      names[k] = name.toCharArray();
      nameWords[k] = ids.length;
      wordIds.add(ids);
      k++;
    }
    words = vocabularyIds.size();
    vocabulary = new WordShapes(vocabularyIds);

    // the trie: state 0 is the root
    Map<Long, Integer> edges = new HashMap<>();
    List<List<Integer>> ending = new ArrayList<>();
    ending.add(new ArrayList<>());
    for (int name = 0; name < n; name++) {
      int state = 0;
      for (int id : wordIds.get(name)) {
        long edge = edge(state, id);
        Integer next = edges.get(edge);
        if (next == null) {
          next = ending.size();
          edges.put(edge, next);
          ending.add(new ArrayList<>());
        }
        state = next;
      }
      ending.get(state).add(name);
    }
    int states = ending.size();
    int size = Integer.highestOneBit(Math.max(4, edges.size() * 2)) << 1;
    edgeKeys = new long[size];
    edgeTargets = new int[size];
    edgeMask = size - 1;
    Arrays.fill(edgeKeys, -1);
    Map<Integer, List<long[]>> children = new HashMap<>(); // state → (word id, child)
    edges.forEach((edge, target) -> {
      int slot = slot(edge);
      while (edgeKeys[slot] != -1) {
        slot = (slot + 1) & edgeMask;
      }
      edgeKeys[slot] = edge;
      edgeTargets[slot] = target;
      children.computeIfAbsent((int) (edge / words), s -> new ArrayList<>()).add(new long[] {edge % words, target});
    });

    rootNext = new int[words];
    Arrays.fill(rootNext, -1);
    for (long[] child : children.getOrDefault(0, List.of())) {
      rootNext[(int) child[0]] = (int) child[1];
    }

    // failure links, breadth first: a state's output is its own names and its failure state's
    fail = new int[states];
    output = new int[states][];
    output[0] = NONE;
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (long[] child : children.getOrDefault(0, List.of())) {
      int c = (int) child[1];
      fail[c] = 0;
      output[c] = descending(ending.get(c), NONE);
      queue.add(c);
    }
    while (!queue.isEmpty()) {
      int state = queue.poll();
      for (long[] child : children.getOrDefault(state, List.of())) {
        int id = (int) child[0];
        int c = (int) child[1];
        int f = fail[state];
        int target;
        while ((target = next(f, id)) < 0 && f != 0) {
          f = fail[f];
        }
        fail[c] = target < 0 ? 0 : target;
        output[c] = descending(ending.get(c), output[fail[c]]);
        queue.add(c);
      }
    }
  }

  private long edge(int state, int word) {
    return (long) state * words + word;
  }

  private int slot(long edge) {
    long h = edge * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & edgeMask;
  }

  private int next(int state, int word) {
    long edge = edge(state, word);
    for (int slot = slot(edge); edgeKeys[slot] != -1; slot = (slot + 1) & edgeMask) {
      if (edgeKeys[slot] == edge) {
        return edgeTargets[slot];
      }
    }
    return -1;
  }

  /** The state after {@code word} from {@code state}, following failure links; -1 for the root. */
  private int step(int state, int word) {
    for (int s = state; s != 0; s = fail[s]) {
      int target = next(s, word);
      if (target >= 0) {
        return target;
      }
    }
    return rootNext[word];
  }

  private static int[] descending(List<Integer> own, int[] inherited) {
    int[] all = new int[own.size() + inherited.length];
    for (int i = 0; i < own.size(); i++) {
      all[i] = own.get(i);
    }
    System.arraycopy(inherited, 0, all, own.size(), inherited.length);
    Arrays.sort(all);
    for (int i = 0, j = all.length - 1; i < j; i++, j--) {
      int t = all[i];
      all[i] = all[j];
      all[j] = t;
    }
    return all;
  }

  /** Every name in {@code text}'s key, as described above, in the char automaton's order. */
  public void find(Words text, Hits<V> onHit) {
    Steps.add(text.count());
    long[] found = NO_HITS;
    int count = 0;
    int state = 0;
    for (int i = 0; i < text.count(); i++) {
      int id = vocabulary.get(text, i);
      if (id < 0) {
        state = 0;
        continue;
      }
      state = Math.max(step(state, id), 0);
      for (int name : output[state]) {
        int start = text.start(i - nameWords[name] + 1);
        if (!text.keyHas(names[name], start)) {
          continue; // other chars between the words ("quân khu 7" against "quân khu 9"), or a word of the same shape
        }
        int end = start + names[name].length;
        if (count == found.length) {
          found = Arrays.copyOf(found, Math.max(8, count * 2));
        }
        // by end, then the higher key index first
        found[count++] = ((long) end << 32) | (Integer.MAX_VALUE - name);
      }
    }
    if (count > 1) {
      Arrays.sort(found, 0, count);
    }
    for (int h = 0; h < count; h++) {
      int end = (int) (found[h] >>> 32);
      int name = Integer.MAX_VALUE - (int) found[h];
      onHit.hit(end - names[name].length, end, values.get(name));
    }
  }
}
