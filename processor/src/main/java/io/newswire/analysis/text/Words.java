package io.newswire.analysis.text;

import java.util.Arrays;

/**
 * The words of one field, found once and read by every rule: where each run of letters starts and ends in the
 * match key, its hash (as {@link String#hashCode} of the word) and whether the display text capitalises it. A
 * rule that looks for its cue words asks "which words are in my table?" instead of scanning the whole field once
 * per cue with {@code indexOf}; the cues are words, so every rule already demanded that a cue start a word.
 *
 * <p>A word is a maximal run of letters ({@link Chars#isLetter}); digits, spaces and punctuation separate words.
 */
public final class Words {
  /** Set once, when the key is complete (see {@link VietnameseText#words}, which finds the words as it builds it). */
  private String key;
  /** The key's chars, kept from building it: the rules' cue and word comparisons read them without a string's checks. */
  private char[] keyChars;
  private int[] starts;
  private int[] ends;
  private int[] hashes;
  private long[] capitals;
  private int count;
  /** Where the rules' cues may start, found once per field by the {@link CueIndex} on the first rule's asking. */
  CueIndex.Marks cueMarks;

  private Words(int capacity) {
    starts = new int[capacity];
    ends = new int[capacity];
    hashes = new int[capacity];
    capitals = new long[(capacity + 63) >>> 6];
  }

  /** Words to be added ({@link #add}) as a match key is built, by {@link VietnameseText#words}; {@link #seal} ends it. */
  static Words building(int length) {
    Steps.add(length);
    return new Words(length / 4 + 8); // a Vietnamese word and its space take 4.5 chars on average: seldom grown
  }

  Words seal(String key, char[] keyChars) {
    this.key = key;
    this.keyChars = keyChars;
    return this;
  }

  /**
   * Whether the key holds {@code chars} from {@code at} on: {@code key().startsWith(new String(chars), at)}, for
   * chars a rule keeps of its cue words, compared in a plain loop (a string of Vietnamese letters compared with an
   * ASCII one takes a slow mixed path).
   */
  boolean keyHas(char[] chars, int at) {
    if (at < 0 || at + chars.length > keyChars.length) {
      return false;
    }
    for (int k = 0; k < chars.length; k++) {
      if (keyChars[at + k] != chars[k]) {
        return false;
      }
    }
    return true;
  }

  void add(int start, int end, int hash, boolean capital) {
    if (count == starts.length) {
      int grown = count * 2;
      starts = Arrays.copyOf(starts, grown);
      ends = Arrays.copyOf(ends, grown);
      hashes = Arrays.copyOf(hashes, grown);
      capitals = Arrays.copyOf(capitals, (grown + 63) >>> 6);
    }
    starts[count] = start;
    ends[count] = end;
    hashes[count] = hash;
    if (capital) {
      capitals[count >>> 6] |= 1L << count;
    }
    count++;
  }

  public int count() {
    return count;
  }

  /** Offset of word {@code i}'s first char, in the key and in the clean text alike. */
  public int start(int i) {
    return starts[i];
  }

  public int end(int i) {
    return ends[i];
  }

  public int hash(int i) {
    return hashes[i];
  }

  /**
   * The first capitalised word at or after {@code from}, or -1: read from the capitals' bits, 64 words at a time, so
   * that a rule looking only at capitalised words skips the others without a branch on each.
   */
  public int nextCapitalised(int from) {
    if (from >= count) {
      return -1;
    }
    int block = from >>> 6;
    long bits = capitals[block] & (-1L << from);
    while (bits == 0) {
      if (++block == capitals.length) {
        return -1;
      }
      bits = capitals[block];
    }
    int next = (block << 6) + Long.numberOfTrailingZeros(bits);
    return next < count ? next : -1;
  }

  /** Whether the display text starts word {@code i} with a capital ("Tỉnh", "UBND"). */
  public boolean capitalised(int i) {
    return (capitals[i >>> 6] & (1L << i)) != 0;
  }

  public String key() {
    return key;
  }

  /** The first word of {@code text} (letters from its first char on), or "" when it does not start with a letter. */
  public static String firstWord(String text) {
    int end = 0;
    while (end < text.length() && Chars.isLetter(text.charAt(end))) {
      end++;
    }
    return text.substring(0, end);
  }
}
