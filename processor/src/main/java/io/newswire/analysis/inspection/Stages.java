package io.newswire.analysis.inspection;

import io.newswire.analysis.text.Chars;
import io.newswire.analysis.text.Cues;
import io.newswire.analysis.text.Steps;
import io.newswire.analysis.text.VietnameseText;
import io.newswire.analysis.text.Words;
import java.util.List;

/**
 * The stage of an inspection a story reports, decided over its headline and opening sentences together, with one
 * precedence: a conclusion outranks a draft report, which outranks a decision, which outranks a working session,
 * which outranks a plan. A story that announces a decision and lists the plan ("công bố quyết định, kế hoạch kiểm
 * tra") is about the decision; one that talks about the Assembly's draft resolution to set up a delegation is
 * about a plan. A cue after "sẽ" (will) is a plan, whatever its verb.
 */
final class Stages {
  /** Cues in match-key form, by stage, highest precedence first. */
  private static final List<List<String>> CUES = List.of(
      List.of("công bố kết luận", "thông báo kết luận", "kết luận kiểm tra", "kết luận giám sát",
          "kết luận thanh tra", "thông báo kết quả kiểm tra", "thông báo kết quả giám sát", "sau khi thanh tra",
          "kết thúc thanh tra", "kiến nghị xử lý", "vừa có báo cáo", "báo cáo kết quả giám sát",
          "phát hiện nhiều sai phạm", "chỉ ra nhiều vi phạm", "chỉ ra nhiều sai phạm", "kiến nghị phê bình"),
      List.of("dự thảo báo cáo", "dự thảo kết quả", "thông qua dự thảo", "cho ý kiến về kết quả giám sát",
          "cho ý kiến về dự thảo", "góp dự thảo báo cáo", "thảo luận cho ý kiến về kết quả"),
      List.of("công bố quyết định", "triển khai quyết định", "công bố nghị quyết", "quyết định thành lập",
          "nghị quyết thành lập", "nghị quyết về việc thành lập", "thành lập đoàn", "thành lập tổ",
          "thành lập các", "thành lập 0", "thành lập 1", "thành lập 2", "thành lập 3", "thành lập 4", "thành lập 5",
          "thành lập 6", "thành lập 7", "thành lập 8", "thành lập 9", "thành lập hai", "thành lập ba",
          "lập tổ công tác", "lập các tổ", "quyết định thanh tra", "ban hành quyết định", "ký quyết định",
          "triển khai kế hoạch",
          "lập 2 đoàn", "lập 3 đoàn", "lập 4 đoàn", "lập 5 đoàn", "lập 6 đoàn", "lập 7 đoàn", "lập 8 đoàn", "lập 9 đoàn"),
      List.of("làm việc", "khảo sát", "kiểm tra tại", "giám sát tại", "tiến hành giám sát", "tổ chức giám sát",
          "tiến hành kiểm tra", "tiến hành thanh tra", "bắt đầu thanh tra", "thực hiện giám sát",
          "buổi giám sát", "đi kiểm tra", "kiểm tra thực tế"),
      List.of("sẽ kiểm tra", "sẽ giám sát", "sẽ làm việc", "sẽ tiến hành", "kế hoạch kiểm tra", "kế hoạch giám sát",
          "dự kiến", "dự thảo nghị quyết"),
      // a headline's "Giám sát việc …" names the subject; it makes a working session only when nothing says "will"
      List.of("giám sát việc", "kiểm tra việc"));
  /** What turns a draft resolution into a decision: it was passed or signed. */
  private static final List<String> ADOPTED = List.of("thông qua nghị quyết", "ban hành nghị quyết", "ký ban hành",
      "công bố quyết định", "công bố nghị quyết", "ký quyết định");
  private static final List<String> STAGES = List.of("CONCLUSION_ANNOUNCED", "DRAFT_REPORT_REVIEW",
      "DECISION_ANNOUNCED", "WORKING_SESSION", "PLANNED", "WORKING_SESSION");
  /** Text whose cues belong to something else: a draft resolution is a plan, a cited conclusion is a source. */
  private static final List<String> BLANKED = List.of("dự thảo nghị quyết thành lập", "dự thảo nghị quyết về việc thành lập",
      "theo kết luận thanh tra số", "kết luận thanh tra số", "theo các kết luận", "theo kết luận",
      "dự thảo báo cáo kết quả giám sát");
  /** The inspected unit's own report, prepared for the delegation: not the delegation's draft. */
  private static final String DRAFT_REPORT = "dự thảo báo cáo";
  static final java.util.regex.Pattern OWN_REPORT = java.util.regex.Pattern.compile(
      "(?:xây dựng|chuẩn bị|cung cấp)[^|.;]{0,40}?" + DRAFT_REPORT);

