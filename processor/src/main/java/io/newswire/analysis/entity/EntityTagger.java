package io.newswire.analysis.entity;

import io.newswire.analysis.text.Chars;
import io.newswire.analysis.text.VietnameseText;
import io.newswire.analysis.text.WordTable;
import io.newswire.analysis.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Tags the entities of one text field. Order matters: shapes (document numbers,
 * congresses) first, then the gazetteer, then organ-based titles and local organs, then person names, which
 * may never start inside an entity already found; finally titles are linked to their holders.
 */
public final class EntityTagger {
  /**
   * The words after "Đảng" that make it a Party unit, not the Party ("Đảng ủy", "Đảng bộ", "Đảng viên", "Đảng đoàn"),
   * in match-key form: the key's lower case and new tone style make "Ủy", "ỦY", "ủy" and "uỷ" one word.
   */
  private static final List<String> PARTY_UNITS = List.of("uỷ", "bộ", "viên", "đoàn");

  private final Gazetteer gazetteer;

  public EntityTagger(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Mentions in {@code clean} (display text, see {@link VietnameseText#clean}); sentence indexes are left at -1. */
  public List<Mention> tag(String field, String clean) {
    return tag(field, clean, VietnameseText.words(clean));
  }

  /** As {@link #tag(String, String)}, with the field's words already found (see {@link VietnameseText#words}). */
  public List<Mention> tag(String field, String clean, Words words) {
    String key = words.key();
    boolean shouting = isAllCaps(clean);
    List<Mention> found = new ArrayList<>(PatternRules.find(field, clean, words));
    for (Gazetteer.Hit hit : gazetteer.find(words)) {
      String surface = clean.substring(hit.start(), hit.end());
      if (!acceptable(surface, hit, clean, key, shouting)) {
        continue;
      }
      Gazetteer.Entry e = hit.entry();
      if (e.kind() == EntityKind.LOCATION && !placeHere(clean, hit.start(), e.canonical())) {
        continue;
      }
      found.add(new Mention(e.kind(), surface, e.canonical(), field, hit.start(), hit.end(), -1, null, e.level()));
    }
    found.addAll(LocalPlaces.find(field, clean, words));
    List<Mention> kept = OverlapResolution.resolve(found);
    // each of these three rules sees what the ones before it found, as one unresolved list
    List<Mention> unresolved = new ArrayList<>(kept);
    unresolved.addAll(LocalOrgans.find(field, clean, words, unresolved));
    unresolved.addAll(Departments.find(field, clean, key, unresolved));
    unresolved.addAll(LocalOrgans.standingBoards(field, clean, key, unresolved));
    kept = OverlapResolution.add(kept, unresolved.subList(kept.size(), unresolved.size()));
    kept = OverlapResolution.add(kept, LocalOrgans.findLower(field, clean, words, kept));
    kept = OverlapResolution.add(kept, PositionRules.find(field, clean, words, kept));
    kept = OverlapResolution.add(kept, PersonRules.find(field, clean, words, kept));
    return PositionRules.link(clean, field, kept); // in the field's order: by start, the longest first
  }

  /**
   * The person names found so far in an article, indexed by their first word and built once for every field: a
   * handful of names, so a hash look-up at each word start is linear in the text and cheaper to build than an
   * automaton per article.
   */
  public static final class KnownNames {
    private final java.util.Map<String, Integer> rank = new java.util.HashMap<>();
    /** By the match key of their first word; a word of the text is then compared as the text writes it. */
    private final WordTable<List<String>> byFirstWord;

    /** Every name starts with a capital, as names do: words in lower case need no look-up. */
    private final boolean capitalised;

    public KnownNames(List<String> names) {
      capitalised = names.stream().allMatch(n -> !n.isEmpty() && Chars.isUpperCase(n.charAt(0)));
      java.util.Map<String, List<String>> groups = new java.util.HashMap<>();
      for (String name : names) {
        int firstWordEnd = wordEnd(name, 0);
        if (firstWordEnd > 0 && rank.putIfAbsent(name, rank.size()) == null) {
          groups.computeIfAbsent(VietnameseText.key(name.substring(0, firstWordEnd)), w -> new ArrayList<>()).add(name);
        }
      }
      byFirstWord = new WordTable<>(groups);
    }
  }

  private static int wordEnd(String text, int from) {
    int i = from;
    while (i < text.length() && Chars.isLetter(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private record NameHit(String name, int start) {}

  public List<Mention> tagKnownNames(String field, String clean, Words words, KnownNames names, List<Mention> existing) {
    if (names.rank.isEmpty() || clean.isEmpty()) {
      return List.of();
    }
    // one pass over the field's words and a map of the characters already taken: linear in the text, where one
    // indexOf scan per name and an overlap check against every mention grew with its square
    List<NameHit> hits = new ArrayList<>();
    // every name starts with a capital, as names do, unless one was found in a shouting headline
    for (int w = names.capitalised ? words.nextCapitalised(0) : 0; w >= 0 && w < words.count();
        w = names.capitalised ? words.nextCapitalised(w + 1) : w + 1) {
      List<String> candidates = names.byFirstWord.get(words, w);
      if (candidates != null) {
        int i = words.start(w);
        for (String name : candidates) {
          if (clean.startsWith(name, i)) {
            hits.add(new NameHit(name, i));
          }
        }
      }
    }
    if (hits.isEmpty()) {
      return List.of();
    }
    boolean[] taken = new boolean[clean.length()];
    for (Mention x : existing) {
      if (x.field().equals(field)) {
        java.util.Arrays.fill(taken, Math.max(0, x.start()), Math.min(clean.length(), x.end()), true);
      }
    }
    // as before: names in the order given, each left to right
    java.util.Map<String, Integer> rank = names.rank;
    hits.sort(Comparator.<NameHit>comparingInt(h -> rank.get(h.name())).thenComparingInt(NameHit::start));
    List<Mention> added = new ArrayList<>();
    for (NameHit h : hits) {
      int from = h.start();
      int end = from + h.name().length();
      boolean wordEnd = end == clean.length() || !Chars.isLetter(clean.charAt(end));
      if (!wordEnd || anyTaken(taken, from, end)) {
        continue;
      }
      java.util.Arrays.fill(taken, from, end, true);
      added.add(new Mention(EntityKind.PERSON, h.name(), h.name(), field, from, end, -1, null, null));
    }
    return added;
  }

  private static boolean anyTaken(boolean[] taken, int from, int end) {
    for (int i = from; i < end; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }

  /**
   * A place name right after a surname (and middle name) is part of a person's name — "Nguyễn Hòa Bình" is a Deputy
   * Prime Minister, not a province — and "Việt Nam" after a capitalised word ends an organisation's name
   * ("Hội Nhà báo Việt Nam").
   */
  static boolean placeHere(String clean, int start, String canonical) {
    String previous = wordBefore(clean, start);
    if (previous == null) {
      return true;
    }
    if (PersonNames.SURNAMES.contains(previous)) {
      return false;
    }
    String surname = wordBefore(clean, start - previous.length() - 1);
    if (PersonNames.MIDDLE.contains(previous) && surname != null && PersonNames.SURNAMES.contains(surname)) {
      return false;
    }
    if (clean.startsWith("Việt Nam", start) && Chars.isUpperCase(previous.charAt(0))
        && !List.of("Tại", "Ở", "Của", "Và", "Với", "Cho", "Từ", "Nước").contains(previous)) {
      return false;
    }
    return ProvinceHistory.get().isProvince(canonical) || !endsAnOrganisationName(clean, start);
  }

  private static final java.util.Set<String> ORG_HEADS = java.util.Set.of("Hội", "Ban", "Bộ", "Tổng", "Công", "Tập",
      "Ngân", "Đài", "Trường", "Viện", "Liên", "Quỹ", "Ủy", "Uỷ", "Cục", "Hãng", "Nhà", "Thông", "Quân",
      "Đảng", "Mặt", "Trung", "Hiệp", "Tòa", "Toà");
  private static final java.util.Set<String> CLAUSE_WORDS = java.util.Set.of("của", "tại", "ở", "với", "và", "cho", "từ",
      "về", "đến", "trong", "là", "sang", "thăm", "giữa", "nước");

  /**
   * A country's name at the end of an organisation's ("Hội Nhà báo Lào", "Đại sứ quán Việt Nam") names the
   * organisation, not the place: look back over at most five words, stopping at words that start a phrase.
   */
  private static boolean endsAnOrganisationName(String clean, int start) {
    if (start < 2 || clean.charAt(start - 1) != ' ') {
      return false;
    }
    int at = start - 1;
    String next = null;
    String afterNext = null;
    for (int words = 0; words < 5 && at > 0; words++) {
      int end = at;
      int begin = end;
      while (begin > 0 && Chars.isLetter(clean.charAt(begin - 1))) {
        begin--;
      }
      if (begin == end) {
        return false;
      }
      String word = clean.substring(begin, end);
      if (CLAUSE_WORDS.contains(word)) {
        return false;
      }
      // "Đại học", "Đại sứ quán", "Học viện" are organisations; "Đại sứ" (an ambassador) is a person's title
      if (ORG_HEADS.contains(word) || (word.equals("Đại") && ("học".equals(next) || ("sứ".equals(next)
          && "quán".equals(afterNext)))) || (word.equals("Học") && "viện".equals(next))) {
        return true;
      }
      afterNext = next;
      next = word;
      if (begin < 2 || clean.charAt(begin - 1) != ' ') {
        return false;
      }
      at = begin - 1;
    }
    return false;
  }

  /** The word ending one space before {@code at}, or null at a sentence or clause start. */
  static String wordBefore(String text, int at) {
    if (at < 2 || text.charAt(at - 1) != ' ' || !Chars.isLetter(text.charAt(at - 2))) {
      return null;
    }
    int start = at - 1;
    while (start > 0 && Chars.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return text.substring(start, at - 1);
  }

  private static boolean acceptable(String surface, Gazetteer.Hit hit, String clean, String key, boolean shouting) {
    char first = surface.charAt(0);
    if (hit.entry().canonical().equals("Đảng Cộng sản Việt Nam") && partyUnitAt(key, hit.end())) {
      return false; // "Đảng ủy", "Đảng bộ", "Đảng viên", "Đảng đoàn" are not the Party itself
    }
    if (hit.entry().abbreviation()) {
      // "TƯ" is an abbreviation; "tư" (four, private) is not
      if (!surface.equals(surface.toUpperCase(Locale.ROOT)) && !surface.equals("T.Ư")) {
        return false;
      }
    } else if (!shouting && !Chars.isUpperCase(first) && !Character.isDigit(first)
        && !(surface.startsWith("ban ") && "Trưởng".equalsIgnoreCase(wordBefore(clean, hit.start())))) {
      // "Trưởng ban Dân nguyện": a title may lower-case the board it heads
      return false;
    }
    // "Mỹ Đức", "Nga Sơn": a one-syllable country name followed by a capitalised syllable is a Vietnamese place
    // (abbreviations such as "TPHCM" in "UBND TPHCM Phan Văn Mãi" are not syllables and keep their place)
    if (!shouting && hit.entry().kind() == EntityKind.LOCATION && surface.indexOf(' ') < 0 && surface.length() <= 4
        && !surface.equals(surface.toUpperCase(Locale.ROOT)) && hit.end() + 1 < clean.length()
        && clean.charAt(hit.end()) == ' ' && Chars.isUpperCase(clean.charAt(hit.end() + 1))) {
      return false;
    }
    // glued to a number ("01-CT/TW" is a document code, caught whole by the document rule): not an organ mention
    int before = hit.start() - 1;
    return before < 0 || (clean.charAt(before) != '-' && !Character.isDigit(clean.charAt(before))
        && !(clean.charAt(before) == '/' && before > 0 && Character.isDigit(clean.charAt(before - 1))));
  }

  /** Whether a space and one of {@link #PARTY_UNITS}, as a whole word, follow {@code end} in the key. */
  static boolean partyUnitAt(String key, int end) {
    if (end >= key.length() || key.charAt(end) != ' ') {
      return false;
    }
    for (String unit : PARTY_UNITS) {
      int after = end + 1 + unit.length();
      if (key.startsWith(unit, end + 1) && (after == key.length() || !Character.isLetter(key.codePointAt(after)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAllCaps(String text) {
    int letters = 0;
    int upper = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Chars.isLetter(c)) {
        letters++;
        if (Chars.isUpperCase(c)) {
          upper++;
        } else if (letters - upper > 40 && letters - upper > letters / 5) {
          return false; // a field that has run on in lower case this long is not a shouting headline
        }
      }
    }
    return letters > 10 && upper > letters * 0.8;
  }
}
