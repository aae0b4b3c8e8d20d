package io.newswire.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.analysis.entity.EntityKind;
import io.newswire.analysis.entity.Gazetteer;
import io.newswire.analysis.entity.Mention;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A text longer than the budget is analysed up to it and kept whole; a shorter one is analysed entirely. */
class AnalysisBudgetTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();
  private static final String PARAGRAPH = "Đoàn kiểm tra của Ban Bí thư làm việc với Ban Thường vụ Tỉnh ủy Hà Nam.";

  private static AnalysisInput article(int paragraphs) {
    List<String> body = new ArrayList<>();
    for (int i = 0; i < paragraphs; i++) {
      body.add(PARAGRAPH);
    }
    return new AnalysisInput("Kiểm tra tại Hà Nam", null, body, List.of(), List.of(), null,
        Instant.parse("2024-05-02T02:00:00Z"));
  }

  @Test
  void aTextWithinTheBudgetIsAnalysedWhole() {
    Analysis a = new ArticleAnalyzer(GAZETTEER, 10_000).analyze(article(10));
    assertNull(a.truncatedAt());
    assertTrue(a.inspection().isInspectionDelegationStory());
  }

  @Test
  void aLongerTextIsAnalysedUpToTheBudgetAndKeptWhole() {
    int budget = 2_000;
    Analysis a = new ArticleAnalyzer(GAZETTEER, budget).analyze(article(500)); // ≈ 36,000 characters
    assertEquals(budget, a.truncatedAt());
    assertEquals(500, a.paragraphs().size(), "the text flows on whole");
    assertTrue(a.inspection().isInspectionDelegationStory(), "the headline and first paragraphs are analysed");
    int bodyBudget = budget - "Kiểm tra tại Hà Nam".length();
    for (Mention m : a.mentions()) {
      assertTrue(!m.field().equals("body") || m.end() <= bodyBudget, "a mention past the budget: " + m);
    }
    long organs = a.mentions().stream().filter(m -> m.kind() == EntityKind.ORGANIZATION).count();
    assertTrue(organs > 0 && organs < 500, "mentions for the analysed part only: " + organs);
  }
}
