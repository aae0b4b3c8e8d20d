package io.newswire.analysis.entity;

import io.newswire.analysis.text.Chars;
import io.newswire.analysis.text.Cues;
import io.newswire.analysis.text.Steps;
import io.newswire.analysis.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Titles composed of a head word and an organ ({@code Trưởng Ban Nội chính Trung ương}, {@code Bộ trưởng Bộ Y tế},
 * {@code Bí thư Tỉnh ủy Tuyên Quang}), delegation roles ({@code Phó Trưởng đoàn kiểm tra số 538}), and the link
 * from each title to the person holding it.
 */
final class PositionRules {
  /** Head words in match-key form, longest first so "phó trưởng" wins over "trưởng". */
  private static final List<String> HEADS = List.of("phó chủ nhiệm", "phó trưởng", "phó chủ tịch", "phó bí thư",
      "phó chánh văn phòng", "chánh văn phòng", "phó tổng thư ký", "tổng thư ký", "phó tổng kiểm toán",
      "tổng kiểm toán", "uỷ viên thường trực", "uỷ viên", "bộ trưởng", "thứ trưởng", "chủ nhiệm", "trưởng",
      "chủ tịch", "bí thư", "giám đốc", "phó giám đốc", "tổng giám đốc", "chánh án", "viện trưởng");
  /** {@link #HEADS} by their last word, each list in the order of HEADS. */
  private static final java.util.Map<String, List<String>> HEADS_BY_LAST_WORD = HEADS.stream().collect(
      java.util.stream.Collectors.groupingBy(h -> h.substring(h.lastIndexOf(' ') + 1)));

  /** The heads that may end one space before {@code at}: those whose last word is the key's word there. */
  private static List<String> headsEndingBefore(String key, int at) {
    String word = EntityTagger.wordBefore(key, at);
    return word == null ? List.of() : HEADS_BY_LAST_WORD.getOrDefault(word, List.of());
  }

  /** Tried only where the words "trưởng đoàn" start (see {@link Cues#eachMatch}). */
  private static final Cues ROLE_CUE = new Cues(List.of("trưởng đoàn"));
  private static final Pattern DELEGATION_ROLE = Pattern.compile(
      "trưởng đoàn(?: (kiểm tra, giám sát|kiểm tra|giám sát|công tác))?(?: (?:số )?(\\d{1,4}))?(?!\\p{L})");

  private PositionRules() {}

  static List<Mention> find(String field, String clean, Words words, List<Mention> organs) {
    String key = words.key();
    List<Mention> positions = new ArrayList<>();
    for (Mention organ : organs) {
      if (!organ.field().equals(field) || organ.kind() != EntityKind.ORGANIZATION) {
        continue;
      }
      // a head ends one space before the organ: only the heads that end in the word there can stand there
      for (String head : headsEndingBefore(key, organ.start())) {
        int start = organ.start() - head.length() - 1;
        if (start >= 0 && key.startsWith(head, start) && key.charAt(start + head.length()) == ' ' && (start == 0 || !Chars.isLetter(key.charAt(start - 1)))) {
          String title = capitalise(clean.substring(start, organ.start())).replace("Uỷ", "Ủy").replace("uỷ", "ủy") + organ.canonical();
          positions.add(new Mention(EntityKind.POSITION, clean.substring(start, organ.end()), title, field, start,
              organ.end(), -1, null, null));
          break;
        }
      }
    }
    Cues.eachMatch(DELEGATION_ROLE, key, ROLE_CUE.find(words), 0, m -> {
      boolean deputy = m.start() >= 4 && key.startsWith("phó ", m.start() - 4)
          && (m.start() == 4 || !Chars.isLetter(key.charAt(m.start() - 5)));
      int start = deputy ? m.start() - 4 : m.start();
      StringBuilder title = new StringBuilder(deputy ? "Phó Trưởng đoàn" : "Trưởng đoàn");
      if (m.group(1) != null) {
        title.append(' ').append(m.group(1));
      }
      if (m.group(2) != null) {
        title.append(" số ").append(m.group(2));
      }
      positions.add(new Mention(EntityKind.POSITION, clean.substring(start, m.end()), title.toString(), field,
          start, m.end(), -1, null, null));
    });
    return positions;
  }

