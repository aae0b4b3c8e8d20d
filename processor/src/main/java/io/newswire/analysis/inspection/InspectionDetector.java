package io.newswire.analysis.inspection;

import io.newswire.analysis.entity.EntityKind;
import io.newswire.analysis.entity.Mention;
import io.newswire.analysis.text.RelativeDates;
import io.newswire.analysis.text.VietnameseText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a story is about an inspection or supervision delegation ("Đoàn kiểm tra", "Đoàn giám sát",
 * "Đoàn kiểm tra, giám sát") of a Party, National Assembly, Government or provincial Party organ, and extracts
 * its facts. A story qualifies only when the delegation is its subject — named in the title, the lead or the
 * opening paragraph, with an issuing organ — and the sentence is not about a product, food-safety, exam,
 * doping or market check, which use the same words.
 */
public final class InspectionDetector {
  private static final Pattern DELEGATION = Pattern.compile(
      "(?<!uỷ ban )(?<!\\p{L})đoàn (kiểm tra, giám sát|kiểm tra và giám sát|kiểm tra|giám sát)(?: (?:số )?(\\d{1,4}))?(?!\\p{L})");
  private static final List<String> OFF_TOPIC = List.of("an toàn thực phẩm", "vệ sinh thực phẩm", "hàng giả",
      "hàng lậu", "chất lượng sản phẩm", "doping", "kỳ thi", "coi thi", "thi tốt nghiệp", "phòng cháy", "liên ngành",
      "giá cả", "dịch bệnh", "an toàn lao động", "niêm phong", "xe quá tải", "nồng độ cồn");
  private static final List<String> INSPECTED_CUES = List.of("làm việc với ", "kiểm tra đối với ", "giám sát đối với ",
      "đối với ", "giám sát tại ", "kiểm tra tại ", "làm việc tại ");
  private static final List<String> SUBJECT_CUES = List.of("kết quả kiểm tra việc ", "kết quả kiểm tra ",
      "kết quả giám sát việc ", "kết quả giám sát ", "giám sát chuyên đề về ", "giám sát chuyên đề ", "về việc ",
      "kiểm tra việc ", "giám sát việc ", "giám sát về ", "kiểm tra về ");
  private static final List<String> SUBJECT_STOPS = List.of(" đối với ", " tại ", " do ", " đã ", " của đoàn", ";", ". ");

  /** A sentence of the story: which field, its clean text and key, and where it starts in the field. */
  public record Sentence(String field, int index, int start, String text, String key) {}

  public InspectionFacts detect(String title, List<Sentence> sentences, List<Mention> mentions, Instant publishedAt) {
    List<Sentence> opening = opening(sentences);
    for (Sentence s : opening) {
      if (!s.key().contains("đoàn ")) {
        continue;
      }
      Matcher m = DELEGATION.matcher(s.key());
      while (m.find()) {
        if (offTopic(s.key())) {
          return InspectionFacts.none(0.1);
        }
        List<Mention> inSentence = within(mentions, s);
        List<Mention> issuers = issuersAfter(s, m.end(), inSentence);
        if (issuers.isEmpty()) {
          continue;
        }
        return facts(title, s, m, issuers, sentences, mentions, publishedAt);
      }
    }
    return InspectionFacts.none(0.0);
  }

  private InspectionFacts facts(String title, Sentence evidence, Matcher trigger, List<Mention> issuers,
                                List<Sentence> sentences, List<Mention> mentions, Instant publishedAt) {
    String number = trigger.group(2);
    if (number == null) {
      number = numberElsewhere(sentences);
    }
    String level = levelOf(issuers.get(0));
    List<String> issuerNames = issuers.stream().map(Mention::canonical).distinct().toList();
    String head = null;
    Set<String> deputies = new LinkedHashSet<>();
    for (Mention m : mentions) {
      if (m.kind() != EntityKind.POSITION || m.holder() == null) {
        continue;
      }
      if (m.canonical().startsWith("Trưởng đoàn") && head == null) {
        head = m.holder();
      } else if (m.canonical().startsWith("Phó Trưởng đoàn")) {
        deputies.add(m.holder());
      }
    }
    if (head == null) {
      head = headBeforeLamTruongDoan(evidence, within(mentions, evidence));
    }
    deputies.remove(head);
    List<String> inspected = inspected(evidence, within(mentions, evidence), issuerNames);
    String stageKey = VietnameseText.keyOf(title) + " " + evidence.key();
    String subject = subject(evidence);
    // leads open with the event's date ("Chiều 11/10, tại Hà Nội, …"); a date later in the sentence belongs to a
    // document ("Chỉ thị số 35-CT/TW ngày 14/6/2024") or a deadline, not to the event
    RelativeDates.Resolved when = RelativeDates.first(evidence.text(), publishedAt)
        .filter(d -> d.start() <= 12).orElse(null);
    String location = locationIn(evidence, within(mentions, evidence));
    double confidence = 0.6 + (number != null ? 0.1 : 0) + (head != null ? 0.1 : 0) + (!inspected.isEmpty() ? 0.1 : 0)
        + (subject != null ? 0.05 : 0);
    return new InspectionFacts(true, number, issuerNames, level, null, head, List.copyOf(deputies), inspected,
        stage(stageKey), subject, when == null ? null : when.date(), location, evidence.text(), Math.min(0.99, confidence));
  }

