package io.newswire.analysis.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's cue phrases (in match-key form, each starting with a letter), found among a field's {@link Words}: the
 * answer one {@code indexOf} scan per cue would give, keeping only the places where the cue's first word is a whole
 * word of the text ("ban" is not found in "bàn" or "banh"). The field's words are looked up once for all rules
 * ({@link CueIndex}); a rule then compares its cues only where one of their first words stands.
 */
public final class Cues {
  private final char[][] cues;
  /**
   * For each cue, its words after the first that are whole (a letter run the cue ends with may be the start of a
   * longer word of the text): each one's hash, and its start and end counted from the cue's start.
   */
  private final int[][] innerWords;
  /**
   * Each cue's second word's hash, when that word is whole, in one flat array: most cues that share a first word
   * differ in it, and this is the test that turns them away, one array read each.
   */
  private final int[] secondHash;
  private final boolean[] hasSecond;
  private final WordTable<int[]> byFirstWord;
  /** This rule's bit in the {@link CueIndex}, or -1 when it looks at every word itself. */
  private final int id;

  public Cues(List<String> cues) {
    this.cues = cues.stream().map(String::toCharArray).toArray(char[][]::new);
    this.innerWords = cues.stream().map(Cues::innerWords).toArray(int[][]::new);
    this.secondHash = new int[cues.size()];
    this.hasSecond = new boolean[cues.size()];
    for (int c = 0; c < cues.size(); c++) {
      hasSecond[c] = innerWords[c].length > 0;
      secondHash[c] = hasSecond[c] ? innerWords[c][0] : 0;
    }
    Map<String, List<Integer>> groups = new HashMap<>();
    for (int c = 0; c < cues.size(); c++) {
      String first = Words.firstWord(cues.get(c));
      if (first.isEmpty()) {
        throw new IllegalArgumentException("a cue starts with a letter: " + cues.get(c));
      }
      groups.computeIfAbsent(first, w -> new ArrayList<>()).add(c);
    }
    Map<String, int[]> table = new HashMap<>();
    groups.forEach((word, list) -> table.put(word, list.stream().mapToInt(Integer::intValue).toArray()));
    byFirstWord = new WordTable<>(table);
    id = CueIndex.register(table);
  }

  /**
   * Every word of {@code words} where a cue begins, ordered by cue (in the order given) and then by position.
   * Read each entry with {@link #cueOf} and {@link #startOf}.
   */
  public long[] find(Words words) {
    Found found = new Found();
    if (id < 0) {
      for (int i = 0; i < words.count(); i++) {
        collect(words, i, found);
      }
    } else {
      // only the words the shared index marked for this rule
      CueIndex.marks(words, id).forEach(id, (word, cues) -> collect(words, word, cues, found));
    }
    return found.sorted();
  }

  private void collect(Words words, int i, Found found) {
    int[] candidates = byFirstWord.get(words, i);
    if (candidates != null) {
      collect(words, i, candidates, found);
    }
  }

  /**
   * The cues among {@code candidates} (which start with word {@code i}'s length and hash) that stand at word i. Cues
   * that share a first word ("ban thường vụ tỉnh uỷ", "ban tổ chức tỉnh uỷ" …) are told apart by the hashes of the
   * words that follow before their chars are compared: a cue that stands here has each of its whole words at the same
   * offset in the text, and as a whole word of the text, so a cue whose words do not is not compared at all.
   */
  private void collect(Words words, int i, int[] candidates, Found found) {
    int start = words.start(i);
    boolean last = i + 1 >= words.count();
    int next = last ? 0 : words.hash(i + 1);
    for (int c : candidates) {
      if (hasSecond[c] && (last || secondHash[c] != next)) {
        continue;
      }
      if (wordsAgree(innerWords[c], words, i, start) && words.keyHas(cues[c], start)) {
        found.add(((long) c << 32) | start);
      }
    }
  }

  private static boolean wordsAgree(int[] inner, Words words, int i, int start) {
    for (int k = 0, w = i + 1; k < inner.length; k += 3, w++) {
      if (w >= words.count() || words.hash(w) != inner[k] || words.start(w) - start != inner[k + 1]
          || words.end(w) - start != inner[k + 2]) {
        return false;
      }
    }
    return true;
  }

  /** See {@link #innerWords}: hash, start and end of each whole word after the first, three ints each. */
  private static int[] innerWords(String cue) {
    Words w = VietnameseText.words(cue);
    int whole = w.end(w.count() - 1) == cue.length() ? w.count() - 1 : w.count(); // a last word at the end may go on
    int[] inner = new int[3 * Math.max(0, whole - 1)];
    for (int k = 1; k < whole; k++) {
      inner[3 * (k - 1)] = w.hash(k);
      inner[3 * (k - 1) + 1] = w.start(k);
      inner[3 * (k - 1) + 2] = w.end(k);
    }
    return inner;
  }

  /** Entries as they are found; most rules find none in most fields, so nothing is allocated until one is. */
  private static final class Found {
    private static final long[] NONE = new long[0];
    private long[] entries = NONE;
    private int count;

    void add(long entry) {
      if (count == entries.length) {
        entries = Arrays.copyOf(entries, Math.max(8, count * 2));
      }
      entries[count++] = entry;
    }

    long[] sorted() {
      if (count == 0) {
        return NONE;
      }
      long[] out = Arrays.copyOf(entries, count);
      Arrays.sort(out);
      return out;
    }
  }

  public static int cueOf(long entry) {
    return (int) (entry >>> 32);
  }

  public static int startOf(long entry) {
    return (int) entry;
  }

  /**
   * Each match of {@code pattern}, which starts with the cue {@code cue} (one of the cues {@code found} was found
   * with), tried only where that cue starts a word and never inside the match before: what
   * {@code pattern.matcher(key).find()} gives for such a pattern, without reading the text between the cues.
   */
  public static void eachMatch(Pattern pattern, String key, long[] found, int cue, Consumer<Matcher> onMatch) {
    eachMatch(pattern, key, found, cue, at -> true, onMatch);
  }

  /**
   * {@link #eachMatch(Pattern, String, long[], int, Consumer)}, with the pattern tried only where {@code mayMatch}
   * says it may: a cheap test of what must follow the cue, for a cue that mostly starts something else.
   */
  public static void eachMatch(Pattern pattern, String key, long[] found, int cue, IntPredicate mayMatch,
                               Consumer<Matcher> onMatch) {
    Matcher m = null;
    int after = 0;
    for (long entry : found) {
      int at = startOf(entry);
      if (cueOf(entry) != cue || at < after || !mayMatch.test(at)) {
        continue;
      }
      if (m == null) {
        m = Steps.matcher(pattern, key);
      }
      m.region(at, key.length());
      if (m.lookingAt()) {
        onMatch.accept(m);
        after = m.end();
      }
    }
  }
}
