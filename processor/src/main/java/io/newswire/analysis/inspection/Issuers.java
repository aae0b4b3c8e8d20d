package io.newswire.analysis.inspection;

import io.newswire.analysis.entity.EntityKind;
import io.newswire.analysis.entity.Mention;
import io.newswire.analysis.inspection.InspectionDetector.Sentence;
import io.newswire.analysis.inspection.Triggers.Trigger;
import io.newswire.analysis.text.Steps;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which organ sent a delegation. Real reporting names it in many places: right after the delegation, with or
 * without "của/thuộc" and with words in between ("Đoàn giám sát chuyên đề năm 2026 của …"); before it, as the
 * organ that set it up ("Ủy ban Thường vụ Quốc hội … thành lập Đoàn giám sát"); as the subject of a supervising
 * verb ("Thường trực HĐND tỉnh tổ chức giám sát"); or in another sentence of the opening. Only organs of the four
 * levels issue: a ministry, a People's Committee or a police department inspects on its own account.
 */
final class Issuers {
  /** Of the Government, only these send the delegations this detector is about. */
  private static final Set<String> GOVERNMENT_ISSUERS = Set.of("Chính phủ", "Thủ tướng Chính phủ",
      "Thanh tra Chính phủ", "Văn phòng Chính phủ");
  /** Local organs that inspect or supervise: Party committees, their boards and commissions, People's Councils. */
  private static final List<String> LOCAL_ISSUERS = List.of("Ban Thường vụ", "Tỉnh ủy", "Thành ủy", "Huyện ủy",
      "Quận ủy", "Thị ủy", "Đảng ủy", "Ủy ban Kiểm tra", "HĐND", "Ban Chấp hành Đảng bộ");
  /** Words a story puts between a delegation and "của": its year, its number, its theme. */
  private static final Pattern FILLER = Pattern.compile("(?: (?:năm \\d{4}|số \\d{1,4}|chuyên đề|đặc biệt|liên ngành))*"
      + " (của|thuộc) ");
  private static final Pattern SET_UP = Pattern.compile("(?<!\\p{L})(thành lập|lập|phân công|giao cho)(?!\\p{L})");
  /** A supervising verb right after an organ: the organ is its subject. */
  private static final Pattern ACTS_AFTER = Pattern.compile(
      " (?:(?:đã|sẽ|vừa|tổ chức|tiến hành|trực tiếp)(?: \\p{L}+)? )?(?:kiểm tra|giám sát|thanh tra)(?!\\p{L})");

  /** The words that open a list of objects before a colon; a headline's "Hải Phòng: …" is not one. */
  private static final Pattern LIST_BEFORE_COLON = Pattern.compile(
      "(?:cơ quan|bộ|ngành|địa phương|đơn vị|đối tượng (?:giám sát|kiểm tra|thanh tra)|gồm)$");

  private Issuers() {}

  /** The issuing organ's level, or null when the mention cannot issue delegations. */
  static String levelOf(Mention m) {
    if (m.kind() == EntityKind.POSITION) {
      String c = m.canonical();
      if (c.equals("Tổng Bí thư")) {
        return "CENTRAL_PARTY"; // who sets up the Party's delegations on his own authority ("Tổng Bí thư quyết định …")
      }
      if (c.startsWith("Thủ tướng") || c.startsWith("Phó Thủ tướng") || c.startsWith("Tổng Thanh tra Chính phủ") || c.startsWith("Phó Tổng Thanh tra")) {
        return "GOVERNMENT";
      }
      return null;
    }
    if (m.kind() != EntityKind.ORGANIZATION || m.level() == null) {
      return null;
    }
    return switch (m.level()) {
      case "GOVERNMENT" -> GOVERNMENT_ISSUERS.contains(m.canonical()) ? "GOVERNMENT" : null;
      case "LOCAL" -> LOCAL_ISSUERS.stream().anyMatch(p -> m.canonical().startsWith(p))
          || m.canonical().contains(" HĐND ") ? "LOCAL" : null; // a People's Council committee: "Ban Pháp chế HĐND tỉnh"
      case "NATIONAL_ASSEMBLY" -> m.canonical().equals("Kiểm toán nhà nước") ? null : "NATIONAL_ASSEMBLY";
      default -> m.level();
    };
  }

  /** The name an issuing mention stands for: a Prime Minister's title issues as the Prime Minister. */
  static String nameOf(Mention m) {
    if (m.kind() == EntityKind.POSITION) {
      return m.canonical().contains("Thanh tra") ? "Thanh tra Chính phủ"
          : m.canonical().equals("Tổng Bí thư") ? "Tổng Bí thư" : "Thủ tướng Chính phủ";
    }
    return m.canonical();
  }

