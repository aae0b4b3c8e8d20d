package io.newswire.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.ingest.eval.BodyExtractionMetric;
import io.newswire.ingest.extract.FixtureCorpus.Fixture;
import io.newswire.schemas.RawArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The body-extraction metric of Zyte's benchmark over the fixture corpus, for our extractors and for the
 * generic fallback alone. Prints the table that docs/QUALITY.md reports and fails below the floors.
 *
 * <pre>mvn -B -ntp -pl ingest -am test -Dtest=ExtractionQualityTest -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class ExtractionQualityTest {

  @Test
  void bodyExtractionScores() throws Exception {
    List<Fixture> corpus = FixtureCorpus.all().stream().filter(f -> !f.layout().equals("generic")).toList();
    BodyExtractionMetric ours = new BodyExtractionMetric();
    BodyExtractionMetric generic = new BodyExtractionMetric();
    StringBuilder report = new StringBuilder("| page | layout | ours P/R | generic P/R |\n|---|---|---|---|\n");
    Extractors extractors = new Extractors();
    for (Fixture fixture : corpus) {
      BodyExtractionMetric.Score a = ours.add(fixture.goldBody(), body(extractors.extract(fixture.page())));
      String genericBody;
      try {
        genericBody = body(new GenericExtractor().extract(fixture.page()));
      } catch (ExtractionException e) {
        genericBody = "";
      }
      BodyExtractionMetric.Score b = generic.add(fixture.goldBody(), genericBody);
      report.append(String.format(Locale.ROOT, "| %s | %s | %.3f/%.3f | %.3f/%.3f |%n", fixture.id(), fixture.layout(),
          a.precision(), a.recall(), b.precision(), b.recall()));
    }
    report.append(String.format(Locale.ROOT, "%n| extractor | pages | F1 | precision | recall | exact match |%n"
        + "|---|---|---|---|---|---|%n| site extractors | %d | %.3f | %.3f | %.3f | %.3f |%n"
        + "| generic fallback alone (Readability4J) | %d | %.3f | %.3f | %.3f | %.3f |%n",
        ours.documents(), ours.f1(), ours.precision(), ours.recall(), ours.accuracy(),
        generic.documents(), generic.f1(), generic.precision(), generic.recall(), generic.accuracy()));
    System.out.println(report);
    Path out = Path.of("target", "extraction-quality.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);

    assertTrue(ours.f1() >= 0.99, "site extractors F1 " + ours.f1());
    assertTrue(ours.accuracy() >= 0.90, "site extractors exact match " + ours.accuracy());
  }

  /** The article body as the benchmark's articleBody: lead and paragraphs. */
  static String body(RawArticle article) {
    return (article.getLead() == null ? "" : article.getLead() + "\n") + String.join("\n", article.getParagraphs());
  }
}
