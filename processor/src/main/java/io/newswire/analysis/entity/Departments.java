package io.newswire.analysis.entity;

import io.newswire.analysis.text.Chars;
import java.util.ArrayList;
import java.util.List;

/**
 * Provincial departments and central agencies named by their sector: {@code Sở Tài nguyên và Môi trường},
 * {@code Sở Y tế Hà Nội}, {@code Sở Giáo dục và Đào tạo tỉnh Nghệ An}, {@code Cục Thuế}. The sector list is closed
 * (a capitalised "Sở" followed by anything else is not guessed at); a place right after, with or without "tỉnh" or
 * "thành phố", belongs to the name.
 */
final class Departments {
  private static final List<String> HEADS = List.of("sở ", "cục ", "chi cục ");
  /** Sectors in match-key form, longest first where one starts another. */
  private static final List<String> SECTORS = List.of("tài nguyên và môi trường", "nông nghiệp và môi trường",
      "nông nghiệp và phát triển nông thôn", "giáo dục và đào tạo", "kế hoạch và đầu tư", "giao thông vận tải",
      "lao động, thương binh và xã hội", "lao động - thương binh và xã hội", "văn hoá, thể thao và du lịch",
      "văn hoá và thể thao", "thông tin và truyền thông", "khoa học và công nghệ", "dân tộc và tôn giáo",
      "quy hoạch - kiến trúc", "xây dựng", "công thương", "tài chính", "nội vụ", "tư pháp", "y tế", "du lịch",
      "ngoại vụ", "thuế", "hải quan", "quản lý thị trường", "kiểm lâm", "thống kê", "văn hoá, thể thao",
      "giao thông công chính", "thanh tra");
  private static final List<String> PLACE_WORDS = List.of("tỉnh ", "thành phố ", "tp. ", "tp ", "");

  private Departments() {}

  static List<Mention> find(String field, String clean, String key, List<Mention> known) {
    List<Mention> found = new ArrayList<>();
    // the places of this field by where they start, once: a scan of every mention per department grew with the square
    java.util.Map<Integer, Mention> placesByStart = new java.util.HashMap<>();
    for (Mention m : known) {
      if (m.kind() == EntityKind.LOCATION && m.field().equals(field)) {
        placesByStart.putIfAbsent(m.start(), m);
      }
    }
    for (String head : HEADS) {
      for (int at = key.indexOf(head); at >= 0; at = key.indexOf(head, at + 1)) {
        if ((at > 0 && Chars.isLetter(key.charAt(at - 1))) || !Chars.isUpperCase(clean.charAt(at))) {
          continue;
        }
        int sectorAt = at + head.length();
        for (String sector : SECTORS) {
          int end = sectorAt + sector.length();
          if (!key.startsWith(sector, sectorAt) || (end < key.length() && Character.isLetterOrDigit(key.charAt(end)))) {
            continue;
          }
          end = placeEnd(key, end, placesByStart);
          String name = clean.substring(at, end);
          // a provincial department: local, so the place inside it stays a place (it never issues delegations)
          found.add(new Mention(EntityKind.ORGANIZATION, name, LocalOrgans.titleCase(name), field, at, end, -1, null,
              "LOCAL"));
          break;
        }
      }
    }
    return found;
  }

  /** Extends the name over "tỉnh Nghệ An", "TP Hà Nội" or "Hà Nội" when a known place starts there. */
  private static int placeEnd(String key, int end, java.util.Map<Integer, Mention> placesByStart) {
    if (!key.startsWith(" ", end)) {
      return end;
    }
    for (String word : PLACE_WORDS) {
      if (!key.startsWith(word, end + 1)) {
        continue;
      }
      Mention place = placesByStart.get(end + 1 + word.length());
      if (place != null) {
        return place.end();
      }
    }
    return end;
  }
}