  /** "do đồng chí Hồ Văn Mừng, Phó Bí thư Thường trực Tỉnh ủy làm Trưởng đoàn": the last person before it. */
  private static String headBeforeLamTruongDoan(Sentence s, List<Mention> inSentence) {
    int role = s.key().indexOf(" làm trưởng đoàn");
    int by = s.key().lastIndexOf(" do ", Math.max(0, role));
    if (role < 0 || by < 0) {
      return null;
    }
    String head = null;
    for (Mention m : inSentence) {
      int rel = m.start() - s.start();
      if (m.kind() == EntityKind.PERSON && rel > by && rel < role) {
        head = m.canonical();
      }
    }
    return head;
  }

  /** Title, lead and the first body paragraph: where a story says what it is about. */
  private static List<Sentence> opening(List<Sentence> sentences) {
    List<Sentence> out = new ArrayList<>();
    int bodySentences = 0;
    boolean hasLead = sentences.stream().anyMatch(s -> s.field().equals("lead"));
    for (Sentence s : sentences) {
      if (s.field().equals("title") || s.field().equals("lead")) {
        out.add(s);
      } else if (s.field().equals("body") && bodySentences < (hasLead ? 1 : 3)) {
        out.add(s);
        bodySentences++;
      }
    }
    // the lead's sentence names the delegation in full; prefer it over a shortened headline
    out.sort((a, b) -> Integer.compare(rank(a), rank(b)));
    return out;
  }

  private static int rank(Sentence s) {
    return switch (s.field()) {
      case "lead" -> 0;
      case "body" -> 1;
      default -> 2;
    };
  }

  private static boolean offTopic(String key) {
    for (String word : OFF_TOPIC) {
      if (key.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static List<Mention> within(List<Mention> mentions, Sentence s) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.field().equals(s.field()) && m.start() >= s.start() && m.end() <= s.start() + s.text().length()) {
        out.add(m);
      }
    }
    return out;
  }

  /** "của Bộ Chính trị", "của Ban Bí thư, Bộ Chính trị", "của Ủy ban Thường vụ Quốc hội". */
  private static List<Mention> issuersAfter(Sentence s, int after, List<Mention> inSentence) {
    List<Mention> issuers = new ArrayList<>();
    int at = after;
    String key = s.key();
    for (String joiner : List.of(" của ", " thuộc ")) {
      if (key.startsWith(joiner, at)) {
        at += joiner.length();
        while (true) {
          Mention organ = issuerAt(inSentence, s.start() + at);
          if (organ == null) {
            break;
          }
          issuers.add(organ);
          at = organ.end() - s.start();
          if (key.startsWith(", ", at) && issuerAt(inSentence, s.start() + at + 2) != null) {
            at += 2;
          } else if (key.startsWith(" và ", at) && issuerAt(inSentence, s.start() + at + 4) != null) {
            at += 4;
          } else {
            break;
          }
        }
        break;
      }
    }
    return issuers;
  }

  /**
   * Of the Government, only the Government itself, the Prime Minister and the Government Inspectorate send the
   * delegations this detector is about; a ministry's "đoàn kiểm tra" checks epidemics, exams or markets.
   */
  private static final java.util.Set<String> GOVERNMENT_ISSUERS = java.util.Set.of("Chính phủ", "Thủ tướng Chính phủ",
      "Phó Thủ tướng Chính phủ", "Thanh tra Chính phủ", "Văn phòng Chính phủ");

