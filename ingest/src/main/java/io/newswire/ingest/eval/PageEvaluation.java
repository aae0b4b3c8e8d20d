package io.newswire.ingest.eval;

import io.newswire.ingest.extract.ExtractionException;
import io.newswire.ingest.extract.Extractors;
import io.newswire.ingest.extract.Page;
import io.newswire.ingest.source.SourceCatalogue;
import io.newswire.schemas.Image;
import io.newswire.schemas.RawArticle;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Scores extraction on saved pages against their {@link PageGold}, for newswire's extractor chain and, side by
 * side, for Readability4J alone (the library the generic extractor starts from), per outlet:
 * <ul>
 *   <li>non-articles refused (error pages, podcasts, listings: the gold says {@code "kind": "not-article"});</li>
 *   <li>title, sapo, author: the same text after white space is collapsed (author without regard to case);
 *       "sapo found": a sapo whose words overlap the gold's with F1 ≥ 0.9;</li>
 *   <li>body: the metric of Zyte's benchmark ({@link BodyExtractionMetric}) on the text after the sapo, so a sapo
 *       repeated as the first paragraph costs precision;</li>
 *   <li>date: the same minute; captions and tags: F1 of the two sets (tags without regard to case).</li>
 * </ul>
 * Readability4J has no date, captions or tags, and its excerpt stands for the sapo.
 */
public final class PageEvaluation {
  /** The two systems compared. */
  public static final String NEWSWIRE = "newswire";
  public static final String READABILITY = "Readability4J alone";
  private static final List<String> FIELDS = List.of("refused", "title", "sapo", "sapo found", "body", "date",
      "author", "captions", "tags");
  /** Never a publication time, so a fallback to the fetch time never scores. */
  private static final Instant FETCHED = Instant.parse("2000-01-01T00:00:00Z");

  private final Extractors extractors = new Extractors();
  /** system → outlet → field → sum and count; "all" is every outlet. */
  private final Map<String, Map<String, Map<String, double[]>>> sums = new LinkedHashMap<>();
  private final Map<String, Map<String, BodyExtractionMetric>> bodies = new LinkedHashMap<>();
  private final List<String> errors = new ArrayList<>();
  private int pages;

  /**
   * What one system made of a page, null fields not found; or the truth the gold reads from the page, null fields
   * not scored.
   */
  private record Extracted(boolean refused, String title, String sapo, String body, Instant published,
                           String author, List<String> captions, List<String> tags) {}

  /** Scores one saved page. */
  public void add(PageGold gold, String html) {
    pages++;
    Extracted truth = truth(gold, Jsoup.parse(html, gold.url().toString()));
    score(NEWSWIRE, gold, truth, ours(gold, html));
    score(READABILITY, gold, truth, readability(gold, html));
  }

  /** The gold's fields read from the page once, for both systems; a selector that finds nothing is reported. */
  private Extracted truth(PageGold gold, Document page) {
    return new Extracted(!gold.article(), text(gold, "title", gold.title(), page, " "),
        text(gold, "sapo", gold.sapo(), page, " "), text(gold, "body", gold.body(), page, "\n"), gold.published(),
        text(gold, "author", gold.author(), page, " "), values(gold, "captions", gold.captions(), page),
        values(gold, "tags", gold.tags(), page));
  }

  private List<String> values(PageGold gold, String name, PageGold.Field field, Document page) {
    if (field == null) {
      return null;
    }
    List<String> values = field.values(page);
    if (values.isEmpty() && field.select() != null) {
      // the gold's mistake, not the extractor's: say so
      errors.add(gold.id() + " gold " + name + ": \"" + field.select() + "\" finds nothing on the page");
    }
    return values;
  }

  private String text(PageGold gold, String name, PageGold.Field field, Document page, String between) {
    List<String> values = values(gold, name, field, page);
    return values == null ? null : String.join(between, values);
  }

  private Extracted ours(PageGold gold, String html) {
    try {
      RawArticle a = extractors.extract(new Page(gold.url(),
          SourceCatalogue.forUrl(SourceCatalogue.builtIn(), gold.url()).id(), html, FETCHED, null));
      List<String> captions = new ArrayList<>();
      for (Image image : a.getImages()) {
        if (image.getCaption() != null && !image.getCaption().isBlank()) {
          captions.add(image.getCaption());
        }
      }
      return new Extracted(false, a.getTitle(), a.getLead(), String.join("\n", a.getParagraphs()),
          a.getPublishedAt(), a.getAuthor(), captions, a.getTags());
    } catch (ExtractionException e) {
      if (gold.article()) {
        errors.add(gold.id() + " " + NEWSWIRE + ": refused an article (" + e.reason() + ": " + e.getMessage() + ")");
      }
      return new Extracted(true, null, null, null, null, null, List.of(), List.of());
    }
  }

  private static Extracted readability(PageGold gold, String html) {
    net.dankito.readability4j.Article a = new Readability4J(gold.url().toString(), html).parse();
    String text = a.getTextContent();
    if (text == null || text.isBlank()) {
      return new Extracted(true, null, null, null, null, null, List.of(), List.of());
    }
    return new Extracted(false, a.getTitle(), a.getExcerpt(), text, null, a.getByline(), List.of(), List.of());
  }

