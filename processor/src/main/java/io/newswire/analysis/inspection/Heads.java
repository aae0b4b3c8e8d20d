package io.newswire.analysis.inspection;

import io.newswire.analysis.text.Chars;
import io.newswire.analysis.entity.EntityKind;
import io.newswire.analysis.entity.Mention;
import io.newswire.analysis.inspection.InspectionDetector.Sentence;
import java.util.List;

/**
 * Who leads the delegation, in the ways reporting says it: "Trưởng đoàn kiểm tra Phan Đình Trạc" (a title linked to
 * its holder), "do bà X, &lt;any number of titles&gt;, làm Trưởng đoàn", "phân công ông X … làm Trưởng đoàn",
 * "Chủ tịch Quốc hội X, Trưởng đoàn kiểm tra số 11", "ông X … dẫn đầu đoàn kiểm tra", "Tổ trưởng Tổ công tác,
 * ông X", "dưới sự chủ trì của Phó Chủ tịch Quốc hội X", "X làm việc với … để kiểm tra".
 */
final class Heads {
  private static final List<String> OPENERS = List.of(" do ", " phân công ", " giao ");

  private Heads() {}

  static String find(List<Sentence> opening, List<Mention> mentions) {
    for (Mention m : mentions) {
      if (m.kind() == EntityKind.POSITION && m.holder() != null && m.canonical().startsWith("Trưởng đoàn")) {
        return m.holder();
      }
    }
    for (Sentence s : opening) {
      String head = inSentence(s, InspectionDetector.within(mentions, s));
      if (head != null) {
        return head;
      }
    }
    return null;
  }

  private static String inSentence(Sentence s, List<Mention> inSentence) {
    String key = s.key();
    for (String anchor : List.of("trưởng đoàn", "tổ trưởng")) {
      for (int at = key.indexOf(anchor); at >= 0; at = key.indexOf(anchor, at + 1)) {
        if ((at > 0 && Chars.isLetter(key.charAt(at - 1))) || key.startsWith("phó ", Math.max(0, at - 4))) {
          continue;
        }
        if (key.startsWith("làm ", Math.max(0, at - 4))) {
          int opener = -1;
          for (String o : OPENERS) {
            opener = Math.max(opener, key.lastIndexOf(o, at));
          }
          String person = firstPersonBetween(s, inSentence, opener < 0 ? 0 : opener, at);
          if (person != null) {
            return person;
          }
          continue;
        }
        // "Chủ tịch Quốc hội Trần Thanh Mẫn, Trưởng đoàn …" or "Tổ trưởng Tổ công tác, ông Mai Tiến Dũng"
        String person = lastPersonBetween(s, inSentence, Math.max(0, at - 200), at);
        if (person == null) {
          person = firstPersonBetween(s, inSentence, at, Math.min(key.length(), at + 60));
        }
        if (person != null) {
          return person;
        }
      }
    }
    int lead = key.indexOf(" dẫn đầu");
    if (lead >= 0) {
      String person = lastPersonBetween(s, inSentence, 0, lead);
      if (person != null) {
        return person;
      }
    }
    int chair = key.indexOf("dưới sự chủ trì của ");
    if (chair >= 0) {
      return firstPersonBetween(s, inSentence, chair, key.length());
    }
    // "Phó Chủ tịch Quốc hội X đã có các cuộc làm việc với … để kiểm tra …": the one who works is the head
    int works = key.indexOf("làm việc với ");
    if (works >= 0 && (key.indexOf(" để kiểm tra", works) > 0 || key.indexOf(" nhằm kiểm tra", works) > 0
        || key.indexOf(" để giám sát", works) > 0)) {
      return lastPersonBetween(s, inSentence, 0, works);
    }
    return null;
  }

  private static String firstPersonBetween(Sentence s, List<Mention> inSentence, int from, int to) {
    Mention best = null;
    for (Mention m : inSentence) {
      int rel = m.start() - s.start();
      if (m.kind() == EntityKind.PERSON && rel >= from && rel < to && (best == null || m.start() < best.start())) {
        best = m;
      }
    }
    return best == null ? null : best.canonical();
  }

  private static String lastPersonBetween(Sentence s, List<Mention> inSentence, int from, int to) {
    Mention best = null;
    for (Mention m : inSentence) {
      int rel = m.start() - s.start();
      if (m.kind() == EntityKind.PERSON && rel >= from && rel < to && (best == null || m.start() > best.start())) {
        best = m;
      }
    }
    return best == null ? null : best.canonical();
  }
}
