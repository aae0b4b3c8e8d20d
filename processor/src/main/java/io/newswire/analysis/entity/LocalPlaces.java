package io.newswire.analysis.entity;

import io.newswire.analysis.text.Chars;
import io.newswire.analysis.text.Steps;
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

  private LocalPlaces() {}

  static List<Mention> find(String field, String clean) {
    List<Mention> places = new ArrayList<>();
    for (String unit : UNITS) {
      for (int at = clean.indexOf(unit); at >= 0; at = clean.indexOf(unit, at + 1)) {
        if (at > 0 && Chars.isLetter(clean.charAt(at - 1))) {
          continue;
        }
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
