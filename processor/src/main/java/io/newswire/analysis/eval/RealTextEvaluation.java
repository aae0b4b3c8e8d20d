package io.newswire.analysis.eval;

import io.newswire.analysis.Analysis;
import io.newswire.analysis.entity.EntityKind;
import io.newswire.analysis.entity.Mention;
import io.newswire.analysis.inspection.InspectionFacts;
import io.newswire.analysis.text.VietnameseText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Scores the analyser against a real-text gold file as an editor would: is each inspection-delegation story
 * flagged (per level), are its facts right, are the people, organs and places of the excerpt found. Borderline
 * items are scored apart so the headline figures rest on items nobody would argue about.
 *
 * <p>Matching is by the analyser's match key (case, tone style and NFC/NFD do not matter). Issuers and inspected
 * organs match when one name is a prefix of the other ("HĐND tỉnh" in a story that never names the province
 * accepts "HĐND tỉnh Trà Vinh"); a prediction counts only when every predicted name matches the gold.
 */
public final class RealTextEvaluation {
  public static final List<String> LEVELS = List.of("CENTRAL_PARTY", "NATIONAL_ASSEMBLY", "GOVERNMENT", "LOCAL");
  public static final List<String> FIELDS = List.of("level", "issuers", "delegationNumber", "head",
      "inspectedOrganizations", "stage", "eventDate", "kind");

  /** Detection counts: true positives, false positives, false negatives, true negatives. */
  public static final class Counts {
    int tp;
    int fp;
    int fn;
    int tn;

    void add(boolean gold, boolean predicted) {
      if (gold && predicted) {
        tp++;
      } else if (gold) {
        fn++;
      } else if (predicted) {
        fp++;
      } else {
        tn++;
      }
    }

    public double precision() {
      return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }
  }

  private final Counts clear = new Counts();
  private final Counts withBorderline = new Counts();
  private final Map<String, int[]> perLevel = new LinkedHashMap<>(); // level -> detected, total (clear items)
  private final Map<String, int[]> fields = new LinkedHashMap<>(); // field -> right, total (detected clear stories)
  private final Map<String, int[]> entities = new TreeMap<>(); // type -> found, total
  private final List<String> errors = new ArrayList<>();
  private final List<String> extras = new ArrayList<>();
  private int items;

  public RealTextEvaluation() {
    LEVELS.forEach(l -> perLevel.put(l, new int[2]));
    FIELDS.forEach(f -> fields.put(f, new int[2]));
    RealTextGold.ENTITY_TYPES.forEach(t -> entities.put(t, new int[2]));
  }

  /** Scores one item. {@code kind} is the analyser's delegation kind, or null when it has none. */
  public void score(RealTextGold gold, Analysis analysis) {
    items++;
    InspectionFacts f = analysis.inspection();
    boolean detected = f.isInspectionDelegationStory();
    withBorderline.add(gold.story(), detected);
    if (!gold.borderline()) {
      clear.add(gold.story(), detected);
      if (gold.story()) {
        perLevel.get(gold.level())[1]++;
        if (detected) {
          perLevel.get(gold.level())[0]++;
          scoreFields(gold, f);
        } else {
          errors.add(gold.id() + ": " + gold.level() + " story missed");
        }
      } else if (detected) {
        errors.add(gold.id() + ": not a story, flagged as " + f.level() + " (" + f.evidence() + ")");
      }
    }
    scoreEntities(gold, analysis.mentions());
  }

  private void scoreFields(RealTextGold gold, InspectionFacts f) {
    check(gold, "level", Objects.equals(gold.level(), f.level()), gold.level(), f.level());
    check(gold, "issuers", namesMatch(gold.issuers(), f.issuers(), false), gold.issuers(), f.issuers());
    check(gold, "delegationNumber", Objects.equals(gold.delegationNumber(), f.delegationNumber()),
        gold.delegationNumber(), f.delegationNumber());
    check(gold, "head", headMatches(gold.head(), f.head()), gold.head(), f.head());
    check(gold, "inspectedOrganizations", namesMatch(gold.inspectedOrganizations(), f.inspectedOrganizations(), true),
        gold.inspectedOrganizations(), f.inspectedOrganizations());
    check(gold, "stage", Objects.equals(gold.stage(), f.stage()), gold.stage(), f.stage());
    String date = f.eventDate() == null ? null : f.eventDate().toString();
    check(gold, "eventDate", Objects.equals(gold.eventDate(), date), gold.eventDate(), date);
    String kind = f.kind() == null ? null : f.kind().toLowerCase(Locale.ROOT).replace('_', '-');
    check(gold, "kind", Objects.equals(gold.kind(), kind), gold.kind(), kind);
  }

