package io.newswire.analysis.entity;

import io.newswire.analysis.text.VietnameseText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Tags the entities of one text field. Order matters, as in vietnamese-text.md §4: shapes (document numbers,
 * congresses) first, then the gazetteer, then organ-based titles and local organs, then person names, which
 * may never start inside an entity already found; finally titles are linked to their holders.
 */
public final class EntityTagger {
  private static final java.util.regex.Pattern PARTY_COMPOUND =
      java.util.regex.Pattern.compile("(?iu) (ủy|uỷ|bộ|viên|đoàn|uỷ viên)(?!\\p{L})");

  private final Gazetteer gazetteer;

  public EntityTagger(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Mentions in {@code clean} (display text, see {@link VietnameseText#clean}); sentence indexes are left at -1. */
  public List<Mention> tag(String field, String clean) {
    return tag(field, clean, VietnameseText.key(clean));
  }

  /** As {@link #tag(String, String)}, with the match key already computed. */
  public List<Mention> tag(String field, String clean, String key) {
    boolean shouting = isAllCaps(clean);
    List<Mention> found = new ArrayList<>(PatternRules.find(field, clean, key));
    for (Gazetteer.Hit hit : gazetteer.find(key)) {
      String surface = clean.substring(hit.start(), hit.end());
      if (!acceptable(surface, hit, clean, shouting)) {
        continue;
      }
      Gazetteer.Entry e = hit.entry();
      found.add(new Mention(e.kind(), surface, e.canonical(), field, hit.start(), hit.end(), -1, null, e.level()));
    }
    List<Mention> kept = resolveOverlaps(found);
    kept.addAll(LocalOrgans.find(field, clean, key, kept));
    kept.addAll(LocalOrgans.standingBoards(field, clean, key, kept));
    kept = resolveOverlaps(kept);
    kept.addAll(LocalOrgans.findLower(field, clean, key, kept));
    kept = resolveOverlaps(kept);
    kept.addAll(PositionRules.find(field, clean, key, kept));
    kept = resolveOverlaps(kept);
    kept.addAll(PersonRules.find(field, clean, kept));
    kept = resolveOverlaps(kept);
    kept = PositionRules.link(clean, field, kept);
    kept.sort(Comparator.comparingInt(Mention::start).thenComparing(Mention::end, Comparator.reverseOrder()));
    return kept;
  }

  /** Names tagged somewhere in the story are people wherever else they appear. */
  public List<Mention> tagKnownNames(String field, String clean, List<String> names, List<Mention> existing) {
    List<Mention> added = new ArrayList<>();
    for (String name : names) {
      int from = 0;
      while ((from = clean.indexOf(name, from)) >= 0) {
        int end = from + name.length();
        boolean wordStart = from == 0 || !Character.isLetter(clean.charAt(from - 1));
        boolean wordEnd = end == clean.length() || !Character.isLetter(clean.charAt(end));
        Mention m = new Mention(EntityKind.PERSON, name, name, field, from, end, -1, null, null);
        if (wordStart && wordEnd && existing.stream().noneMatch(x -> x.overlaps(m))
            && added.stream().noneMatch(x -> x.overlaps(m))) {
          added.add(m);
        }
        from = end;
      }
    }
    return added;
  }

  private static boolean acceptable(String surface, Gazetteer.Hit hit, String clean, boolean shouting) {
    char first = surface.charAt(0);
    if (hit.entry().canonical().equals("Đảng Cộng sản Việt Nam") && PARTY_COMPOUND.matcher(clean).region(hit.end(),
        clean.length()).lookingAt()) {
      return false; // "Đảng ủy", "Đảng bộ", "Đảng viên", "Đảng đoàn" are not the Party itself
    }
    if (hit.entry().abbreviation()) {
      // "TƯ" is an abbreviation; "tư" (four, private) is not
      if (!surface.equals(surface.toUpperCase(Locale.ROOT)) && !surface.equals("T.Ư")) {
        return false;
      }
    } else if (!shouting && !Character.isUpperCase(first) && !Character.isDigit(first)) {
      return false;
    }
    // glued to a number ("01-CT/TW" is a document code, caught whole by the document rule): not an organ mention
    int before = hit.start() - 1;
    return before < 0 || (clean.charAt(before) != '-' && !Character.isDigit(clean.charAt(before))
        && !(clean.charAt(before) == '/' && before > 0 && Character.isDigit(clean.charAt(before - 1))));
  }

  /**
   * Longest mentions win; a shorter one survives inside a longer one only where the nesting means something:
   * an organ or place inside a title, an event inside a document, a province inside a local organ.
   */
  static List<Mention> resolveOverlaps(List<Mention> mentions) {
    List<Mention> sorted = new ArrayList<>(mentions);
    sorted.sort(Comparator.comparingInt(Mention::length).reversed().thenComparingInt(Mention::start));
    List<Mention> kept = new ArrayList<>();
    for (Mention m : sorted) {
      boolean ok = true;
      for (Mention k : kept) {
        if (!m.overlaps(k)) {
          continue;
        }
        if (k.contains(m) && nestable(k, m) && !(k.start() == m.start() && k.end() == m.end())) {
          continue;
        }
        ok = false;
        break;
      }
      if (ok) {
        kept.add(m);
      }
    }
    return kept;
  }

  private static boolean nestable(Mention outer, Mention inner) {
    return (outer.kind() == EntityKind.POSITION && (inner.kind() == EntityKind.ORGANIZATION || inner.kind() == EntityKind.LOCATION))
        || (outer.kind() == EntityKind.DOCUMENT && inner.kind() == EntityKind.EVENT)
        || (outer.kind() == EntityKind.EVENT && inner.canonical().equals("Đảng Cộng sản Việt Nam"))
        || (outer.kind() == EntityKind.ORGANIZATION && "LOCAL".equals(outer.level()) && inner.kind() == EntityKind.LOCATION);
  }

  private static boolean isAllCaps(String text) {
    int letters = 0;
    int upper = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    return letters > 10 && upper > letters * 0.8;
  }
}
