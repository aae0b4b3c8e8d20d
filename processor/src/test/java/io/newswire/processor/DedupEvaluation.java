package io.newswire.processor;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.analysis.ArticleAnalyzer;
import io.newswire.analysis.dedup.DedupIndex;
import io.newswire.analysis.dedup.MinHash;
import io.newswire.analysis.dedup.Verdict;
import io.newswire.ingest.extract.FixtureCorpus;
import io.newswire.schemas.Dedup;
import io.newswire.schemas.DedupVerdict;
import io.newswire.schemas.EnrichedArticle;
import io.newswire.schemas.Image;
import io.newswire.schemas.RawArticle;
import java.text.Normalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The dedup evaluation set: republished copies of the fixture articles (positive pairs) and different stories
 * written from the same template (hard negatives), each pair decided by a fresh index exactly as the topology
 * decides it.
 *
 * <pre>mvn -B -ntp -pl processor -am test -Dtest=DedupQualityTest -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
final class DedupEvaluation {
  record Pair(String id, RawArticle first, RawArticle second, boolean duplicate) {}

  int tp;
  int fp;
  int fn;
  int tn;
  final List<String> errors = new ArrayList<>();
  final List<Pair> pairs = new ArrayList<>();

  static List<RawArticle> bases() {
    List<RawArticle> out = new ArrayList<>();
    for (FixtureCorpus.Fixture f : FixtureCorpus.all()) {
      if (!f.id().equals("vnp-2026-seed-538")) { // the same story as btt-2023-seed-538
        out.add(fromGold(f));
      }
    }
    return out;
  }

  static RawArticle fromGold(FixtureCorpus.Fixture f) {
    JsonNode g = f.gold();
    List<String> paragraphs = new ArrayList<>();
    g.get("paragraphs").forEach(p -> paragraphs.add(p.asText()));
    List<Image> images = new ArrayList<>();
    g.get("images").forEach(i -> images.add(new Image("https://img/" + images.size(), i.get("caption").asText(),
        i.get("credit").asText())));
    return RawArticle.newBuilder().setUrl(f.url().toString()).setCanonicalUrl(f.url().toString()).setSource("test")
        .setFetchedAt(Instant.EPOCH).setPublishedAt(OffsetDateTime.parse(g.get("publishedAt").asText()).toInstant())
        .setTitle(g.get("title").asText()).setLead(g.get("lead").isNull() ? null : g.get("lead").asText())
        .setParagraphs(paragraphs).setImages(images).setExtractor("gold").build();
  }

  static RawArticle variant(RawArticle base, String tag, UnaryOperator<RawArticle> change) {
    RawArticle copy = RawArticle.newBuilder(base).build();
    copy.setParagraphs(new ArrayList<>(base.getParagraphs()));
    copy.setImages(new ArrayList<>(base.getImages()));
    String url = "https://www.vietnamplus.vn/" + tag + "-post" + Math.abs((base.getUrl() + tag).hashCode()) + ".vnp";
    copy.setUrl(url);
    copy.setCanonicalUrl(url);
    return change.apply(copy);
  }

  static String newTone(String s) {
    return s.replace("hòa", "hoà").replace("Hòa", "Hoà").replace("Ủy", "Uỷ").replace("ủy", "uỷ").replace("hóa", "hoá")
        .replace("khóa", "khoá").replace("thủy", "thuỷ").replace("tòa", "toà");
  }

