package io.newswire.analysis.entity;

import io.newswire.analysis.text.Chars;
import io.newswire.analysis.text.Cues;
import io.newswire.analysis.text.Steps;
import io.newswire.analysis.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Provincial Party and State organs, named by a prefix and the province: {@code Ban Thường vụ Tỉnh ủy Tuyên
 * Quang}, {@code UBND tỉnh Gia Lai}, {@code Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh}. The province keeps the name of
 * the story's own time (the gazetteer knows the units merged in 2025 by their own names), so a 2023 story's
 * "Tỉnh ủy Hà Giang" stays that. A prefix the story uses without a place ("HĐND tỉnh", "Ban Thường vụ Tỉnh ủy")
 * is an organ too: the province is clear to the reader from the rest of the story.
 */
final class LocalOrgans {
  /** A prefix in match-key form, its canonical form, and the level of the organs it names. */
  private record Prefix(String key, String canonical, String level, boolean bare) {}

  private static final java.util.regex.Pattern TRAILING_DOTS = java.util.regex.Pattern.compile("[.]+$");
  private static final String LOCAL = "LOCAL";
  private static final String NA = "NATIONAL_ASSEMBLY";

  /** Longest first, so "ban thường vụ tỉnh uỷ" wins over "tỉnh uỷ". */
  private static final List<Prefix> PREFIXES = List.of(
      new Prefix("ban thường vụ đảng uỷ quân sự tỉnh", "Ban Thường vụ Đảng ủy Quân sự tỉnh", LOCAL, false),
      new Prefix("đoàn đại biểu quốc hội thành phố", "Đoàn đại biểu Quốc hội thành phố", NA, false),
      new Prefix("đoàn đại biểu quốc hội tỉnh", "Đoàn đại biểu Quốc hội tỉnh", NA, true),
      new Prefix("đoàn đại biểu quốc hội", "Đoàn đại biểu Quốc hội", NA, false),
      new Prefix("đoàn đbqh tỉnh", "Đoàn đại biểu Quốc hội tỉnh", NA, true),
      new Prefix("đoàn đbqh", "Đoàn đại biểu Quốc hội", NA, false),
      new Prefix("uỷ ban kiểm tra tỉnh uỷ", "Ủy ban Kiểm tra Tỉnh ủy", LOCAL, true),
      new Prefix("uỷ ban kiểm tra thành uỷ", "Ủy ban Kiểm tra Thành ủy", LOCAL, true),
      new Prefix("uỷ ban kiểm tra thị uỷ", "Ủy ban Kiểm tra Thị ủy", LOCAL, true),
      new Prefix("uỷ ban kiểm tra huyện uỷ", "Ủy ban Kiểm tra Huyện ủy", LOCAL, true),
      new Prefix("uỷ ban kiểm tra (ubkt) tỉnh uỷ", "Ủy ban Kiểm tra Tỉnh ủy", LOCAL, true),
      new Prefix("ubkt tỉnh uỷ", "Ủy ban Kiểm tra Tỉnh ủy", LOCAL, true),
      new Prefix("ubkt thành uỷ", "Ủy ban Kiểm tra Thành ủy", LOCAL, true),
      new Prefix("ubkt huyện uỷ", "Ủy ban Kiểm tra Huyện ủy", LOCAL, true),
      new Prefix("ban chấp hành đảng bộ tỉnh", "Ban Chấp hành Đảng bộ tỉnh", LOCAL, true),
      new Prefix("ban thường vụ tỉnh uỷ", "Ban Thường vụ Tỉnh ủy", LOCAL, true),
      new Prefix("btv tỉnh uỷ", "Ban Thường vụ Tỉnh ủy", LOCAL, true),
      new Prefix("btv thành uỷ", "Ban Thường vụ Thành ủy", LOCAL, true),
      new Prefix("ban thường vụ thành uỷ", "Ban Thường vụ Thành ủy", LOCAL, true),
      new Prefix("đảng uỷ quân sự tỉnh", "Đảng ủy Quân sự tỉnh", LOCAL, true),
      new Prefix("đuqs tỉnh", "Đảng ủy Quân sự tỉnh", LOCAL, true),
      new Prefix("bộ chỉ huy quân sự tỉnh", "Bộ Chỉ huy Quân sự tỉnh", LOCAL, true),
      new Prefix("bộ chqs tỉnh", "Bộ Chỉ huy Quân sự tỉnh", LOCAL, true),
      new Prefix("ban kinh tế - ngân sách hđnd tỉnh", "Ban Kinh tế - Ngân sách HĐND tỉnh", LOCAL, true),
      new Prefix("ban văn hoá - xã hội hđnd tỉnh", "Ban Văn hóa - Xã hội HĐND tỉnh", LOCAL, true),
      new Prefix("ban pháp chế hđnd tỉnh", "Ban Pháp chế HĐND tỉnh", LOCAL, true),
      new Prefix("ban dân tộc hđnd tỉnh", "Ban Dân tộc HĐND tỉnh", LOCAL, true),
      new Prefix("ban đô thị hđnd tỉnh", "Ban Đô thị HĐND tỉnh", LOCAL, true),
      new Prefix("ban tổ chức tỉnh uỷ", "Ban Tổ chức Tỉnh ủy", LOCAL, true),
      new Prefix("ban tuyên giáo tỉnh uỷ", "Ban Tuyên giáo Tỉnh ủy", LOCAL, true),
      new Prefix("ban dân vận tỉnh uỷ", "Ban Dân vận Tỉnh ủy", LOCAL, true),
      new Prefix("ban nội chính tỉnh uỷ", "Ban Nội chính Tỉnh ủy", LOCAL, true),
      new Prefix("uỷ ban nhân dân thành phố", "UBND thành phố", LOCAL, false),
      new Prefix("uỷ ban nhân dân tỉnh", "UBND tỉnh", LOCAL, true),
      new Prefix("hội đồng nhân dân thành phố", "HĐND thành phố", LOCAL, true),
      new Prefix("văn phòng uỷ ban nhân dân tỉnh", "Văn phòng UBND tỉnh", LOCAL, true),
      new Prefix("văn phòng ubnd tỉnh", "Văn phòng UBND tỉnh", LOCAL, true),
      new Prefix("đảng uỷ xã", "Đảng ủy xã", LOCAL, true),
      new Prefix("đảng uỷ phường", "Đảng ủy phường", LOCAL, true),
      new Prefix("hđnd quận", "HĐND quận", LOCAL, true),
      new Prefix("hđnd huyện", "HĐND huyện", LOCAL, true),
      new Prefix("hội đồng nhân dân tỉnh", "HĐND tỉnh", LOCAL, true),
      new Prefix("uỷ ban mttq việt nam tỉnh", "Ủy ban MTTQ Việt Nam tỉnh", LOCAL, false),
      new Prefix("uỷ ban mttq tỉnh", "Ủy ban MTTQ Việt Nam tỉnh", LOCAL, true),
      new Prefix("công an thành phố", "Công an thành phố", LOCAL, false),
      new Prefix("công an tỉnh", "Công an tỉnh", LOCAL, true),
      new Prefix("thanh tra tỉnh", "Thanh tra tỉnh", LOCAL, false),
      new Prefix("ubnd thành phố", "UBND thành phố", LOCAL, false),
      new Prefix("ubnd tỉnh", "UBND tỉnh", LOCAL, true),
      new Prefix("ubnd tp.", "UBND thành phố", LOCAL, false),
      new Prefix("ubnd tp", "UBND thành phố", LOCAL, false),
      new Prefix("ubnd", "UBND", LOCAL, false),
      new Prefix("hđnd thành phố", "HĐND thành phố", LOCAL, true),
      new Prefix("hđnd tỉnh", "HĐND tỉnh", LOCAL, true),
      new Prefix("hđnd tp.", "HĐND thành phố", LOCAL, false),
      new Prefix("hđnd tp", "HĐND thành phố", LOCAL, false),
      new Prefix("hđnd", "HĐND", LOCAL, true),
      new Prefix("tỉnh uỷ", "Tỉnh ủy", LOCAL, true),
      new Prefix("thành uỷ", "Thành ủy", LOCAL, true),
      new Prefix("đảng bộ tỉnh", "Đảng bộ tỉnh", LOCAL, false));