  private static Mention issuerAt(List<Mention> mentions, int start) {
    Mention best = null;
    for (Mention m : mentions) {
      String level = levelOf(m);
      boolean issuer = level != null && (!level.equals("GOVERNMENT") || GOVERNMENT_ISSUERS.contains(m.canonical()));
      if (m.start() == start && issuer && (best == null || m.length() > best.length())) {
        best = m;
      }
    }
    return best;
  }

  static String levelOf(Mention m) {
    if (m.kind() == EntityKind.ORGANIZATION) {
      return m.level();
    }
    if (m.kind() == EntityKind.POSITION && (m.canonical().startsWith("Thủ tướng") || m.canonical().startsWith("Phó Thủ tướng"))) {
      return "GOVERNMENT";
    }
    return null;
  }

  private static String numberElsewhere(List<Sentence> sentences) {
    Set<String> numbers = new LinkedHashSet<>();
    for (Sentence s : sentences) {
      Matcher m = DELEGATION.matcher(s.key());
      while (s.key().contains("đoàn ") && m.find()) {
        if (m.group(2) != null) {
          numbers.add(m.group(2));
        }
      }
    }
    return numbers.size() == 1 ? numbers.iterator().next() : null;
  }

  private static List<String> inspected(Sentence s, List<Mention> inSentence, List<String> issuers) {
    Set<String> found = new LinkedHashSet<>();
    for (String cue : INSPECTED_CUES) {
      int at = s.key().indexOf(cue);
      while (at >= 0) {
        int pos = at + cue.length();
        while (true) {
          Mention organ = organAt(inSentence, s.start() + pos);
          if (organ == null) {
            break;
          }
          if (!issuers.contains(organ.canonical())) {
            found.add(organ.canonical());
          }
          pos = organ.end() - s.start();
          if (s.key().startsWith(", ", pos)) {
            pos += 2;
          } else if (s.key().startsWith(" và ", pos)) {
            pos += 4;
          } else {
            break;
          }
        }
        at = s.key().indexOf(cue, at + 1);
      }
      if (!found.isEmpty()) {
        break;
      }
    }
    return List.copyOf(found);
  }

  private static Mention organAt(List<Mention> mentions, int start) {
    Mention best = null;
    for (Mention m : mentions) {
      if (m.start() == start && m.kind() == EntityKind.ORGANIZATION && (best == null || m.length() > best.length())) {
        best = m;
      }
    }
    return best;
  }

  private static String stage(String key) {
    if (key.contains("dự thảo báo cáo")) {
      return "DRAFT_REPORT_REVIEW";
    }
    if (key.contains("công bố kết luận") || key.contains("thông báo kết luận") || key.contains("công bố thông báo kết luận")
        || key.contains("kết luận kiểm tra") || key.contains("kết luận giám sát")) {
      return "CONCLUSION_ANNOUNCED";
    }
    if (key.contains("công bố quyết định")) {
      return "DECISION_ANNOUNCED";
    }
    if (key.contains("sẽ kiểm tra") || key.contains("sẽ giám sát") || key.contains("kế hoạch kiểm tra")
        || key.contains("kế hoạch giám sát") || key.contains("dự kiến")) {
      return "PLANNED";
    }
    if (key.contains("làm việc") || key.contains("khảo sát")) {
      return "WORKING_SESSION";
    }
    return "OTHER";
  }

  private static String subject(Sentence s) {
    for (String cue : SUBJECT_CUES) {
      int at = s.key().indexOf(cue);
      if (at < 0) {
        continue;
      }
      int start = at + cue.length();
      int end = s.key().length();
      for (String stop : SUBJECT_STOPS) {
        int i = s.key().indexOf(stop, start);
        if (i >= 0 && i < end) {
          end = i;
        }
      }
      String subject = s.text().substring(start, end).strip();
      subject = subject.replaceAll("[.,;:]+$", "");
      if (subject.length() >= 8) {
        return subject;
      }
    }
    return null;
  }

  private static String locationIn(Sentence s, List<Mention> inSentence) {
    for (Mention m : inSentence) {
      int rel = m.start() - s.start();
      if (m.kind() == EntityKind.LOCATION && rel >= 4 && s.key().startsWith("tại ", rel - 4)) {
        return m.canonical();
      }
    }
    return null;
  }
}