  /** The longest match of {@link #OWN_REPORT} before its closing literal: an 8-char verb and 40 chars. */
  private static final int OWN_REPORT_REACH = 48;

  /**
   * {@code OWN_REPORT.matcher(text).replaceAll("")}, with the pattern tried only where a match can start: every match
   * ends in its literal, no more than {@link #OWN_REPORT_REACH} chars after its start, so only the window before each
   * literal is searched (the verbs' alternation is otherwise tried from every char of the text).
   */
  static String withoutOwnReports(String text) {
    StringBuilder out = null;
    int copied = 0;
    java.util.regex.Matcher m = null;
    for (int at = text.indexOf(DRAFT_REPORT); at >= 0; at = text.indexOf(DRAFT_REPORT, at + 1)) {
      int end = at + DRAFT_REPORT.length();
      if (m == null) {
        m = Steps.matcher(OWN_REPORT, text);
      }
      // a match ending at a later literal starts after every match that ends at this one
      m.region(Math.max(copied, at - OWN_REPORT_REACH), end);
      while (m.find()) {
        if (out == null) {
          out = new StringBuilder(text.length());
        }
        out.append(text, copied, m.start());
        copied = m.end();
      }
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /** The cues of each stage, found among the words of the text (see {@link Cues}: one look-up per word for all). */
  private static final List<Cues> CUE_WORDS = CUES.stream().map(Cues::new).toList();

  private Stages() {}

  /** {@code keys}: match keys of the headline and the opening sentences. */
  static String of(List<String> keys) {
    String text = " " + String.join(" | ", keys) + " ";
    String blanked = withoutOwnReports(text);
    for (String b : BLANKED) {
      blanked = blanked.replace(b, b.startsWith("dự thảo nghị quyết") ? "dự thảo nghị quyết"
          : b.startsWith("dự thảo báo cáo") ? "dự thảo báo cáo" : "");
    }
    // a draft resolution to set up a delegation, not yet passed: every "thành lập" in it is a plan
    boolean draftOnly = blanked.contains("dự thảo nghị quyết") && ADOPTED.stream().noneMatch(blanked::contains);
    Words words = VietnameseText.words(blanked); // already a key: its key is itself
    for (int i = 0; i < CUES.size(); i++) {
      if (draftOnly && i == 2) {
        continue;
      }
      for (long found : CUE_WORDS.get(i).find(words)) {
        if (occursAt(blanked, CUES.get(i).get(Cues.cueOf(found)), Cues.startOf(found), i >= 2)) {
          return STAGES.get(i);
        }
      }
    }
    return "OTHER";
  }

  /**
   * Whether {@code cue}, found at a word start {@code at}, ends a word there too (or ends in a digit); with
   * {@code notAfterWill}, a cue in the scope of "sẽ" does not count: "sẽ làm việc", and "sẽ tiến hành giám sát, khảo
   * sát" (a "sẽ" a few words back, in the same clause).
   */
  private static boolean occursAt(String text, String cue, int at, boolean notAfterWill) {
    int end = at + cue.length();
    boolean stop = end >= text.length() || !Chars.isLetter(text.charAt(end)) || Character.isDigit(cue.charAt(cue.length() - 1));
    return stop && !(notAfterWill && !cue.startsWith("sẽ") && willScope(text, at));
  }

  /** A "sẽ" within the 40 characters before {@code at}, with no clause break (". ", "; ", " | ") in between. */
  private static boolean willScope(String text, int at) {
    int from = Math.max(0, at - 40);
    int will = text.substring(from, at).lastIndexOf("sẽ ");
    if (will < 0) {
      return false;
    }
    will += from;
    if (will > 0 && Chars.isLetter(text.charAt(will - 1))) {
      return false;
    }
    String between = text.substring(will, at);
    return !between.contains(". ") && !between.contains("; ") && !between.contains(" | ");
  }
}