  static List<Pair> buildPairs() {
    List<Pair> pairs = new ArrayList<>();
    List<RawArticle> bases = bases();
    for (RawArticle b : bases) {
      String id = b.getUrl().replaceAll(".*/", "");
      pairs.add(new Pair(id + "/title-edited", b, variant(b, "title", a -> {
        a.setTitle("Video: " + a.getTitle().replaceFirst("\\s\\S+$", ""));
        return a;
      }), true));
      pairs.add(new Pair(id + "/captions-removed", b, variant(b, "nocap", a -> {
        a.setImages(List.of());
        return a;
      }), true));
      pairs.add(new Pair(id + "/last-paragraph-trimmed", b, variant(b, "trim", a -> {
        if (a.getParagraphs().size() > 2) {
          a.getParagraphs().remove(a.getParagraphs().size() - 1);
        }
        return a;
      }), true));
      pairs.add(new Pair(id + "/paragraphs-reordered", b, variant(b, "reorder", a -> {
        if (a.getParagraphs().size() > 1) {
          a.getParagraphs().add(0, a.getParagraphs().remove(a.getParagraphs().size() - 1));
        }
        return a;
      }), true));
      pairs.add(new Pair(id + "/boilerplate-added", b, variant(b, "boiler", a -> {
        a.getParagraphs().add("Theo TTXVN/Vietnam+");
        a.getParagraphs().add("Mời bạn đọc xem thêm các tin bài liên quan trên trang.");
        return a;
      }), true));
      pairs.add(new Pair(id + "/other-tone-style", b, variant(b, "tone", a -> {
        a.setTitle(newTone(a.getTitle()));
        a.setLead(a.getLead() == null ? null : newTone(a.getLead()));
        a.getParagraphs().replaceAll(DedupEvaluation::newTone);
        return a;
      }), true));
      pairs.add(new Pair(id + "/nfd", b, variant(b, "nfd", a -> {
        a.setTitle(Normalizer.normalize(a.getTitle(), Normalizer.Form.NFD));
        a.getParagraphs().replaceAll(p -> Normalizer.normalize(p, Normalizer.Form.NFD));
        return a;
      }), true));
      pairs.add(new Pair(id + "/lead-folded-into-body", b, variant(b, "fold", a -> {
        if (a.getLead() != null) {
          a.getParagraphs().add(0, a.getLead());
          a.setLead(null);
        }
        return a;
      }), true));
    }
    // hard negatives: the same template, another story
    for (int i = 0; i < 16; i++) {
      pairs.add(new Pair("template-delegation-" + i, ArticleFactory.distinctStory(i), ArticleFactory.distinctStory(i + 1), false));
    }
    String[][] places = {{"Hà Nội", "Đà Nẵng"}, {"Phnom Penh", "Viêng Chăn"}, {"Tuyên Quang", "Lào Cai"}, {"Gia Lai", "Đắk Lắk"},
        {"Khánh Hòa", "Quảng Ngãi"}, {"Nha Trang", "Quy Nhơn"}, {"Bắc Ninh", "Hưng Yên"}};
    for (RawArticle b : bases) {
      String id = b.getUrl().replaceAll(".*/", "");
      pairs.add(new Pair(id + "/other-place-and-day", b, variant(b, "sibling", a -> {
        UnaryOperator<String> swap = s -> {
          if (s == null) {
            return null;
          }
          for (String[] p : places) {
            s = s.replace(p[0], p[1]);
          }
          return s.replaceAll("(\\d+)/(\\d+)", "2$1/$2").replaceAll("(\\d+),(\\d+)", "$2,$1");
        };
        a.setTitle(swap.apply(a.getTitle()));
        a.setLead(swap.apply(a.getLead()));
        // the template's facts change; half of the body is the other event's own
        for (int k = 0; k < a.getParagraphs().size(); k += 2) {
          a.getParagraphs().set(k, "Tại sự kiện, đại diện địa phương đã trình bày kết quả " + k + " tháng đầu năm và kiến nghị nhiều giải pháp.");
        }
        a.getParagraphs().replaceAll(swap);
        return a;
      }), false));
    }
    for (int k = 0; k < 5; k++) {
      int n = k;
      RawArticle gold = bases().stream().filter(b -> b.getTitle().startsWith("Giá vàng")).findFirst().orElseThrow();
      pairs.add(new Pair("daily-gold-price-" + k, gold, variant(gold, "gold" + k, a -> {
        a.setTitle(a.getTitle().replace("120", Integer.toString(121 + n)));
        a.setLead(a.getLead().replace("Sáng 22/4", "Sáng " + (23 + n) + "/4").replace("1,5", "0," + (n + 3)));
        a.getParagraphs().replaceAll(p -> p.replace("118,5 - 121", (119 + n) + " - " + (122 + n)).replace("3.480", "3.5" + n + "0")
            .replace("60 USD", (20 + n) + " USD").replace("115 - 118", (116 + n) + " - " + (119 + n)));
        a.getParagraphs().set(a.getParagraphs().size() - 1, "Giới phân tích dự báo giá vàng sẽ còn biến động mạnh trong tuần " + (n + 2) + ".");
        a.setPublishedAt(a.getPublishedAt().plusSeconds(86_400L * (n + 1)));
        return a;
      }), false));
    }
    return pairs;
  }

  static DedupEvaluation run(ProcessorSettings settings) {
    DedupEvaluation eval = new DedupEvaluation();
    ArticleAnalyzer analyzer = new ArticleAnalyzer();
    for (Pair pair : buildPairs()) {
      eval.pairs.add(pair);
      DedupIndex index = new DedupIndex(new InMemoryDedupState(), MinHash.defaults(), settings.duplicateThreshold(),
          settings.retention());
      Instant now = Instant.parse("2026-11-28T00:00:00Z");
      index.decide(pair.first().getCanonicalUrl(), DedupCandidates.fingerprint(enrich(analyzer, pair.first())), now, Enrichment::storyIdFor);
      Verdict v = index.decide(pair.second().getCanonicalUrl(), DedupCandidates.fingerprint(enrich(analyzer, pair.second())), now,
          Enrichment::storyIdFor);
      boolean merged = v.kind() == Verdict.Kind.DUPLICATE;
      if (pair.duplicate() && merged) {
        eval.tp++;
      } else if (pair.duplicate()) {
        eval.fn++;
        eval.errors.add(pair.id() + ": copy not recognised (" + v.kind() + ")");
      } else if (merged) {
        eval.fp++;
        eval.errors.add(pair.id() + ": different stories merged (similarity " + v.similarity() + ")");
      } else {
        eval.tn++;
      }
    }
    return eval;
  }

  private static EnrichedArticle enrich(ArticleAnalyzer analyzer, RawArticle raw) {
    return Enrichment.enrich(analyzer, raw, "x", Dedup.newBuilder().setVerdict(DedupVerdict.NEW).build(), Instant.EPOCH);
  }

  double precision() {
    return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
  }

  double recall() {
    return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
  }

  String report() {
    long positives = pairs.stream().filter(Pair::duplicate).count();
    return String.format(Locale.ROOT, "| pairs | positive | hard negative | TP | FP | FN | TN | precision | recall |%n"
        + "|---|---|---|---|---|---|---|---|---|%n| %d | %d | %d | %d | %d | %d | %d | %.3f | %.3f |%n",
        pairs.size(), positives, pairs.size() - positives, tp, fp, fn, tn, precision(), recall());
  }
}
