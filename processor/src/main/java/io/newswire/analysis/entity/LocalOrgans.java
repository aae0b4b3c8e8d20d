package io.newswire.analysis.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Provincial Party and State organs, named by a prefix and the province: {@code Ban Thường vụ Tỉnh ủy Tuyên
 * Quang}, {@code UBND tỉnh Gia Lai}. The province keeps the name the story uses (a 2023 story's "Tỉnh ủy Hà
 * Giang" stays that), so the organ's canonical name is its prefix's canonical form plus that name.
 */
final class LocalOrgans {
  /** Match-key prefix → canonical prefix, longest first. */
  private static final String[][] PREFIXES = {
      {"ban thường vụ tỉnh uỷ", "Ban Thường vụ Tỉnh ủy"}, {"ban thường vụ thành uỷ", "Ban Thường vụ Thành ủy"},
      {"uỷ ban kiểm tra tỉnh uỷ", "Ủy ban Kiểm tra Tỉnh ủy"}, {"uỷ ban kiểm tra thành uỷ", "Ủy ban Kiểm tra Thành ủy"},
      {"ban chấp hành đảng bộ tỉnh", "Ban Chấp hành Đảng bộ tỉnh"}, {"uỷ ban nhân dân tỉnh", "UBND tỉnh"},
      {"uỷ ban nhân dân thành phố", "UBND thành phố"}, {"hội đồng nhân dân tỉnh", "HĐND tỉnh"},
      {"hội đồng nhân dân thành phố", "HĐND thành phố"}, {"ubnd tỉnh", "UBND tỉnh"}, {"ubnd thành phố", "UBND thành phố"},
      {"ubnd tp", "UBND thành phố"}, {"hđnd tỉnh", "HĐND tỉnh"}, {"hđnd thành phố", "HĐND thành phố"},
      {"tỉnh uỷ", "Tỉnh ủy"}, {"thành uỷ", "Thành ủy"}, {"đảng bộ tỉnh", "Đảng bộ tỉnh"}};

  /** Below the province there is no gazetteer (3,321 communes): the name is the capitalised run after the prefix. */
  private static final String[][] LOWER_PREFIXES = {
      {"ban thường vụ quận uỷ", "Ban Thường vụ Quận ủy"}, {"ban thường vụ huyện uỷ", "Ban Thường vụ Huyện ủy"},
      {"ban thường vụ thị uỷ", "Ban Thường vụ Thị ủy"}, {"ban thường vụ đảng uỷ", "Ban Thường vụ Đảng ủy"},
      {"quận uỷ", "Quận ủy"}, {"huyện uỷ", "Huyện ủy"}, {"thị uỷ", "Thị ủy"},
      {"đảng uỷ xã", "Đảng ủy xã"}, {"đảng uỷ phường", "Đảng ủy phường"}, {"đảng uỷ đặc khu", "Đảng ủy đặc khu"},
      {"ubnd xã", "UBND xã"}, {"ubnd phường", "UBND phường"}, {"uỷ ban nhân dân xã", "UBND xã"},
      {"uỷ ban nhân dân phường", "UBND phường"}};
  private static final java.util.regex.Pattern NAME_RUN =
      java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*){0,3}");

  private LocalOrgans() {}

  /** "Đảng ủy xã Ninh Hải", "Ban Thường vụ Quận ủy Hoàn Kiếm". */
  static List<Mention> findLower(String field, String clean, String key, List<Mention> known) {
    List<Mention> organs = new ArrayList<>();
    for (String[] prefix : LOWER_PREFIXES) {
      int at = key.indexOf(prefix[0]);
      while (at >= 0) {
        int nameStart = at + prefix[0].length() + 1;
        boolean wordStart = at == 0 || !Character.isLetter(key.charAt(at - 1));
        if (wordStart && nameStart < clean.length() && Character.isUpperCase(clean.charAt(at)) && !insideKnown(known, field, at)) {
          java.util.regex.Matcher m = NAME_RUN.matcher(clean);
          m.region(nameStart, clean.length());
          if (m.lookingAt()) {
            String name = m.group().replaceAll("[.]+$", "");
            int end = nameStart + name.length();
            String canonical = prefix[1] + " " + titleCase(name);
            organs.add(new Mention(EntityKind.ORGANIZATION, clean.substring(at, end), canonical, field, at, end, -1,
                null, "LOCAL"));
          }
        }
        at = key.indexOf(prefix[0], at + 1);
      }
    }
    return organs;
  }

  /** Headline caps ("TỈNH ỦY NGHỆ AN") must not make a second organ: each syllable capitalised, the rest lower. */
  static String titleCase(String name) {
    if (!name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
      return name;
    }
    StringBuilder out = new StringBuilder(name.length());
    boolean start = true;
    for (char c : name.toCharArray()) {
      out.append(start ? c : Character.toLowerCase(c));
      start = c == ' ';
    }
    return out.toString();
  }

  private static boolean insideKnown(List<Mention> known, String field, int at) {
    for (Mention m : known) {
      if (m.field().equals(field) && m.start() < at && at < m.end()) {
        return true;
      }
    }
    return false;
  }

  /** "Ban Thường vụ Đảng ủy Công an Trung ương": the standing board of a central organ. */
  static List<Mention> standingBoards(String field, String clean, String key, List<Mention> organs) {
    List<Mention> boards = new ArrayList<>();
    String prefix = "ban thường vụ ";
    for (Mention organ : organs) {
      int start = organ.start() - prefix.length();
      if (organ.kind() == EntityKind.ORGANIZATION && organ.field().equals(field) && start >= 0
          && key.startsWith(prefix, start) && !"LOCAL".equals(organ.level())) {
        boards.add(new Mention(EntityKind.ORGANIZATION, clean.substring(start, organ.end()), "Ban Thường vụ "
            + organ.canonical(), field, start, organ.end(), -1, null, organ.level()));
      }
    }
    return boards;
  }

  static List<Mention> find(String field, String clean, String key, List<Mention> places) {
    List<Mention> organs = new ArrayList<>();
    for (Mention place : places) {
      if (place.kind() != EntityKind.LOCATION || !place.field().equals(field)) {
        continue;
      }
      for (String[] prefix : PREFIXES) {
        int start = place.start() - prefix[0].length() - 1;
        if (start >= 0 && key.startsWith(prefix[0] + " ", start) && (start == 0 || !Character.isLetter(key.charAt(start - 1)))
            && Character.isUpperCase(clean.charAt(start))) {
          String name = prefix[1] + " " + titleCase(clean.substring(place.start(), place.end()));
          organs.add(new Mention(EntityKind.ORGANIZATION, clean.substring(start, place.end()), name, field, start,
              place.end(), -1, null, "LOCAL"));
          break;
        }
      }
    }
    return organs;
  }
}