  /** Issuers named in the trigger's own sentence, or an empty list. */
  static List<Mention> inSentence(Sentence s, Trigger t, List<Mention> inSentence) {
    String key = s.key();
    if (t.noun()) {
      Matcher filler = Steps.matcher(FILLER, key).region(t.end(), key.length());
      if (filler.lookingAt()) {
        List<Mention> chain = chainAt(s, filler.end(), inSentence);
        if (!chain.isEmpty()) {
          return chain;
        }
      }
      // "Đoàn kiểm tra Bộ Chính trị": only a delegation noun takes its issuer straight after it
      if (key.startsWith(" ", t.end()) && (key.startsWith("đoàn", t.start()) || key.startsWith("tổ", t.start()))) {
        List<Mention> chain = chainAt(s, t.end() + 1, inSentence);
        if (!chain.isEmpty()) {
          return chain;
        }
      }
      Matcher setUp = Steps.matcher(SET_UP, key).region(Math.max(0, t.start() - 140), t.start());
      int verb = -1;
      while (setUp.find()) {
        verb = setUp.start();
      }
      if (verb >= 0) {
        Mention before = lastIssuerBefore(s, verb, inSentence, true);
        if (before != null) {
          return List.of(before);
        }
      }
      return List.of();
    }
    // a verb: its subject comes first in the sentence, or (in "Sau khi thanh tra …, Thanh tra Chính phủ …") later;
    // never the object of a preposition ("phiên làm việc với Chính phủ … kết quả giám sát")
    List<Mention> subjects = inSentence.stream().filter(m -> !object(s, m)).toList();
    Mention subject = lastIssuerBefore(s, t.start(), subjects, true);
    if (subject == null) {
      subject = firstIssuerAfter(s, t.end(), subjects);
    }
    // the General Secretary sets delegations up; "Tổng Bí thư yêu cầu giám sát việc …" is not a delegation at work
    if (subject != null && subject.canonical().equals("Tổng Bí thư")) {
      subject = null;
    }
    return subject == null ? List.of() : List.of(subject);
  }

  /** Issuers anywhere in the opening: the subject of a supervising verb first, else the first organ that can issue. */
  static List<Mention> inDocument(List<Sentence> opening, List<Mention> mentions) {
    Mention first = null;
    for (Sentence s : opening) {
      List<Mention> inSentence = InspectionDetector.within(mentions, s);
      for (Mention m : inSentence) {
        // the Inspector General's title stands for the Inspectorate; a Prime Minister's title here is most often a
        // head's ("do Phó Thủ tướng … làm Trưởng đoàn"), so it does not issue at this distance
        boolean inspectorate = m.kind() == EntityKind.POSITION && m.canonical().contains("Thanh tra");
        if (levelOf(m) == null || insidePosition(m, inSentence) || (m.kind() == EntityKind.POSITION && !inspectorate)) {
          continue;
        }
        int rel = m.end() - s.start();
        if (Steps.matcher(ACTS_AFTER, s.key()).region(rel, s.key().length()).lookingAt()) {
          return List.of(m);
        }
        if (first == null && !object(s, m)) {
          first = m;
        }
      }
    }
    return first == null ? List.of() : List.of(first);
  }

  /**
   * Whether the mention follows a preposition ("với", "đối với", "tại", "cho"), names a building ("nhà Quốc hội") or
   * stands in a list after a colon ("kiểm tra các bộ, cơ quan: Văn phòng Quốc hội, …", "Đối tượng giám sát: Chính
   * phủ"): the objects of an inspection, not its issuer.
   */
  private static boolean object(Sentence s, Mention m) {
    int start = m.start() - s.start();
    if (List.of("với ", "tại ", "cho ", "nhà ", "trụ sở ").stream()
        .anyMatch(w -> start >= w.length() && s.key().startsWith(w, start - w.length()))) {
      return true;
    }
    // bounded windows keep this constant-time per mention, whatever the sentence's length
    int from = Math.max(0, start - 200);
    int colon = s.key().substring(from, start).lastIndexOf(": ");
    if (colon < 0) {
      return false;
    }
    colon += from;
    return Steps.matcher(LIST_BEFORE_COLON, s.key()).region(Math.max(0, colon - 40), colon).find();
  }

