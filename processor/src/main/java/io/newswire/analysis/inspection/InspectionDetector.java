package io.newswire.analysis.inspection;

import io.newswire.analysis.text.Chars;
import io.newswire.analysis.entity.EntityKind;
import io.newswire.analysis.entity.Mention;
import io.newswire.analysis.inspection.Triggers.Trigger;
import io.newswire.analysis.text.RelativeDates;
import io.newswire.analysis.text.Steps;
import io.newswire.analysis.text.VietnameseText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a story is about an inspection, supervision or audit delegation of a Party, National Assembly,
 * Government or provincial organ, and extracts its facts. The decision is the story's, not one sentence's: a
 * delegation named in the headline, lead or opening paragraphs ({@link Triggers}), an issuing organ of one of the
 * four levels found next to it or elsewhere in the opening ({@link Issuers}), and no sign of the product, food,
 * exam, disaster or market checks that use the same words. Stage, head and date are read over the whole opening
 * ({@link Stages}, {@link Heads}, {@link RelativeDates#eventDate}).
 */
public final class InspectionDetector {
  private static final List<String> OFF_TOPIC = List.of("an toàn thực phẩm", "vệ sinh thực phẩm", "hàng giả",
      "hàng lậu", "chất lượng sản phẩm", "doping", "kỳ thi", "coi thi", "thi tốt nghiệp", "phòng cháy", "liên ngành",
      "giá cả", "dịch bệnh", "an toàn lao động", "niêm phong", "xe quá tải", "nồng độ cồn", "thiên tai", "mưa lũ",
      "cơn bão", "bão số", "sạt lở", "khắc phục hậu quả", "thiếu thuốc", "phát hành sách");
  private static final List<String> INSPECTED_CUES = List.of("làm việc với ", "kiểm tra đối với ", "giám sát đối với ",
      "đối với các ", "đối với ", "giám sát tại ", "kiểm tra tại ", "thanh tra tại ", "làm việc tại ", "với ",
      "tại trụ sở ", "tại ", "cơ quan: ", "giám sát: ", "kiểm tra: ", "kiểm tra là ", "khuyết điểm của ",
      "sai phạm của ", "giám sát ", "kiểm tra ", "thanh tra ");
  /**
   * "Tổ công tác … đã thực hiện 104 cuộc kiểm tra", "175 đảng viên bị xử lý kỷ luật": a tally of inspections or of
   * sanctions is a review, not a delegation's story.
   */
  private static final java.util.regex.Pattern TRAILING_PUNCTUATION = java.util.regex.Pattern.compile("[.,;:]+$");
  private static final java.util.regex.Pattern TALLY = java.util.regex.Pattern.compile(
      "(?<!\\p{L})\\d+[.\\d]* (?:cuộc (?:kiểm tra|giám sát|thanh tra)|(?:đảng viên|tổ chức đảng) bị)(?!\\p{L})");
  private static final List<String> SUBJECT_CUES = List.of("kết quả kiểm tra việc ", "kết quả kiểm tra ",
      "kết quả giám sát việc ", "kết quả giám sát ", "giám sát chuyên đề về ", "giám sát chuyên đề ", "về việc ",
      "kiểm tra việc ", "giám sát việc ", "giám sát về ", "kiểm tra về ");
  private static final List<String> SUBJECT_STOPS = List.of(" đối với ", " tại ", " do ", " đã ", " của đoàn", ";", ". ");

  /**
   * A sentence of the story: which field, where it starts and ends in the field, and its clean text and key, cut
   * from the field's when first asked for. Only the opening's sentences are read whole; the rest are looked up by
   * their offsets, and copying every sentence twice cost as much as a rule.
   */
  public static final class Sentence {
    private final String field;
    private final int index;
    private final int start;
    private final int end;
    private final String fieldText;
    private final String fieldKey;
    private String text;
    private String key;

    /** @param fieldText the field's clean text; {@code fieldKey} its match key (same offsets) */
    public Sentence(String field, int index, int start, int end, String fieldText, String fieldKey) {
      this.field = field;
      this.index = index;
      this.start = start;
      this.end = end;
      this.fieldText = fieldText;
      this.fieldKey = fieldKey;
    }

    public String field() {
      return field;
    }

    public int index() {
      return index;
    }

    public int start() {
      return start;
    }

    /** Where the sentence ends in the field (exclusive). */
    public int end() {
      return end;
    }

    public String text() {
      if (text == null) {
        text = fieldText.substring(start, end);
      }
      return text;
    }

    public String key() {
      if (key == null) {
        key = fieldKey.substring(start, end);
      }
      return key;
    }
  }

  public InspectionFacts detect(String title, List<Sentence> sentences, List<Mention> mentions, Instant publishedAt) {
    List<Sentence> opening = opening(sentences);
    // food, exam, disaster and market checks use the same words; they are a ministry's or a province's
    // operational work, never a Party or National Assembly delegation's subject
    String titleKey = VietnameseText.keyOf(title);
    boolean offTopicTitle = offTopic(titleKey) || Steps.matcher(TALLY, titleKey).find();
    Trigger firstNoun = null;
    Sentence firstNounSentence = null;
    // two passes: a delegation noun with its issuer beside it is stronger evidence than a supervising verb
    // anywhere in the opening ("phục vụ cuộc giám sát chuyên đề, … ĐUQS tỉnh" names the inspected, not the issuer)
    for (boolean nouns : new boolean[] {true, false}) {
      for (Sentence s : opening) {
        List<Trigger> triggers = Triggers.find(s.key());
        if (triggers.isEmpty()) {
          continue;
        }
        boolean offTopic = offTopicTitle || offTopic(s.key());
        triggers.sort(Comparator.comparingInt(InspectionDetector::triggerRank).thenComparingInt(Trigger::start));
        List<Mention> inSentence = within(mentions, s);
        for (Trigger t : triggers) {
          if (t.noun() != nouns) {
            continue;
          }
          List<Mention> issuers = Issuers.inSentence(s, t, inSentence);
          if (!issuers.isEmpty() && !(offTopic && operational(issuers.get(0)))) {
            // a verb that names the issuer of a delegation named elsewhere: the story is that delegation's
            boolean earlierNoun = !t.noun() && firstNoun != null;
            return facts(title, earlierNoun ? firstNounSentence : s, earlierNoun ? firstNoun : t, issuers, opening,
                sentences, mentions, publishedAt, 0.0);
          }
          if (t.noun() && firstNoun == null && !offTopic) {
            firstNoun = t;
            firstNounSentence = s;
          }
        }
      }
    }
    if (firstNoun != null) {
      List<Mention> issuers = Issuers.inDocument(opening, mentions);
      if (issuers.isEmpty()) {
        issuers = Issuers.headedByGovernment(opening, mentions);
      }
      if (issuers.isEmpty() && !firstNoun.kind().equals(Triggers.INSPECTION)) {
        issuers = Issuers.chairedByAssemblyLeader(opening, mentions);
      }
      if (!issuers.isEmpty()) {
        return facts(title, firstNounSentence, firstNoun, issuers, opening, sentences, mentions, publishedAt, 0.1);
      }
    }
    return InspectionFacts.none(0.0);
  }

  private static boolean operational(Mention issuer) {
    String level = Issuers.levelOf(issuer);
    return "LOCAL".equals(level) || "GOVERNMENT".equals(level);
  }

  /** Named delegations first, then working groups, then a body's own supervising verbs. */
  private static int triggerRank(Trigger t) {
    if (!t.noun()) {
      return 2;
    }
    return t.kind().equals(Triggers.WORKING_GROUP) ? 1 : 0;
  }

  private InspectionFacts facts(String title, Sentence evidence, Trigger trigger, List<Mention> issuers,
                                List<Sentence> opening, List<Sentence> sentences, List<Mention> mentions,
                                Instant publishedAt, double penalty) {
    String number = trigger.number() != null ? trigger.number() : numberElsewhere(opening, sentences);
    String level = Issuers.levelOf(issuers.get(0));
    List<String> issuerNames = issuers.stream().map(Issuers::nameOf).distinct().map(n -> withProvince(n, mentions))
        .toList();
    String head = Heads.find(opening, mentions);
    Set<String> deputies = new LinkedHashSet<>();
    for (Mention m : mentions) {
      if (m.kind() == EntityKind.POSITION && m.holder() != null && m.canonical().startsWith("Phó Trưởng đoàn")) {
        deputies.add(m.holder());
      }
    }
    deputies.remove(head);
    List<String> inspected = inspected(evidence, opening, mentions, issuerNames);
    List<String> keys = new ArrayList<>();
    opening.forEach(s -> keys.add(s.key()));
    String subject = subject(evidence);
    RelativeDates.Resolved when = null;
    for (Sentence s : opening) {
      when = RelativeDates.eventDate(s.text(), publishedAt).orElse(null);
      if (when != null) {
        break;
      }
    }
    String location = locationIn(evidence, within(mentions, evidence));
    double confidence = 0.6 + (number != null ? 0.1 : 0) + (head != null ? 0.1 : 0) + (!inspected.isEmpty() ? 0.1 : 0)
        + (subject != null ? 0.05 : 0) - penalty;
    return new InspectionFacts(true, number, issuerNames, level, trigger.kind(), head, List.copyOf(deputies), inspected,
        Stages.of(keys), subject, when == null ? null : when.date(), location, evidence.text(),
        Math.min(0.99, confidence));
  }

  /**
   * A bare issuer ("Ban Thường vụ Tỉnh ủy", "HĐND tỉnh") takes the story's province when the story names exactly
   * one, in a place or a provincial organ.
   */
  private static String withProvince(String issuer, List<Mention> mentions) {
    if (!(issuer.endsWith("Tỉnh ủy") || issuer.endsWith("Thành ủy") || issuer.equals("HĐND tỉnh"))) {
      return issuer;
    }
    Set<String> provinces = new LinkedHashSet<>();
    for (Mention m : mentions) {
      if (m.kind() == EntityKind.LOCATION && io.newswire.analysis.entity.ProvinceHistory.get().isProvince(m.canonical())) {
        provinces.add(m.canonical());
      }
    }
    return provinces.size() == 1 ? issuer + " " + provinces.iterator().next() : issuer;
  }

  /** Title, lead and the first body sentences: where a story says what it is about. */
  private static List<Sentence> opening(List<Sentence> sentences) {
    List<Sentence> out = new ArrayList<>();
    int bodySentences = 0;
    for (Sentence s : sentences) {
      if (s.field().equals("title") || s.field().equals("lead")) {
        out.add(s);
      } else if (s.field().equals("body") && bodySentences < 3) {
        out.add(s);
        bodySentences++;
      }
    }
    // the lead's sentence names the delegation in full; prefer it over a shortened headline
    out.sort(Comparator.comparingInt(InspectionDetector::rank));
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

  static List<Mention> within(List<Mention> mentions, Sentence s) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.field().equals(s.field()) && m.start() >= s.start() && m.end() <= s.end()) {
        out.add(m);
      }
    }
    return out;
  }

  /** A number given with the delegation anywhere in the opening, or one number given anywhere in the story. */
  private static String numberElsewhere(List<Sentence> opening, List<Sentence> sentences) {
    for (Sentence s : opening) {
      String n = Triggers.numberIn(s.key());
      if (n != null) {
        return n;
      }
    }
    Set<String> numbers = new LinkedHashSet<>();
    for (Sentence s : sentences) {
      if (!s.key().contains("đoàn ") && !s.key().contains("tổ ")) {
        continue;
      }
      for (Trigger t : Triggers.find(s.key())) {
        if (t.number() != null) {
          numbers.add(t.number());
        }
      }
    }
    return numbers.size() == 1 ? numbers.iterator().next() : null;
  }

  /** The organs after "làm việc với", "đối với", "tại" …: in the evidence sentence, else in the rest of the opening. */
  private static List<String> inspected(Sentence evidence, List<Sentence> opening, List<Mention> mentions,
                                        List<String> issuers) {
    List<Sentence> order = new ArrayList<>();
    order.add(evidence);
    opening.stream().filter(s -> s != evidence).forEach(order::add);
    for (Sentence s : order) {
      List<String> found = inspectedIn(s, within(mentions, s), issuers);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  private static List<String> inspectedIn(Sentence s, List<Mention> inSentence, List<String> issuers) {
    Set<String> found = new LinkedHashSet<>();
    for (String cue : INSPECTED_CUES) {
      for (int at = s.key().indexOf(cue); at >= 0; at = s.key().indexOf(cue, at + 1)) {
        if ((at > 0 && Chars.isLetter(s.key().charAt(at - 1))) || s.key().startsWith("phối hợp ", Math.max(0, at - 9))) {
          continue; // a partner ("phối hợp với Bộ …"), not the inspected
        }
        int pos = at + cue.length();
        if (s.key().startsWith("lãnh đạo ", pos)) {
          pos += "lãnh đạo ".length(); // "làm việc với lãnh đạo UBND tỉnh": the organ, not its leaders
        }
        String prefix = null;
        while (true) {
          Mention organ = organAt(inSentence, s.start() + pos);
          Mention place = organ == null && prefix != null ? placeAt(inSentence, s.start() + pos) : null;
          if (place != null) {
            // "các Ban Thường vụ Tỉnh ủy Lai Châu, Điện Biên và Sơn La": the prefix carries over the list
            found.add(prefix + place.canonical());
            pos = place.end() - s.start();
            if (s.key().startsWith(", ", pos)) {
              pos += 2;
              continue;
            } else if (s.key().startsWith(" và ", pos)) {
              pos += 4;
              continue;
            }
            break;
          }
          if (organ == null) {
            break;
          }
          prefix = placePrefix(organ, inSentence);
          int listAt = organ.end() - s.start();
          String bareList = organ.canonical().endsWith(" ủy") ? bareListAt(s.key(), listAt) : null;
          if (bareList != null) {
            // "Ban Thường vụ Tỉnh ủy các tỉnh Tuyên Quang và Lạng Sơn": the bare organ distributes over the places
            prefix = organ.canonical() + " ";
            pos = listAt + bareList.length();
            continue;
          }
          // "Đoàn thanh tra Chính phủ": the Inspectorate's own name, not an inspected Government
          boolean ownName = cue.equals("thanh tra ") && organ.canonical().equals("Chính phủ");
          if (!ownName && !issuers.contains(organ.canonical()) && !Issuers.insidePosition(organ, inSentence)) {
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
      }
      if (!found.isEmpty()) {
        break;
      }
    }
    return List.copyOf(found);
  }

  private static String bareListAt(String key, int at) {
    for (String w : List.of(" các tỉnh ", " các thành phố ", " hai tỉnh ")) {
      if (key.startsWith(w, at)) {
        return w;
      }
    }
    return null;
  }

  /** "Ban Thường vụ Tỉnh ủy " for "Ban Thường vụ Tỉnh ủy Lai Châu": the organ's name without its place. */
  private static String placePrefix(Mention organ, List<Mention> inSentence) {
    for (Mention m : inSentence) {
      if (m.kind() == EntityKind.LOCATION && m.end() == organ.end() && organ.canonical().endsWith(" " + m.canonical())) {
        return organ.canonical().substring(0, organ.canonical().length() - m.canonical().length());
      }
    }
    return null;
  }

  private static Mention placeAt(List<Mention> mentions, int start) {
    for (Mention m : mentions) {
      if (m.start() == start && m.kind() == EntityKind.LOCATION) {
        return m;
      }
    }
    return null;
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
      subject = TRAILING_PUNCTUATION.matcher(subject).replaceAll("");
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
