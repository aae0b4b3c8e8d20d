package io.newswire.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.analysis.text.Steps;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The analysis is linear in its input, proved by counting, not timing: the characters every rule's regular
 * expression reads (backtracking included) and every character fed to an automaton ({@link Steps}). A text
 * repeated ten times may cost at most eleven times the text once — a rescan from each match, a quadratic
 * overlap check or a backtracking pattern would blow through that.
 */
class AnalysisLinearityTest {
  private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer();

  @Test
  void theSeedArticleRepeatedTenTimesCostsAtMostElevenTimesOnce() {
    assertLinear(SeedCorpus.input());
  }

  @Test
  void entityDenseReportingRepeatedTenTimesCostsAtMostElevenTimesOnce() throws IOException {
    // every dev-set headline and lead, one per paragraph: organs, people and places in nearly every line
    List<String> paragraphs = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : SeedCorpus.resource("devset/devset.jsonl").split("\n")) {
      if (!line.isBlank()) {
        var item = json.readTree(line);
        paragraphs.add(item.get("title").asText());
        paragraphs.add(item.get("lead").asText());
      }
    }
    assertLinear(new AnalysisInput("Tổng hợp tin trong ngày", null, paragraphs, List.of(), List.of(), null,
        Instant.parse("2026-03-02T02:00:00Z")));
  }

  private static void assertLinear(AnalysisInput once) {
    AnalysisInput tenTimes = new AnalysisInput(once.title(), once.lead(), repeat(once.paragraphs()),
        repeat(once.captions()), repeat(once.credits()), once.author(), once.publishedAt());
    long stepsOnce = Steps.count(() -> ANALYZER.analyze(once)).steps();
    Steps.Counted.Result<Analysis> ten = Steps.count(() -> ANALYZER.analyze(tenTimes));
    assertTrue(ten.value().truncatedAt() == null, "the whole repeated text is analysed");
    assertTrue(stepsOnce > 10_000, "the hook counts the rules' reading: " + stepsOnce);
    assertTrue(ten.steps() <= 11 * stepsOnce,
        "10× the text took " + ten.steps() + " steps, " + (double) ten.steps() / stepsOnce + "× the " + stepsOnce
            + " steps of the text once");
  }

  private static List<String> repeat(List<String> items) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      out.addAll(items);
    }
    return Collections.unmodifiableList(out);
  }
}
