package io.newswire.analysis.entity;

import io.newswire.analysis.text.Cues;
import io.newswire.analysis.text.Steps;
import io.newswire.analysis.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places below the province, which no gazetteer here lists: the capitalised name after a lower-case unit word
 * ({@code huyện Dương Minh Châu}, {@code thị xã Sa Pa}, {@code xã Liên Minh}). The unit word must be lower case —
 * "Huyện ủy" or "Thị xã" at a sentence start name an organ or begin a sentence, not a place.
 */
final class LocalPlaces {
  private static final List<String> UNITS = List.of("huyện ", "thị xã ", "quận ", "xã ", "phường ", "thị trấn ",
      "đặc khu ", "thành phố ");
  private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{Ll}*(?: \\p{Lu}\\p{Ll}*){0,3}");

  /** The units as words of the match key; the display text must then write them in lower case. */
  private static final Cues UNIT_WORDS = new Cues(UNITS);

  private LocalPlaces() {}

  static List<Mention> find(String field, String clean, Words words) {
    List<Mention> places = new ArrayList<>();
    for (long found : UNIT_WORDS.find(words)) {
      String unit = UNITS.get(Cues.cueOf(found));
      int at = Cues.startOf(found);
      if (clean.startsWith(unit, at)) {
        Matcher m = Steps.matcher(NAME, clean);
        m.region(at + unit.length(), clean.length());
        if (m.lookingAt() && !PersonNames.NOT_NAMES.contains(m.group().split(" ")[0])) {
          String name = PlaceNames.trim(m.group());
          places.add(new Mention(EntityKind.LOCATION, name, name, field, m.start(), m.start() + name.length(), -1,
              null, null));
        }
      }
    }
    return places;
  }
}