  /**
   * "Đoàn giám sát … họp dưới sự chủ trì của Phó Chủ tịch Quốc hội X": with no organ named, a supervision
   * delegation chaired or headed by a leader of the National Assembly is its Standing Committee's.
   */
  static List<Mention> chairedByAssemblyLeader(List<Sentence> opening, List<Mention> mentions) {
    for (Sentence s : opening) {
      String key = s.key();
      for (Mention m : InspectionDetector.within(mentions, s)) {
        int rel = m.start() - s.start();
        boolean leader = m.kind() == EntityKind.POSITION && m.canonical().endsWith(" Quốc hội")
            && (m.canonical().startsWith("Chủ tịch ") || m.canonical().startsWith("Phó Chủ tịch "));
        boolean heads = key.startsWith("dưới sự chủ trì của ", Math.max(0, rel - 20))
            || key.indexOf("làm trưởng đoàn", rel) > 0 || key.indexOf(" dẫn đầu", rel) > 0;
        if (leader && heads) {
          return List.of(new Mention(EntityKind.ORGANIZATION, m.text(), "Ủy ban Thường vụ Quốc hội", m.field(),
              m.start(), m.end(), m.sentence(), null, "NATIONAL_ASSEMBLY"));
        }
      }
    }
    return List.of();
  }

  /**
   * "Đoàn kiểm tra số 1 được thành lập, do Phó Thủ tướng … làm Trưởng đoàn": with no organ named, a delegation
   * headed by the Prime Minister or a Deputy Prime Minister is the Government's.
   */
  static List<Mention> headedByGovernment(List<Sentence> opening, List<Mention> mentions) {
    for (Sentence s : opening) {
      int role = s.key().indexOf("làm trưởng đoàn");
      if (role < 0) {
        role = s.key().indexOf("làm tổ trưởng");
      }
      int by = role < 0 ? -1 : s.key().lastIndexOf(" do ", role);
      if (by < 0) {
        continue;
      }
      for (Mention m : InspectionDetector.within(mentions, s)) {
        int rel = m.start() - s.start();
        if (m.kind() == EntityKind.POSITION && rel > by && rel < role && m.canonical().contains("Thủ tướng")) {
          return List.of(m);
        }
      }
    }
    return List.of();
  }

  /** "Bộ Chính trị", "Bộ Chính trị, Ban Bí thư", "Ban Bí thư và Ủy ban Kiểm tra Trung ương" starting at {@code at}. */
  private static List<Mention> chainAt(Sentence s, int at, List<Mention> inSentence) {
    List<Mention> chain = new ArrayList<>();
    String key = s.key();
    while (true) {
      Mention organ = issuerAt(inSentence, s.start() + at);
      if (organ == null) {
        return chain;
      }
      chain.add(organ);
      at = organ.end() - s.start();
      if (key.startsWith(", ", at) && issuerAt(inSentence, s.start() + at + 2) != null) {
        at += 2;
      } else if (key.startsWith(" và ", at) && issuerAt(inSentence, s.start() + at + 4) != null) {
        at += 4;
      } else {
        return chain;
      }
    }
  }

  private static Mention issuerAt(List<Mention> mentions, int start) {
    Mention best = null;
    for (Mention m : mentions) {
      if (m.start() == start && levelOf(m) != null && !m.canonical().equals("Tổng Bí thư")
          && (best == null || m.length() > best.length())) {
        best = m;
      }
    }
    return best;
  }

  /** The issuing organ nearest before {@code before}, skipping organs inside titles (a head's, a chair's). */
  private static Mention lastIssuerBefore(Sentence s, int before, List<Mention> inSentence, boolean primeMinister) {
    Mention best = null;
    for (Mention m : inSentence) {
      int end = m.end() - s.start();
      boolean allowed = m.kind() == EntityKind.ORGANIZATION || (primeMinister && m.kind() == EntityKind.POSITION);
      if (allowed && end <= before && before - end < 160 && levelOf(m) != null && !insidePosition(m, inSentence)
          && (best == null || m.end() > best.end() || (m.end() == best.end() && m.length() > best.length()))) {
        best = m;
      }
    }
    return best;
  }

  private static Mention firstIssuerAfter(Sentence s, int after, List<Mention> inSentence) {
    Mention best = null;
    for (Mention m : inSentence) {
      int start = m.start() - s.start();
      boolean organ = m.kind() == EntityKind.ORGANIZATION && !insidePosition(m, inSentence);
      if ((organ || m.kind() == EntityKind.POSITION) && start >= after && levelOf(m) != null
          && (best == null || m.start() < best.start())) {
        best = m;
      }
    }
    return best;
  }

  static boolean insidePosition(Mention organ, List<Mention> mentions) {
    for (Mention p : mentions) {
      if (p.kind() == EntityKind.POSITION && p != organ && p.contains(organ) && p.length() > organ.length()) {
        return true;
      }
    }
    return false;
  }
}
