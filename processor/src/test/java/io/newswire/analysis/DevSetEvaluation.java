package io.newswire.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.analysis.entity.EntityKind;
import io.newswire.analysis.entity.Mention;
import io.newswire.analysis.inspection.InspectionFacts;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores the analyser on the development set ({@code devset/devset.jsonl}): entity precision, recall and F1 per
 * type and micro-averaged (per document, as sets of type + canonical name; positions are scored separately),
 * inspection-story detection, and the accuracy of each extracted field over the gold inspection stories.
 *
 * <pre>mvn -B -ntp -pl processor -am test -Dtest=DevSetQualityTest -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
public final class DevSetEvaluation {
  static final List<String> FIELDS = List.of("delegationNumber", "issuers", "level", "head", "deputyHeads",
      "inspectedOrganizations", "stage", "eventDate", "location");

  final Map<String, int[]> entityCounts = new TreeMap<>(); // type -> tp, fp, fn
  int storyTp;
  int storyFp;
  int storyFn;
  int storyTn;
  final Map<String, int[]> fieldCounts = new LinkedHashMap<>(); // field -> correct, total
  final List<String> errors = new ArrayList<>();
  int items;

  public static DevSetEvaluation run() throws IOException {
    DevSetEvaluation eval = new DevSetEvaluation();
    ArticleAnalyzer analyzer = new ArticleAnalyzer();
    ObjectMapper json = new ObjectMapper();
    for (String line : SeedCorpus.resource("devset/devset.jsonl").split("\n")) {
      if (!line.isBlank()) {
        eval.score(analyzer, json.readTree(line));
      }
    }
    return eval;
  }

  void score(ArticleAnalyzer analyzer, JsonNode item) {
    items++;
    String id = item.get("id").asText();
    String lead = item.get("lead").asText();
    AnalysisInput input = new AnalysisInput(item.get("title").asText(), lead.isEmpty() ? null : lead, List.of(),
        List.of(), List.of(), null, OffsetDateTime.parse(item.get("published").asText()).toInstant());
    Analysis analysis = analyzer.analyze(input);

    Set<String> gold = new TreeSet<>();
    item.get("entities").forEach(e -> gold.add(e.get(0).asText() + ":" + e.get(1).asText()));
    Set<String> found = new TreeSet<>();
    for (Mention m : analysis.mentions()) {
      if (m.kind() != EntityKind.POSITION) {
        found.add(m.kind() + ":" + m.canonical());
      }
    }
    for (EntityKind kind : EntityKind.values()) {
      if (kind == EntityKind.POSITION) {
        continue;
      }
      int[] c = entityCounts.computeIfAbsent(kind.name(), k -> new int[3]);
      for (String f : found) {
        if (f.startsWith(kind + ":")) {
          if (gold.contains(f)) {
            c[0]++;
          } else {
            c[1]++;
            errors.add(id + ": extra " + f);
          }
        }
      }
      for (String g : gold) {
        if (g.startsWith(kind + ":") && !found.contains(g)) {
          c[2]++;
          errors.add(id + ": missed " + g);
        }
      }
    }

    JsonNode g = item.get("inspection");
    InspectionFacts f = analysis.inspection();
    boolean goldStory = g.get("isInspectionDelegationStory").asBoolean();
    if (goldStory && f.isInspectionDelegationStory()) {
      storyTp++;
    } else if (goldStory) {
      storyFn++;
      errors.add(id + ": inspection story missed");
    } else if (f.isInspectionDelegationStory()) {
      storyFp++;
      errors.add(id + ": not an inspection story, detected as one");
    } else {
      storyTn++;
    }
    if (goldStory) {
      Map<String, Object> predicted = new LinkedHashMap<>();
      predicted.put("delegationNumber", f.delegationNumber());
      predicted.put("issuers", f.issuers());
      predicted.put("level", f.level());
      predicted.put("head", f.head());
      predicted.put("deputyHeads", f.deputyHeads());
      predicted.put("inspectedOrganizations", f.inspectedOrganizations());
      predicted.put("stage", f.isInspectionDelegationStory() ? f.stage() : null);
      predicted.put("eventDate", f.eventDate() == null ? null : f.eventDate().toString());
      predicted.put("location", f.location());
      if (g.has("kind")) {
        // the delegation's kind is labelled on the items written for the real-text constructions
        int[] c = fieldCounts.computeIfAbsent("kind", k -> new int[2]);
        c[1]++;
        if (f.isInspectionDelegationStory() && g.get("kind").asText().equals(f.kind())) {
          c[0]++;
        } else {
          errors.add(id + ": kind = " + f.kind() + ", gold " + g.get("kind").asText());
        }
      }
      for (String field : FIELDS) {
        Object want = goldValue(g.get(field));
        boolean ok = f.isInspectionDelegationStory() && Objects.equals(want, predicted.get(field));
        int[] c = fieldCounts.computeIfAbsent(field, k -> new int[2]);
        c[1]++;
        if (ok) {
          c[0]++;
        } else {
          errors.add(id + ": " + field + " = " + predicted.get(field) + ", gold " + want);
        }
      }
    }
  }

  private static Object goldValue(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isArray()) {
      List<String> list = new ArrayList<>();
      node.forEach(n -> list.add(n.asText()));
      return list;
    }
    return node.asText();
  }

  double microF1() {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int[] c : entityCounts.values()) {
      tp += c[0];
      fp += c[1];
      fn += c[2];
    }
    return f1(tp, fp, fn);
  }

  static double f1(int tp, int fp, int fn) {
    double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  double storyPrecision() {
    return storyTp + storyFp == 0 ? 1 : (double) storyTp / (storyTp + storyFp);
  }

  double storyRecall() {
    return storyTp + storyFn == 0 ? 1 : (double) storyTp / (storyTp + storyFn);
  }

  double fieldAccuracy(String field) {
    int[] c = fieldCounts.get(field);
    return c == null || c[1] == 0 ? 1 : (double) c[0] / c[1];
  }

  String report() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Dev set: %d items%n%n| entity type | TP | FP | FN | precision | recall | F1 |%n|---|---|---|---|---|---|---|%n", items));
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Map.Entry<String, int[]> e : entityCounts.entrySet()) {
      int[] c = e.getValue();
      tp += c[0];
      fp += c[1];
      fn += c[2];
      out.append(row(e.getKey(), c[0], c[1], c[2]));
    }
    out.append(row("**micro**", tp, fp, fn));
    out.append(String.format(Locale.ROOT, "%n| inspection detection | TP | FP | FN | TN | precision | recall |%n|---|---|---|---|---|---|---|%n"
        + "| stories | %d | %d | %d | %d | %.3f | %.3f |%n", storyTp, storyFp, storyFn, storyTn, storyPrecision(), storyRecall()));
    out.append(String.format("%n| field (over gold inspection stories) | correct | total | accuracy |%n|---|---|---|---|%n"));
    for (String field : fieldCounts.keySet()) {
      int[] c = fieldCounts.getOrDefault(field, new int[2]);
      out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.3f |%n", field, c[0], c[1], fieldAccuracy(field)));
    }
    return out.toString();
  }

  private static String row(String name, int tp, int fp, int fn) {
    double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %.3f |%n", name, tp, fp, fn, p, r, f1(tp, fp, fn));
  }

  public static void main(String[] args) throws IOException {
    DevSetEvaluation eval = run();
    System.out.println(eval.report());
    eval.errors.forEach(e -> System.out.println("  " + e));
  }
}
