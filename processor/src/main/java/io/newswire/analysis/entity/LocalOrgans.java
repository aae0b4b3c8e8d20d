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

  private LocalOrgans() {}

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
          String name = prefix[1] + " " + clean.substring(place.start(), place.end());
          organs.add(new Mention(EntityKind.ORGANIZATION, clean.substring(start, place.end()), name, field, start,
              place.end(), -1, null, "LOCAL"));
          break;
        }
      }
    }
    return organs;
  }
}