  private void check(RealTextGold gold, String field, boolean right, Object want, Object got) {
    int[] c = fields.get(field);
    c[1]++;
    if (right) {
      c[0]++;
    } else {
      errors.add(gold.id() + ": " + field + " = " + got + ", gold " + want);
    }
  }

  private void scoreEntities(RealTextGold gold, List<Mention> mentions) {
    for (String type : RealTextGold.ENTITY_TYPES) {
      EntityKind kind = EntityKind.valueOf(type);
      int[] c = entities.get(type);
      for (String name : gold.entities().get(type)) {
        c[1]++;
        String want = key(name);
        boolean found = mentions.stream().anyMatch(m -> m.kind() == kind
            && (key(m.canonical()).equals(want) || key(m.text()).equals(want)));
        if (found) {
          c[0]++;
        } else {
          errors.add(gold.id() + ": missed " + type + " " + name);
        }
      }
      for (Mention m : mentions) {
        if (m.kind() == kind && gold.entities().get(type).stream().map(RealTextEvaluation::key)
            .noneMatch(g -> g.equals(key(m.canonical())) || g.equals(key(m.text())))) {
          extras.add(gold.id() + ": " + type + " " + m.canonical() + " (\"" + m.text() + "\")");
        }
      }
    }
  }

  static boolean headMatches(String gold, String predicted) {
    if (gold == null || predicted == null) {
      return gold == null && predicted == null;
    }
    for (String alternative : gold.split("\\|")) {
      if (key(alternative).equals(key(predicted))) {
        return true;
      }
    }
    return false;
  }

  /** Every predicted name matches a gold name (one a prefix of the other); both empty also matches. */
  static boolean namesMatch(List<String> gold, List<String> predicted, boolean emptyMatchesEmpty) {
    if (predicted.isEmpty()) {
      return emptyMatchesEmpty && gold.isEmpty();
    }
    for (String p : predicted) {
      String pk = key(p);
      if (gold.stream().map(RealTextEvaluation::key).noneMatch(g -> pk.startsWith(g) || g.startsWith(pk))) {
        return false;
      }
    }
    return true;
  }

  static String key(String name) {
    return VietnameseText.key(VietnameseText.clean(name)).replace(" - ", "-").replace("thành phố ", "")
        .replace("tp. ", "").replace("tp ", "");
  }

  public Counts detection() {
    return clear;
  }

  public double levelRecall(String level) {
    int[] c = perLevel.get(level);
    return c[1] == 0 ? 1.0 : (double) c[0] / c[1];
  }

  public double fieldAccuracy(String field) {
    int[] c = fields.get(field);
    return c[1] == 0 ? 1.0 : (double) c[0] / c[1];
  }

  public double entityRecall(String type) {
    int[] c = entities.get(type);
    return c[1] == 0 ? 1.0 : (double) c[0] / c[1];
  }

  public int items() {
    return items;
  }

  public List<String> errors() {
    return List.copyOf(errors);
  }

  /** Entities found that the gold does not list: the sample to read for wrong entities. */
  public List<String> extras() {
    return List.copyOf(extras);
  }

  /** The figures as Markdown tables. */
  public String report() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%d items scored%n%n", items));
    out.append("| detection | TP | FP | FN | TN | precision | recall |\n|---|---|---|---|---|---|---|\n");
    row(out, "clear items", clear);
    row(out, "with borderline", withBorderline);
    out.append("\n| level | detected / stories | recall |\n|---|---|---|\n");
    for (String level : LEVELS) {
      int[] c = perLevel.get(level);
      out.append(String.format(Locale.ROOT, "| %s | %d / %d | %.2f |%n", level, c[0], c[1], levelRecall(level)));
    }
    out.append("\n| field (detected stories) | right / total | accuracy |\n|---|---|---|\n");
    for (String field : FIELDS) {
      int[] c = fields.get(field);
      out.append(String.format(Locale.ROOT, "| %s | %d / %d | %.2f |%n", field, c[0], c[1], fieldAccuracy(field)));
    }
    out.append("\n| entity type | found / gold | recall |\n|---|---|---|\n");
    for (var e : entities.entrySet()) {
      out.append(String.format(Locale.ROOT, "| %s | %d / %d | %.2f |%n", e.getKey(), e.getValue()[0],
          e.getValue()[1], entityRecall(e.getKey())));
    }
    return out.toString();
  }

  private static void row(StringBuilder out, String name, Counts c) {
    out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %.2f | %.2f |%n", name, c.tp, c.fp, c.fn,
        c.tn, c.precision(), c.recall()));
  }
}