  private void score(String system, PageGold gold, Extracted want, Extracted got) {
    if (!gold.article()) {
      add(system, gold.outlet(), "refused", got.refused() ? 1 : 0);
      if (!got.refused() && system.equals(NEWSWIRE)) {
        errors.add(gold.id() + " " + system + ": accepted a page that is not an article");
      }
      return;
    }
    if (want.title() != null) {
      exact(system, gold, "title", want.title(), got.title(), false);
    }
    if (want.sapo() != null) {
      exact(system, gold, "sapo", want.sapo(), got.sapo(), false);
      BodyExtractionMetric overlap = new BodyExtractionMetric();
      overlap.add(want.sapo(), got.sapo() == null ? "" : got.sapo());
      add(system, gold.outlet(), "sapo found", got.sapo() != null && overlap.f1() >= 0.9 ? 1 : 0);
    }
    if (want.body() != null) {
      for (String outlet : List.of(gold.outlet(), "all")) {
        bodies.computeIfAbsent(system, s -> new LinkedHashMap<>()).computeIfAbsent(outlet, o -> new BodyExtractionMetric())
            .add(want.body(), got.body() == null ? "" : got.body());
      }
    }
    if (want.published() != null) {
      boolean same = got.published() != null
          && got.published().truncatedTo(ChronoUnit.MINUTES).equals(want.published().truncatedTo(ChronoUnit.MINUTES));
      add(system, gold.outlet(), "date", same ? 1 : 0);
      if (!same && system.equals(NEWSWIRE)) {
        errors.add(gold.id() + " " + system + " date: got " + got.published() + ", want " + want.published());
      }
    }
    if (want.author() != null) {
      exact(system, gold, "author", want.author(), got.author(), true);
    }
    if (want.captions() != null) {
      set(system, gold, "captions", want.captions(), got.captions(), false);
    }
    if (want.tags() != null) {
      set(system, gold, "tags", want.tags(), got.tags(), true);
    }
  }

  private void set(String system, PageGold gold, String field, List<String> want, List<String> got, boolean anyCase) {
    double f1 = setF1(want, got, anyCase);
    add(system, gold.outlet(), field, f1);
    if (f1 < 1 && system.equals(NEWSWIRE)) {
      errors.add(gold.id() + " " + system + " " + field + ": got " + got + ", want " + want);
    }
  }

  private void exact(String system, PageGold gold, String field, String want, String got, boolean anyCase) {
    String a = PageGold.normalize(want);
    String b = PageGold.normalize(got);
    boolean same = anyCase ? a.equalsIgnoreCase(b) : a.equals(b);
    add(system, gold.outlet(), field, same ? 1 : 0);
    if (!same && system.equals(NEWSWIRE)) {
      errors.add(gold.id() + " " + system + " " + field + ": got \"" + b + "\", want \"" + a + "\"");
    }
  }

  static double setF1(List<String> want, List<String> got, boolean anyCase) {
    Set<String> a = new HashSet<>();
    want.forEach(v -> a.add(key(v, anyCase)));
    Set<String> b = new HashSet<>();
    got.forEach(v -> b.add(key(v, anyCase)));
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return 2.0 * both.size() / (a.size() + b.size());
  }

  private static String key(String value, boolean anyCase) {
    String v = PageGold.normalize(value);
    return anyCase ? v.toLowerCase(Locale.ROOT) : v;
  }

  private void add(String system, String outlet, String field, double value) {
    for (String o : List.of(outlet, "all")) {
      double[] s = sums.computeIfAbsent(system, x -> new LinkedHashMap<>()).computeIfAbsent(o, x -> new LinkedHashMap<>())
          .computeIfAbsent(field, x -> new double[2]);
      s[0] += value;
      s[1]++;
    }
  }

  public int pages() {
    return pages;
  }

  /** The mean of one field for one system and outlet ("all" for every outlet), or NaN when nothing was scored. */
  public double mean(String system, String outlet, String field) {
    if (field.equals("body")) {
      BodyExtractionMetric m = bodies.getOrDefault(system, Map.of()).get(outlet);
      return m == null ? Double.NaN : m.f1();
    }
    double[] s = sums.getOrDefault(system, Map.of()).getOrDefault(outlet, Map.of()).get(field);
    return s == null ? Double.NaN : s[0] / s[1];
  }

  /** What went wrong for newswire, one line per page and field. */
  public List<String> errors() {
    return List.copyOf(errors);
  }

  /** A Markdown table: one row per outlet and system, then both systems over all outlets. */
  public String report() {
    StringBuilder out = new StringBuilder("| outlet | system | ");
    out.append(String.join(" | ", FIELDS.stream().map(f -> f.equals("body") ? "body F1" : f).toList())).append(" |\n|---|---|");
    out.append("---|".repeat(FIELDS.size())).append('\n');
    List<String> outlets = new ArrayList<>();
    List<Map<String, ?>> byOutlet = new ArrayList<>(sums.values());
    byOutlet.addAll(bodies.values());
    byOutlet.forEach(m -> m.keySet().forEach(o -> {
      if (!outlets.contains(o) && !o.equals("all")) {
        outlets.add(o);
      }
    }));
    outlets.sort(null);
    outlets.add("all");
    for (String outlet : outlets) {
      for (String system : List.of(NEWSWIRE, READABILITY)) {
        out.append("| ").append(outlet.equals("all") ? "**all**" : outlet).append(" | ").append(system).append(" |");
        for (String field : FIELDS) {
          double v = mean(system, outlet, field);
          out.append(Double.isNaN(v) ? " – |" : String.format(Locale.ROOT, " %.3f |", v));
        }
        out.append('\n');
      }
    }
    return out.toString();
  }
}
