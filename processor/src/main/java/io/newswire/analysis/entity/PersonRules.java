package io.newswire.analysis.entity;

import io.newswire.analysis.text.Chars;
import io.newswire.analysis.text.Cues;
import io.newswire.analysis.text.Steps;
import io.newswire.analysis.text.WordSet;
import io.newswire.analysis.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Person names found by their context, never by capitalisation alone: after a form of address
 * ({@code đồng chí}, {@code ông}, {@code bà}), after a title ({@code Trưởng Đoàn kiểm tra Phan Đình Trạc}), before
 * an apposition of titles ({@code Trương Thị Mai, Ủy viên Bộ Chính trị}), in photo credits
 * ({@code Phương Hoa/TTXVN}), and full three-syllable names with a common surname and middle name.
 */
final class PersonRules {
  /** Forms of address that put a name right after them, as the text writes them ("ÔNG " is not one). */
  private static final List<String> ADDRESSES = List.of("đồng chí ", "Đồng chí ", "ĐỒNG CHÍ ", "đ/c ", "Đ/c ", "ông ",
      "Ông ", "bà ", "Bà ");
  /** The forms of address in match-key form, found as cue words; each form is then compared as written. */
  private static final List<String> ADDRESS_KEYS =
      ADDRESSES.stream().map(a -> a.toLowerCase(java.util.Locale.ROOT)).distinct().toList();
  private static final Cues ADDRESS_CUES = new Cues(ADDRESS_KEYS);
  /** Which cue finds each form of address. */
  private static final int[] ADDRESS_CUE =
      ADDRESSES.stream().mapToInt(a -> ADDRESS_KEYS.indexOf(a.toLowerCase(java.util.Locale.ROOT))).toArray();
  private static final WordSet SURNAMES = new WordSet(PersonNames.SURNAMES);
  private static final WordSet MIDDLE = new WordSet(PersonNames.MIDDLE);
  private static final Pattern CREDIT = Pattern.compile("(?:^|\\n)([^/\\n]{3,40})/(?:TTXVN|Vietnam\\+|VNA|TTXVN/[^\\n]*)");

  private PersonRules() {}

  /**
   * Where the run of two to {@code max} (at most 5) capitalised syllables starting exactly at {@code at} ends, or -1:
   * what {@code \p{Lu}\p{Ll}*( \p{Lu}\p{Ll}*){1,4}} matches there, cut after {@code max} syllables, read by hand,
   * since every form of address, title and surname asks and a regular expression's set-up cost more than the read.
   */
  static int runEnd(String text, int at, int max) {
    int n = text.length();
    if (at >= n || !startsUpper(text, at)) {
      return -1;
    }
    int i = afterLower(text, at + Character.charCount(text.codePointAt(at)));
    int syllables = 1;
    while (syllables < max && i + 1 < n && text.charAt(i) == ' ' && startsUpper(text, i + 1)) {
      i = afterLower(text, i + 1 + Character.charCount(text.codePointAt(i + 1)));
      syllables++;
    }
    Steps.add(i - at);
    return syllables >= 2 ? i : -1;
  }

  private static boolean startsUpper(String text, int i) {
    return Character.getType(text.codePointAt(i)) == Character.UPPERCASE_LETTER;
  }