  /** Centrally-run cities: "HĐND Hà Nội" is the city's council, "HĐND Nghệ An" the province's. */
  private static final Set<String> CITIES = Set.of("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế");

  /** Below the province there is no gazetteer (3,321 communes): the name is the capitalised run after the prefix. */
  private static final String[][] LOWER_PREFIXES = {
      {"uỷ ban kiểm tra huyện uỷ", "Ủy ban Kiểm tra Huyện ủy"}, {"ubkt huyện uỷ", "Ủy ban Kiểm tra Huyện ủy"},
      {"uỷ ban kiểm tra quận uỷ", "Ủy ban Kiểm tra Quận ủy"}, {"uỷ ban kiểm tra thị uỷ", "Ủy ban Kiểm tra Thị ủy"},
      {"ban thường vụ quận uỷ", "Ban Thường vụ Quận ủy"}, {"ban thường vụ huyện uỷ", "Ban Thường vụ Huyện ủy"},
      {"ban thường vụ thị uỷ", "Ban Thường vụ Thị ủy"}, {"ban thường vụ đảng uỷ xã", "Ban Thường vụ Đảng ủy xã"},
      {"ban thường vụ đảng uỷ phường", "Ban Thường vụ Đảng ủy phường"}, {"ban thường vụ đảng uỷ", "Ban Thường vụ Đảng ủy"},
      {"quận uỷ", "Quận ủy"}, {"huyện uỷ", "Huyện ủy"}, {"thị uỷ", "Thị ủy"},
      {"đảng uỷ xã", "Đảng ủy xã"}, {"đảng uỷ phường", "Đảng ủy phường"}, {"đảng uỷ đặc khu", "Đảng ủy đặc khu"},
      {"ubnd xã", "UBND xã"}, {"ubnd phường", "UBND phường"}, {"uỷ ban nhân dân xã", "UBND xã"},
      {"uỷ ban nhân dân phường", "UBND phường"}, {"ubnd huyện", "UBND huyện"}, {"uỷ ban nhân dân huyện", "UBND huyện"},
      {"ubnd thị xã", "UBND thị xã"}, {"uỷ ban nhân dân thị xã", "UBND thị xã"}, {"ubnd quận", "UBND quận"},
      {"uỷ ban nhân dân quận", "UBND quận"}, {"hđnd huyện", "HĐND huyện"}, {"hội đồng nhân dân huyện", "HĐND huyện"}};
  private static final java.util.regex.Pattern NAME_RUN =
      java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*){0,3}");
  /** "Đảng ủy Dân Chính Đảng": the Party committee of a province's Party, State and mass-organisation offices. */
  private static final String[][] BLOCS = {
      {"ban thường vụ đảng uỷ dân chính đảng", "Ban Thường vụ Đảng ủy Dân Chính Đảng"},
      {"đảng uỷ dân chính đảng", "Đảng ủy Dân Chính Đảng"}, {"đảng uỷ khối", "Đảng ủy Khối"}};

  private LocalOrgans() {}

  private static final Cues LOWER_CUES = new Cues(java.util.Arrays.stream(LOWER_PREFIXES).map(p -> p[0]).toList());
  private static final Cues BLOC_CUES = new Cues(java.util.Arrays.stream(BLOCS).map(b -> b[0]).toList());

  /** "Đảng ủy xã Ninh Hải", "Ban Thường vụ Quận ủy Hoàn Kiếm". */
  static List<Mention> findLower(String field, String clean, Words words, List<Mention> known) {
    List<Mention> organs = new ArrayList<>();
    long[] lower = LOWER_CUES.find(words);
    long[] blocs = BLOC_CUES.find(words);
    if (lower.length == 0 && blocs.length == 0) {
      return organs; // most fields name no organ below the province: the map below is for those that do
    }
    boolean[] inside = insideKnown(known, field, clean.length());
    for (long cue : lower) {
      String[] prefix = LOWER_PREFIXES[Cues.cueOf(cue)];
      int at = Cues.startOf(cue);
      int nameStart = at + prefix[0].length() + 1;
      if (nameStart < clean.length() && Chars.isUpperCase(clean.charAt(at)) && !inside[at]) {
        java.util.regex.Matcher m = Steps.matcher(NAME_RUN, clean);
        m.region(nameStart, clean.length());
        if (m.lookingAt()) {
          String name = PlaceNames.trim(TRAILING_DOTS.matcher(m.group()).replaceAll(""));
          int end = nameStart + name.length();
          String canonical = prefix[1] + " " + titleCase(name);
          organs.add(new Mention(EntityKind.ORGANIZATION, clean.substring(at, end), canonical, field, at, end, -1,
              null, LOCAL));
        }
      }
    }
    String key = words.key();
    int taken = -1; // each bloc is named once: its first good place
    for (long cue : blocs) {
      int b = Cues.cueOf(cue);
      String[] bloc = BLOCS[b];
      int at = Cues.startOf(cue);
      int end = at + bloc[0].length();
      if (b == taken || !wordAt(key, at, end) || !Chars.isUpperCase(clean.charAt(at)) || inside[at]) {
        continue;
      }
      String canonical = bloc[1];
      if (bloc[0].equals("đảng uỷ khối")) {
        java.util.regex.Matcher m = Steps.matcher(NAME_RUN, clean);
        m.region(Math.min(end + 1, clean.length()), clean.length());
        if (!m.lookingAt()) {
          continue;
        }
        end = m.end();
        canonical = bloc[1] + " " + m.group();
      }
      organs.add(new Mention(EntityKind.ORGANIZATION, clean.substring(at, end), canonical, field, at, end, -1,
          null, LOCAL));
      taken = b;
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

  /** Which offsets of the field lie strictly inside a known mention (after its first character), once per field. */
  private static boolean[] insideKnown(List<Mention> known, String field, int length) {
    boolean[] inside = new boolean[length + 1];
    for (Mention m : known) {
      if (m.field().equals(field)) {
        java.util.Arrays.fill(inside, Math.min(length, m.start() + 1), Math.min(length, Math.max(m.start() + 1, m.end())),
            true);
      }
    }
    return inside;
  }

  private static boolean wordAt(String key, int start, int end) {
    return (start == 0 || !Chars.isLetter(key.charAt(start - 1)))
        && (end >= key.length() || !Character.isLetterOrDigit(key.charAt(end)));
  }

  /**
   * "Ban Thường vụ Đảng ủy Công an Trung ương": the standing board of a central organ; "Ban Cán sự đảng Bộ Nội vụ":
   * the Party group of a ministry (which inspects no one: it has no level).
   */
  static List<Mention> standingBoards(String field, String clean, String key, List<Mention> organs) {
    List<Mention> boards = new ArrayList<>();
    for (Mention organ : organs) {
      if (organ.kind() != EntityKind.ORGANIZATION || !organ.field().equals(field)) {
        continue;
      }
      int start = organ.start() - "ban thường vụ ".length();
      if (start >= 0 && key.startsWith("ban thường vụ ", start) && !LOCAL.equals(organ.level())) {
        boards.add(new Mention(EntityKind.ORGANIZATION, clean.substring(start, organ.end()), "Ban Thường vụ "
            + organ.canonical(), field, start, organ.end(), -1, null, organ.level()));
      }
      start = organ.start() - "ban cán sự đảng ".length();
      if (start >= 0 && key.startsWith("ban cán sự đảng ", start) && Chars.isUpperCase(clean.charAt(start))) {
        boards.add(new Mention(EntityKind.ORGANIZATION, clean.substring(start, organ.end()), "Ban cán sự đảng "
            + organ.canonical(), field, start, organ.end(), -1, null, null));
      }
    }
    return boards;
  }

  /** Prefix + province ("UBND tỉnh Gia Lai"), and the prefixes a story uses alone ("HĐND tỉnh"). */
  static List<Mention> find(String field, String clean, Words words, List<Mention> places) {
    String key = words.key();
    List<Mention> organs = new ArrayList<>();
    for (Mention place : places) {
      if (place.kind() != EntityKind.LOCATION || !place.field().equals(field)) {
        continue;
      }
      for (Prefix prefix : PREFIXES) {
        int start = place.start() - prefix.key().length() - 1;
        if (start >= 0 && key.startsWith(prefix.key() + " ", start) && (start == 0 || !Chars.isLetter(key.charAt(start - 1)))
            && Chars.isUpperCase(clean.charAt(start))) {
          // the city's Party committee is "Thành ủy Thành phố Hồ Chí Minh" in its own documents
          String placeName = place.canonical().equals("Hồ Chí Minh") && prefix.canonical().endsWith("Thành ủy")
              ? "Thành phố Hồ Chí Minh" : place.canonical();
          String name = canonicalPrefix(prefix, place.canonical()) + " " + placeName;
          organs.add(new Mention(EntityKind.ORGANIZATION, clean.substring(start, place.end()), name, field, start,
              place.end(), -1, null, prefix.level()));
          break;
        }
      }
    }
    // in the order of the scans this replaced: by the prefix's last word, then where it ends, then by prefix
    long[] bare = BARE_CUES.find(words);
    long[] order = new long[bare.length];
    int n = 0;
    for (long cue : bare) {
      int p = BARE_PREFIX[Cues.cueOf(cue)];
      int at = Cues.startOf(cue);
      int stop = at + PREFIXES.get(p).key().length();
      order[n++] = ((long) BARE_LAST_WORD[p] << 56) | ((long) stop << 24) | p;
    }
    java.util.Arrays.sort(order, 0, n);
    for (int k = 0; k < n; k++) {
      Prefix prefix = PREFIXES.get((int) (order[k] & 0xFFFFFF));
      int stop = (int) ((order[k] >>> 24) & 0xFFFFFFFFL);
      int at = stop - prefix.key().length();
      // "Tỉnh ủy viên" is a member, not the committee
      if (wordAt(key, at, stop) && Chars.isUpperCase(clean.charAt(at)) && !key.startsWith(" viên", stop)) {
        organs.add(new Mention(EntityKind.ORGANIZATION, clean.substring(at, stop), prefix.canonical(), field, at,
            stop, -1, null, prefix.level()));
      }
    }
    return organs;
  }

  /** The prefixes a story uses alone, and the last word each ends in (the words such prefixes end in, in order). */
  private static final List<String> LAST_WORDS = List.of("uỷ", "tỉnh", "hđnd", "phố", "xã", "phường", "quận", "huyện");
  private static final int[] BARE_LAST_WORD = new int[PREFIXES.size()];
  private static final Cues BARE_CUES;
  private static final int[] BARE_PREFIX;

  static {
    List<String> bare = new ArrayList<>();
    List<Integer> index = new ArrayList<>();
    for (int p = 0; p < PREFIXES.size(); p++) {
      Prefix prefix = PREFIXES.get(p);
      int last = -1;
      for (int w = 0; w < LAST_WORDS.size() && last < 0; w++) {
        if (prefix.key().endsWith(LAST_WORDS.get(w))) {
          last = w;
        }
      }
      if (prefix.bare() && last < 0) {
        throw new IllegalStateException("a bare prefix must end in one of " + LAST_WORDS + ": " + prefix.key());
      }
      BARE_LAST_WORD[p] = last;
      if (prefix.bare()) {
        bare.add(prefix.key());
        index.add(p);
      }
    }
    BARE_CUES = new Cues(bare);
    BARE_PREFIX = index.stream().mapToInt(Integer::intValue).toArray();
  }

  /** "HĐND" or "Đoàn đại biểu Quốc hội" before a bare place name: the city's or the province's. */
  private static String canonicalPrefix(Prefix prefix, String place) {
    if (prefix.canonical().equals("UBND") || prefix.canonical().equals("HĐND")
        || prefix.canonical().equals("Đoàn đại biểu Quốc hội")) {
      return prefix.canonical() + (CITIES.contains(place) ? " thành phố" : " tỉnh");
    }
    return prefix.canonical();
  }
}
