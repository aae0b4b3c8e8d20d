package io.newswire.analysis.entity;

import io.newswire.analysis.text.Chars;
import io.newswire.analysis.text.Cues;
import io.newswire.analysis.text.Steps;
import io.newswire.analysis.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entities recognised by shape rather than by name: Party and State document numbers, congresses and plenums,
 * resolutions named after them. Patterns run on the match key (lower case, new tone style), so {@code khóa} and
 * {@code khoá}, {@code TƯ} and {@code TW}, headline caps and body text all match; surfaces come from the clean
 * text at the same offsets.
 */
final class PatternRules {
  private static final String DOC_WORD = "(?:(chỉ thị|nghị quyết|kết luận|quyết định|quy định|hướng dẫn|thông báo|"
      + "nghị định|thông tư|luật|công điện|kế hoạch|chương trình)\\s+(?:số\\s*)?)?";
  /**
   * Ahead of both code patterns: what a match starts with (a document word's first letter, or the number), so that
   * {@code find()} turns every other position of its window away with one test instead of trying thirteen words.
   */
  private static final String DOC_START = "(?=[cnkqhtl\\d])";
  /** Party: {@code 01-CT/TW}, {@code 47 - QĐ/TW}, {@code 37QĐ/TW}, {@code 08-QĐi/TƯ}, {@code 538-QĐNS/TW}. */
  private static final Pattern PARTY = Pattern.compile(DOC_START + "(?<![\\p{L}\\d/.])" + DOC_WORD
      + "(\\d{1,4})\\s*[-]?\\s*(qđns|qđi|qđ|qd|nq|ctr|ct|kl|hd|tb|qc|bc|kh|ttr)\\s*/\\s*(tư|t\\.ư|tw|[a-zđ]{2,12})(?![\\p{L}\\d])");
  /** State: {@code 30/2020/NĐ-CP}, {@code 176/2025/QH15}, {@code 237/NQ-UBTVQH16}. */
  private static final Pattern STATE = Pattern.compile(DOC_START + "(?<![\\p{L}\\d/.-])" + DOC_WORD
      + "(\\d{1,5})\\s*/\\s*(?:(\\d{4})\\s*/\\s*)?((?:[a-zđ]{1,5}-)?[a-zđ][a-zđư]{0,11}\\d{0,2})(?![\\p{L}\\d])");
  private static final String ROMAN = "([ivxlc]{1,6})(?![\\p{L}\\d])";
  private static final Pattern CONGRESS_RESOLUTION = Pattern.compile(
      "nghị quyết\\s+đại hội\\s+(?:đại biểu toàn quốc\\s+)?(?:lần thứ\\s+)?" + ROMAN + "(\\s+của đảng)?");
  private static final Pattern PLENUM_RESOLUTION = Pattern.compile(
      "nghị quyết\\s+(?:hội nghị\\s+)?trung ương\\s+(\\d{1,2})\\s+khoá\\s+" + ROMAN);
  private static final Pattern CONGRESS = Pattern.compile(
      "đại hội\\s+(?:đại biểu toàn quốc\\s+)?(?:lần thứ\\s+)?" + ROMAN + "(\\s+của đảng)?");
  private static final Pattern PLENUM = Pattern.compile("hội nghị\\s+(?:lần thứ\\s+)?trung ương\\s+(\\d{1,2})\\s+khoá\\s+" + ROMAN);
  private static final Pattern CHARTER = Pattern.compile("điều lệ đảng");
  private static final Pattern CONSTITUTION = Pattern.compile("hiến pháp(?: năm \\d{4})?");

  private static final Map<String, String> PARTY_TYPES = Map.ofEntries(Map.entry("NQ", "Nghị quyết"),
      Map.entry("CT", "Chỉ thị"), Map.entry("KL", "Kết luận"), Map.entry("QĐ", "Quyết định"),
      Map.entry("QĐNS", "Quyết định"), Map.entry("QĐI", "Quy định"), Map.entry("HD", "Hướng dẫn"),
      Map.entry("TB", "Thông báo"), Map.entry("QC", "Quy chế"), Map.entry("BC", "Báo cáo"),
      Map.entry("KH", "Kế hoạch"), Map.entry("CTR", "Chương trình"), Map.entry("TTR", "Tờ trình"));

  private PatternRules() {}

  /** The literals the congress, plenum, resolution, charter and constitution patterns start with. */
  private static final Cues ANCHORS = new Cues(List.of("nghị quyết", "đại hội", "hội nghị", "điều lệ đảng", "hiến pháp"));
  private static final int RESOLUTION_AT = 0;
  private static final int CONGRESS_AT = 1;
  private static final int PLENUM_AT = 2;
  private static final int CHARTER_AT = 3;
  private static final int CONSTITUTION_AT = 4;