  /** The end of the lower-case letters from {@code i} on. */
  private static int afterLower(String text, int i) {
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (Character.getType(c) != Character.LOWERCASE_LETTER) {
        break;
      }
      i += Character.charCount(c);
    }
    return i;
  }

  static List<Mention> find(String field, String text, Words words, List<Mention> allKnown) {
    People people = new People();
    Known known = new Known(field, allKnown);
    long[] addressed = ADDRESS_CUES.find(words);
    for (int a = 0; a < ADDRESSES.size(); a++) {
      String address = ADDRESSES.get(a);
      for (long cue : addressed) {
        int at = Cues.startOf(cue);
        // the cue is the key's lower case; the form of address is the text's own ("ÔNG " is no cue)
        if (Cues.cueOf(cue) == ADDRESS_CUE[a] && text.startsWith(address, at)) {
          add(people, field, text, at + address.length(), false, known);
        }
      }
    }
    for (Mention m : known.mentions) {
      if (m.kind() != EntityKind.POSITION) {
        continue;
      }
      int at = m.end();
      // "Phó Trưởng đoàn kiểm tra số 538 của Bộ Chính trị Trần Quốc Cường"
      if (text.startsWith(" của ", at)) {
        Mention organ = known.startingAt(at + 5);
        if (organ != null) {
          at = organ.end();
        }
      }
      if (text.startsWith(" ", at)) {
        add(people, field, text, at + 1, true, known);
      }
      // "Trương Thị Mai, Ủy viên Bộ Chính trị"
      int comma = m.start() - 2;
      if (comma > 0 && text.startsWith(", ", comma)) {
        int runStart = startOfRunEndingAt(text, comma);
        if (runStart >= 0) {
          add(people, field, text, runStart, true, known);
        }
      }
    }
    if (field.equals("captions") || field.equals("credits")) {
      Matcher credit = Steps.matcher(CREDIT, text);
      while (credit.find()) {
        String name = credit.group(1).strip();
        int start = text.indexOf(name, credit.start(1));
        if (isName(name, false) && !name.contains("-")) {
          people.add(new Mention(EntityKind.PERSON, name, name, field, start, start + name.length(), -1, null, null));
        }
      }
    }
    // full names with a common surname and middle name: look only where a capitalised word starts
    int n = text.length();
    for (int w = words.nextCapitalised(0); w >= 0 && w + 1 < words.count(); w = words.nextCapitalised(w + 1)) {
      int end = words.end(w);
      if (SURNAMES.contains(words, w, text) && end + 1 < n && text.charAt(end) == ' '
          && words.start(w + 1) == end + 1 && MIDDLE.contains(words, w + 1, text)) {
        int end2 = words.end(w + 1);
        if (end2 + 1 < n && text.charAt(end2) == ' ' && Chars.isUpperCase(text.charAt(end2 + 1))) {
          add(people, field, text, words.start(w), true, known);
        }
      }
    }
    return people.list;
  }

  /**
   * The people found so far in one field, and the chars they cover: whether a new name overlaps one of them is a
   * look at those chars, not a scan of every name found (a long text has thousands).
   */
  private static final class People {
    final List<Mention> list = new ArrayList<>();
    private final java.util.BitSet taken = new java.util.BitSet();

    void add(Mention person) {
      list.add(person);
      taken.set(person.start(), person.end());
    }

    boolean overlapsAny(Mention person) {
      int first = taken.nextSetBit(person.start());
      return first >= 0 && first < person.end();
    }
  }

  private static void add(People people, String field, String text, int at, boolean needSurname,
                          Known known) {
    // after "đồng chí", long names of ethnic minorities (Y Thanh Hà Niê Kđăm) too
    int end = runEnd(text, at, needSurname ? 4 : 5);
    if (end < 0) {
      return;
    }
    // stop the name where a known entity starts ("Nguyễn Đức Hải làm …" is fine; "Hà Nội" inside is not a name)
    int next = known.nextStart(at);
    if (next >= 0 && next < end) {
      end = next - 1;
    }
    if (end <= at) {
      return;
    }
    String name = text.substring(at, end).strip();
    if (!isName(name, needSurname)) {
      return;
    }
    Mention person = new Mention(EntityKind.PERSON, name, name, field, at, at + name.length(), -1, null, null);
    if (people.overlapsAny(person)) {
      return;
    }
    people.add(person);
  }

  static boolean isName(String name, boolean needSurname) {
    String[] words = name.split(" ");
    if (words.length < 2 || words.length > (needSurname ? 4 : 5)) {
      return false;
    }
    for (String w : words) {
      if (!PersonNames.isSyllable(w)) {
        return false;
      }
    }
    if (PersonNames.NOT_NAMES.contains(words[0]) && !PersonNames.SURNAMES.contains(words[0])) {
      return false;
    }
    if (words[0].equals("Hà") && words.length == 2 && words[1].equals("Nội")) {
      return false;
    }
    return !needSurname || PersonNames.SURNAMES.contains(words[0]);
  }

  /** The known mentions of one field, sorted by start: the rules above ask "what starts here, or next?". */
  private static final class Known {
    final List<Mention> mentions;
    private final int[] starts;

    Known(String field, List<Mention> all) {
      List<Mention> inField = new ArrayList<>(all.size());
      for (Mention m : all) {
        if (m.field().equals(field)) {
          inField.add(m);
        }
      }
      mentions = MentionOrder.byStart(inField);
      starts = new int[mentions.size()];
      for (int i = 0; i < starts.length; i++) {
        starts[i] = mentions.get(i).start();
      }
    }

    /** Index of the first mention starting at or after {@code at}. */
    private int firstFrom(int at) {
      int i = java.util.Arrays.binarySearch(starts, at);
      if (i < 0) {
        return -i - 1;
      }
      while (i > 0 && starts[i - 1] == at) {
        i--;
      }
      return i;
    }

    Mention startingAt(int at) {
      int i = firstFrom(at);
      return i < starts.length && starts[i] == at ? mentions.get(i) : null;
    }

    /** The start of the first mention at or after {@code at}, or -1. */
    int nextStart(int at) {
      int i = firstFrom(at);
      return i < starts.length ? starts[i] : -1;
    }
  }


  private static int startOfRunEndingAt(String text, int end) {
    int i = end;
    int words = 0;
    while (i > 0 && words < 4) {
      int wordEnd = i;
      int wordStart = wordEnd;
      while (wordStart > 0 && Chars.isLetter(text.charAt(wordStart - 1))) {
        wordStart--;
      }
      if (wordStart == wordEnd || !PersonNames.isSyllable(text.substring(wordStart, wordEnd))) {
        break;
      }
      words++;
      i = wordStart;
      if (i > 0 && text.charAt(i - 1) == ' ') {
        if (i - 1 > 0 && Chars.isUpperCase(text.charAt(Math.max(0, prevWordStart(text, i - 1))))) {
          i = i - 1;
          continue;
        }
      }
      break;
    }
    if (words < 2) {
      return -1;
    }
    return i < end && text.charAt(i) == ' ' ? i + 1 : i;
  }

  private static int prevWordStart(String text, int spaceAt) {
    int s = spaceAt;
    while (s > 0 && Chars.isLetter(text.charAt(s - 1))) {
      s--;
    }
    return s;
  }
}
