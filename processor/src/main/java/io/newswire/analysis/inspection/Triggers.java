package io.newswire.analysis.inspection;

import io.newswire.analysis.text.Chars;
import io.newswire.analysis.text.Steps;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that announce an inspection, supervision or audit delegation, found in one sentence's match key:
 * "Đoàn kiểm tra số 538", "Đoàn giám sát chuyên đề", "Đoàn kiểm tra, giám sát", "Đoàn thanh tra", "Tổ giám sát",
 * "Tổ công tác" and "Đoàn công tác" when the sentence states an inspecting purpose, and the body-as-subject forms
 * that carry no "Đoàn" ("Thường trực HĐND tỉnh tổ chức giám sát việc …", "Thanh tra Chính phủ công bố quyết định
 * thanh tra …"), which need an issuing organ next to them (see {@link Issuers}).
 */
final class Triggers {
  /** What kind of delegation the words name; the names of the Avro enum {@code InspectionKind}. */
  static final String INSPECTION = "INSPECTION";
  static final String SUPERVISION = "SUPERVISION";
  static final String BOTH = "INSPECTION_AND_SUPERVISION";
  static final String AUDIT = "AUDIT";
  static final String WORKING_GROUP = "WORKING_GROUP";

  /**
   * One trigger: where it is in the sentence key, what kind it names, its number if written, and whether it is a
   * delegation noun ("Đoàn …") or a verb phrase whose subject must be the issuer.
   */
  record Trigger(int start, int end, String kind, String number, boolean noun) {}

  private static final String ACTS = "kiểm tra, giám sát|kiểm tra và giám sát|kiểm tra - giám sát|giám sát, kiểm tra"
      + "|giám sát và kiểm tra|kiểm tra|giám sát|thanh tra";
  /** Matched with lookingAt at each "đoàn"/"tổ" found by indexOf: a leading lookbehind would scan every position. */
  private static final Pattern DELEGATION = Pattern.compile("(đoàn|tổ)( công tác)?( đặc biệt)?"
      + "(?: (" + ACTS + "))?( chuyên đề)?(?: (?:số )?0*(\\d{1,4}))?(?!\\p{L})");
  /** "(Đoàn kiểm tra 891)": a number the text gives in passing. */
  private static final Pattern NUMBER_ONLY = Pattern.compile("(?<!\\p{L})đoàn (?:kiểm tra|giám sát)(?:, giám sát)? (?:số )?0*(\\d{1,4})(?!\\d)");
  /** A body that supervises or inspects as a body, or the Government Inspectorate acting. */
  private static final Pattern BODY_ACTS = Pattern.compile("(?<![\\p{L}])(?:(?:tổ chức|tiến hành|đã|để|sẽ) giám sát "
      + "(?:việc|tình hình|về|tại|chuyên đề|kết quả)|giám sát chuyên đề|buổi giám sát|đợt giám sát|kết quả giám sát"
      + "|báo cáo giám sát|báo cáo kết quả giám sát|kế hoạch giám sát|kế hoạch kiểm tra, giám sát|giám sát việc"
      + "|quyết định thanh tra|kết luận thanh tra|tiến hành thanh tra|sau khi thanh tra|kết thúc thanh tra)(?!\\p{L})");
  /** The stated purpose of a working session, within its sentence: "để kiểm tra", "nhằm giám sát". */
  private static final Pattern PURPOSE = Pattern.compile(" (?:để|nhằm) (?:kiểm tra|giám sát)(?!\\p{L})");
  /** Words before "đoàn" that make it a youth union, a Party group or a people's delegation, not a delegation. */
  private static final List<String> NOT_A_DELEGATION_BEFORE = List.of("tỉnh ", "thành ", "huyện ", "quận ", "đảng ",
      "uỷ ban ", "trưởng ban ");
  /** A delegation named only in passing, as the addressee of something else. */
  private static final List<String> IN_PASSING = List.of("đề xuất với ", "kiến nghị với ", "báo cáo với ", "gửi ",
      "phối hợp với ", "theo yêu cầu của ");
  /** Supervision words that are not a delegation at work: plenary supreme supervision, questioning, plans. */
  private static final List<String> NOT_BODY_ACTS = List.of("giám sát tối cao", "giám sát lại", "chất vấn",
      "kế hoạch thanh tra", "chương trình giám sát", "nội dung giám sát", "hoạt động giám sát", "tại kỳ họp",
      "xem xét kết quả", "xem xét báo cáo kết quả", "báo cáo kết quả giám sát việc giải quyết");
  /** "Thanh tra Chính phủ phát hiện nhiều sai phạm …", "… đã chỉ ra nhiều vi phạm": an inspection's findings. */
  private static final Pattern FINDINGS = Pattern.compile(
      "(?<!\\p{L})(?:phát hiện|chỉ ra) (?:nhiều |hàng loạt |một số )?(?:sai phạm|vi phạm|khuyết điểm)(?!\\p{L})");

  private Triggers() {}

  static List<Trigger> find(String key) {
    List<Trigger> out = new ArrayList<>();
    Matcher m = Steps.matcher(DELEGATION, key);
    for (String unit : List.of("đoàn ", "tổ ")) {
      for (int at = key.indexOf(unit); at >= 0; at = key.indexOf(unit, at + 1)) {
        if (at > 0 && Chars.isLetter(key.charAt(at - 1))) {
          continue;
        }
        m.region(at, key.length());
        if (m.lookingAt()) {
          Trigger t = delegation(key, m);
          if (t != null) {
            out.add(t);
          }
        }
      }
    }
    // "X đã có các cuộc làm việc với Ban Thường vụ Tỉnh ủy … để kiểm tra …": a working group with no "Đoàn"
    for (int at = key.indexOf("làm việc với "); at >= 0; at = key.indexOf("làm việc với ", at + 1)) {
      Matcher purpose = Steps.matcher(PURPOSE, key).region(at, Math.min(key.length(), at + 200));
      if (purpose.find()) {
        // supervising is what an elected body does as a body; checking in person is a working group's job
        String kind = purpose.group().endsWith("giám sát") ? SUPERVISION : WORKING_GROUP;
        out.add(new Trigger(purpose.start() + 1, purpose.end(), kind, null, true));
      }
    }
    if ((key.contains("giám sát") || key.contains("thanh tra")) && NOT_BODY_ACTS.stream().noneMatch(key::contains)) {
      // the verb phrases end in "giám sát …" or "… thanh tra": look only around those words
      java.util.Set<Integer> starts = new java.util.HashSet<>();
      Matcher acts = Steps.matcher(BODY_ACTS, key).useTransparentBounds(true);
      for (String word : List.of("giám sát", "thanh tra")) {
        for (int at = key.indexOf(word); at >= 0; at = key.indexOf(word, at + 1)) {
          acts.region(Math.max(0, at - 24), Math.min(key.length(), at + 32));
          while (acts.find()) {
            if (starts.add(acts.start()) && !precededBy(key, acts.start(), List.of("đoàn ", "tổ "))) {
              // "Đoàn giám sát chuyên đề" is the noun above, not a body at work
              out.add(new Trigger(acts.start(), acts.end(), acts.group().contains("thanh tra") ? AUDIT : SUPERVISION,
                  null, false));
            }
          }
        }
      }
    }
    // only an inspectorate's findings: a Party commission finding violations is a disciplinary story
    if (key.contains("thanh tra") && (key.contains("phạm") || key.contains("khuyết điểm"))) {
      Matcher findings = Steps.matcher(FINDINGS, key);
      while (findings.find()) {
        out.add(new Trigger(findings.start(), findings.end(), AUDIT, null, false));
      }
    }
    out.sort(java.util.Comparator.comparingInt(Trigger::start));
    return out;
  }

  private static Trigger delegation(String key, Matcher m) {
    String unit = m.group(1);
    boolean workingGroup = m.group(2) != null;
    String act = m.group(4);
    if (precededBy(key, m.start(), NOT_A_DELEGATION_BEFORE) || precededBy(key, m.start(), IN_PASSING)) {
      return null;
    }
    if (!workingGroup && act == null) {
      return null; // "Đoàn" alone: a youth union, a people's delegation, a troupe
    }
    if (unit.equals("tổ") && !workingGroup && act.equals("thanh tra")) {
      return null; // "Tổ thanh tra" of a ministry: too small to be a delegation of the four levels
    }
    String kind;
    if (workingGroup) {
      // "Tổ công tác" / "Đoàn công tác" count only when the sentence says they inspect or supervise
      boolean purpose = act != null || mentionsInspecting(key);
      if (!purpose) {
        return null;
      }
      kind = WORKING_GROUP;
    } else {
      kind = kindOf(act);
    }
    return new Trigger(m.start(), m.end(), kind, m.group(6), true);
  }

  private static boolean mentionsInspecting(String key) {
    for (String word : List.of("kiểm tra", "giám sát")) {
      for (int at = key.indexOf(word); at >= 0; at = key.indexOf(word, at + 1)) {
        if (!key.startsWith("uỷ ban ", Math.max(0, at - 7)) && !key.startsWith("ban ", Math.max(0, at - 4))) {
          return true;
        }
      }
    }
    return false;
  }

  static String kindOf(String act) {
    if (act.contains(",") || act.contains(" và ") || act.contains(" - ")) {
      return BOTH;
    }
    return switch (act) {
      case "kiểm tra" -> INSPECTION;
      case "giám sát" -> SUPERVISION;
      default -> AUDIT;
    };
  }

  /** The delegation's number where the text gives it without "số" right after the noun ("Đoàn kiểm tra 891"). */
  static String numberIn(String key) {
    Matcher m = Steps.matcher(NUMBER_ONLY, key);
    return m.find() ? m.group(1) : null;
  }

  private static boolean precededBy(String key, int at, List<String> words) {
    for (String w : words) {
      if (at >= w.length() && key.startsWith(w, at - w.length())
          && (at == w.length() || !Chars.isLetter(key.charAt(at - w.length() - 1)))) {
        return true;
      }
    }
    return false;
  }
}