  static List<Mention> find(String field, String clean, Words words) {
    String key = words.key();
    List<Mention> found = new ArrayList<>();
    // every document code has a slash: scan only around slashes (the patterns' leading alternation is costly)
    java.util.Set<Integer> starts = new java.util.HashSet<>();
    int[] windows = slashesBeforeLetters(key);
    // the slashes either code pattern can have as its own
    int[] codeSlashes = new int[windows.length];
    int codes = 0;
    for (int slash : windows) {
      if (numberBefore(key, slash)) {
        codeSlashes[codes++] = slash;
      }
    }
    codeSlashes = java.util.Arrays.copyOf(codeSlashes, codes);
    int nextCode = 0;
    Matcher party = null;
    Matcher state = null;
    for (int slash : windows) {
      // a window finds only codes whose own slash it holds: none there ("Ảnh: Phương Hoa/TTXVN"), nothing to try
      while (nextCode < codeSlashes.length && codeSlashes[nextCode] < slash - WINDOW_BEFORE) {
        nextCode++;
      }
      if (nextCode == codeSlashes.length || codeSlashes[nextCode] >= slash + WINDOW_AFTER) {
        continue;
      }
      int from = Math.max(0, slash - WINDOW_BEFORE);
      int to = Math.min(key.length(), slash + WINDOW_AFTER);
      if (party == null) { // one matcher of each per field: a window moves its region
        party = Steps.matcher(PARTY, key).useTransparentBounds(true);
        state = Steps.matcher(STATE, key).useTransparentBounds(true);
      }
      Matcher m = party.region(from, to);
      while (m.find()) {
        if (starts.add(m.start())) {
          found.add(partyDocument(field, clean, m));
        }
      }
      m = state.region(from, to);
      while (m.find()) {
        String code = clean.substring(m.start(4), m.end(4));
        boolean hasYear = m.group(3) != null;
        if ((hasYear || code.contains("-")) && Chars.isUpperCase(code.charAt(0))
            && !overlapsAny(found, field, m.start(), m.end()) && starts.add(m.start())) {
          found.add(stateDocument(field, clean, m));
        }
      }
    }
    // each of these patterns starts with its literal, a word: try them only where their word starts
    long[] anchors = ANCHORS.find(words);
    Cues.eachMatch(CONGRESS_RESOLUTION, key, anchors, RESOLUTION_AT, at -> goesOn(key, at, "nghị quyết", "đại hội"),
        m -> {
      if (isRoman(m.group(1))) {
        found.add(new Mention(EntityKind.DOCUMENT, clean.substring(m.start(), m.end()),
            "Nghị quyết Đại hội " + m.group(1).toUpperCase(Locale.ROOT) + " của Đảng", field, m.start(), m.end(), -1, null, null));
      }
    });
    Cues.eachMatch(PLENUM_RESOLUTION, key, anchors, RESOLUTION_AT,
        at -> goesOn(key, at, "nghị quyết", "hội nghị", "trung ương"), m -> found.add(new Mention(EntityKind.DOCUMENT,
        clean.substring(m.start(), m.end()), "Nghị quyết Trung ương " + m.group(1) + " khóa "
        + m.group(2).toUpperCase(Locale.ROOT), field, m.start(), m.end(), -1, null, null)));
    Cues.eachMatch(CONGRESS, key, anchors, CONGRESS_AT,
        at -> goesOn(key, at, "đại hội", "đại biểu toàn quốc", "lần thứ", "i", "v", "x", "l", "c"), m -> {
      // "nhiệm kỳ Đại hội XII" names a term, not the congress
      if (isRoman(m.group(1)) && !(m.start() >= 9 && key.startsWith("nhiệm kỳ ", m.start() - 9))) {
        found.add(new Mention(EntityKind.EVENT, clean.substring(m.start(), m.end()),
            "Đại hội " + m.group(1).toUpperCase(Locale.ROOT) + " của Đảng", field, m.start(), m.end(), -1, null, null));
      }
    });
    Cues.eachMatch(PLENUM, key, anchors, PLENUM_AT, at -> goesOn(key, at, "hội nghị", "lần thứ", "trung ương"),
        m -> found.add(new Mention(EntityKind.EVENT,
        clean.substring(m.start(), m.end()), "Hội nghị Trung ương " + m.group(1) + " khóa "
        + m.group(2).toUpperCase(Locale.ROOT), field, m.start(), m.end(), -1, null, null)));
    for (int cue : new int[] {CHARTER_AT, CONSTITUTION_AT}) {
      Cues.eachMatch(cue == CHARTER_AT ? CHARTER : CONSTITUTION, key, anchors, cue, m -> {
        if (Chars.isUpperCase(clean.charAt(m.start()))) {
          String surface = clean.substring(m.start(), m.end());
          found.add(new Mention(EntityKind.DOCUMENT, surface, m.group().startsWith("điều") ? "Điều lệ Đảng" : capitalise(surface),
              field, m.start(), m.end(), -1, null, null));
        }
      });
    }
    return found;
  }

  /**
   * Whether the key has {@code cue} at {@code at}, then whitespace (what the patterns' {@code \s+} matches), then one
   * of {@code next}: what each congress and plenum pattern needs after its first word, tested before the pattern is.
   */
  private static boolean goesOn(String key, int at, String cue, String... next) {
    int from = at + cue.length();
    int i = Chars.afterPatternSpaces(key, from);
    if (i == from) {
      return false;
    }
    for (String word : next) {
      if (key.startsWith(word, i)) {
        return true;
      }
    }
    return false;
  }