  /** Delegation roles without a number take the one delegation number the story names, if exactly one. */
  static List<Mention> numberDelegationRoles(List<Mention> mentions, String delegationNumber) {
    if (delegationNumber == null) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      if (m.kind() == EntityKind.POSITION && m.canonical().contains("rưởng đoàn") && !m.canonical().contains(" số ")) {
        String canonical = m.canonical().equals("Trưởng đoàn") || m.canonical().equals("Phó Trưởng đoàn")
            ? m.canonical() + " kiểm tra số " + delegationNumber : m.canonical() + " số " + delegationNumber;
        out.add(new Mention(m.kind(), m.text(), canonical, m.field(), m.start(), m.end(), m.sentence(), m.holder(), m.level()));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * Links titles to holders: an apposition chain after a name ({@code Name, T1, T2 làm T3}) belongs to that name;
   * otherwise a chain right before a name ({@code T1, T2 của Bộ Chính trị Name}) does. Returns the mentions in the
   * field's order ({@link Mention#BY_START_LONGEST_FIRST}).
   */
  static List<Mention> link(String text, String field, List<Mention> mentions) {
    if (!hasPerson(mentions, field)) {
      return MentionOrder.byStartLongestFirst(mentions); // no holder in this field
    }
    List<Mention> sorted = MentionOrder.byStartLongestFirst(mentions);
    java.util.Map<Mention, String> holders = new java.util.IdentityHashMap<>();
    Outermost outermost = new Outermost(sorted, field);
    for (Mention person : sorted) {
      if (person.kind() != EntityKind.PERSON || !person.field().equals(field)) {
        continue;
      }
      int at = person.end();
      while (true) {
        int next = skip(text, at, ", ", " làm ", " kiêm ", " - ");
        Mention title = outermost.at(next, EntityKind.POSITION);
        if (next == at || title == null) {
          break;
        }
        holders.putIfAbsent(title, person.canonical());
        at = title.end();
        Mention organ = text.startsWith(" của ", at) ? outermost.at(at + 5, EntityKind.ORGANIZATION) : null;
        if (organ != null) {
          at = organ.end();
        }
      }
    }
    for (Mention person : sorted) {
      if (person.kind() != EntityKind.PERSON || !person.field().equals(field)) {
        continue;
      }
      int at = person.start() - 1;
      if (at < 0 || text.charAt(at) != ' ') {
        continue;
      }
      Mention organ = outermost.endingAt(at, EntityKind.ORGANIZATION);
      if (organ != null && organ.start() >= 5 && text.startsWith(" của ", organ.start() - 5)) {
        at = organ.start() - 5;
      }
      Mention title = outermost.endingAt(at, EntityKind.POSITION);
      while (title != null && !holders.containsKey(title)) {
        holders.put(title, person.canonical());
        int before = title.start() - 2;
        title = before > 0 && text.startsWith(", ", before) ? outermost.endingAt(before, EntityKind.POSITION) : null;
      }
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : sorted) { // in the order the tagger returns a field's mentions in
      String holder = holders.get(m);
      out.add(holder == null ? m : m.withHolder(holder));
    }
    return out;
  }

  private static boolean hasPerson(List<Mention> mentions, String field) {
    for (Mention m : mentions) {
      if (m.kind() == EntityKind.PERSON && m.field().equals(field)) {
        return true;
      }
    }
    return false;
  }

  private static int skip(String text, int at, String... separators) {
    for (String s : separators) {
      if (text.startsWith(s, at)) {
        return at + s.length();
      }
    }
    return at;
  }

  /**
   * The outermost mention of a kind starting, or ending, at an offset of one field: the field's mentions sorted twice,
   * once by start (longest first) and once by end (earliest start first), each searched by binary search, so that
   * linking every person is linear in the mentions up to a logarithm (a scan of all mentions per person grew with
   * their square).
   */
  private static final class Outermost {
    private final Mention[] byStart;
    private final int[] starts;
    private final Mention[] byEnd;
    private final int[] ends;

    Outermost(List<Mention> mentions, String field) {
      List<Mention> inField = new ArrayList<>(mentions.size());
      for (Mention m : mentions) {
        if (m.field().equals(field)) {
          inField.add(m);
        }
      }
      byStart = MentionOrder.byStartLongestFirst(inField).toArray(new Mention[0]);
      byEnd = MentionOrder.byEndLongestFirst(java.util.Arrays.asList(byStart)).toArray(new Mention[0]);
      starts = new int[byStart.length];
      ends = new int[byEnd.length];
      for (int i = 0; i < byStart.length; i++) {
        starts[i] = byStart[i].start();
        ends[i] = byEnd[i].end();
      }
    }

    Mention at(int start, EntityKind kind) {
      return first(byStart, starts, start, kind);
    }

    Mention endingAt(int end, EntityKind kind) {
      return first(byEnd, ends, end, kind);
    }

    /** The first of {@code sorted} (by {@code offsets}) at {@code offset} whose kind is {@code kind}, or null. */
    private static Mention first(Mention[] sorted, int[] offsets, int offset, EntityKind kind) {
      for (int i = Offsets.firstAtLeast(offsets, offset); i < offsets.length && offsets[i] == offset; i++) {
        if (sorted[i].kind() == kind) {
          return sorted[i];
        }
      }
      return null;
    }
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