  /** The window around a slash that the two code patterns search. */
  private static final int WINDOW_BEFORE = 48;
  private static final int WINDOW_AFTER = 24;

  /** Every code has a slash followed by letters ("/TW", "/NĐ-CP", "/QH15"); a date's "11/10" has none. */
  private static boolean lettersAfter(String key, int slash) {
    int after = slash + 1;
    while (after < key.length() && Character.isWhitespace(key.charAt(after))) {
      after++;
    }
    return after < key.length() && Chars.isLetter(key.charAt(after));
  }

  /** Every slash followed by letters, in order: the slashes a code pattern's window is centred on. */
  private static int[] slashesBeforeLetters(String key) {
    int[] found = new int[4];
    int n = 0;
    for (int slash = key.indexOf('/'); slash >= 0; slash = key.indexOf('/', slash + 1)) {
      if (lettersAfter(key, slash)) {
        if (n == found.length) {
          found = java.util.Arrays.copyOf(found, n * 2);
        }
        found[n++] = slash;
      }
    }
    return java.util.Arrays.copyOf(found, n);
  }

  /**
   * Whether a code can have this slash as its own: right after a number ("237/NQ", "2020/NĐ") or after a number and
   * a type of at most four letters ("538-QĐNS/", "47 - QĐ /", "37QĐ/").
   */
  private static boolean numberBefore(String key, int slash) {
    int i = spacesBefore(key, slash - 1);
    int letters = 0;
    while (letters < 4 && i >= 0 && Chars.isLetter(key.charAt(i))) {
      i--;
      letters++;
    }
    if (letters > 0) {
      i = spacesBefore(key, i);
      if (i >= 0 && key.charAt(i) == '-') {
        i = spacesBefore(key, i - 1);
      }
    }
    return i >= 0 && key.charAt(i) >= '0' && key.charAt(i) <= '9';
  }

  /** The last position at or before {@code i} that is not whitespace, or -1. */
  private static int spacesBefore(String key, int i) {
    while (i >= 0 && Character.isWhitespace(key.charAt(i))) {
      i--;
    }
    return i;
  }

  private static Mention partyDocument(String field, String clean, Matcher m) {
    String number = m.group(2);
    String type = clean.substring(m.start(3), m.end(3)).toUpperCase(Locale.ROOT).replace("QD", "QĐ");
    String issuer = clean.substring(m.start(4), m.end(4)).toUpperCase(Locale.ROOT);
    if (issuer.equals("TƯ") || issuer.equals("T.Ư")) {
      issuer = "TW";
    }
    String displayType = type.equals("QĐI") ? "QĐi" : type.equals("CTR") ? "CTr" : type.equals("TTR") ? "TTr" : type;
    // the text's own word wins: "Quy định số 37-QĐ/TW" is a quy định though QĐ usually means quyết định
    String name = m.group(1) != null ? capitalise(m.group(1)) : PARTY_TYPES.getOrDefault(type, "Văn bản");
    String canonical = name + " số " + number + "-" + displayType + "/" + issuer;
    return new Mention(EntityKind.DOCUMENT, clean.substring(m.start(), m.end()), canonical, field, m.start(), m.end(),
        -1, null, null);
  }

  private static Mention stateDocument(String field, String clean, Matcher m) {
    String code = SPACES.matcher(clean.substring(m.start(2), m.end(4))).replaceAll("");
    String type = clean.substring(m.start(4), m.end(4));
    String name = m.group(1) != null ? capitalise(m.group(1))
        : type.startsWith("NĐ-") ? "Nghị định" : type.startsWith("QĐ-") ? "Quyết định" : type.startsWith("TT-") ? "Thông tư"
        : type.startsWith("CT-") ? "Chỉ thị" : type.startsWith("NQ-") ? "Nghị quyết" : null;
    return new Mention(EntityKind.DOCUMENT, clean.substring(m.start(), m.end()), name == null ? code : name + " số " + code,
        field, m.start(), m.end(), -1, null, null);
  }

  private static boolean overlapsAny(List<Mention> mentions, String field, int start, int end) {
    for (Mention x : mentions) {
      if (x.field().equals(field) && x.start() < end && start < x.end()) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** A Roman number below 40, {@code x{0,3}(ix|iv|v?i{0,3})} and not empty, read by hand: every congress asks. */
  static boolean isRoman(String s) {
    String t = s.toLowerCase(Locale.ROOT);
    int tens = 0;
    while (tens < t.length() && tens < 3 && t.charAt(tens) == 'x') {
      tens++;
    }
    String units = t.substring(tens);
    return !t.isEmpty() && (units.equals("ix") || units.equals("iv") || UNITS_BELOW_NINE.contains(units));
  }

  private static final java.util.Set<String> UNITS_BELOW_NINE = java.util.Set.of("", "i", "ii", "iii", "v", "vi", "vii",
      "viii");

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
