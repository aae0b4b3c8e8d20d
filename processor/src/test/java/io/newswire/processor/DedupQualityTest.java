package io.newswire.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Dedup precision and recall on the evaluation set; floors just under the figures in docs/QUALITY.md. */
class DedupQualityTest {

  @Test
  void republishedCopiesMergeAndTemplateStoriesStayApart() throws Exception {
    DedupEvaluation eval = DedupEvaluation.run(ProcessorSettings.defaults());
    String report = eval.report() + "\nErrors:\n" + String.join("\n", eval.errors);
    System.out.println(report);
    Path out = Path.of("target", "dedup-quality.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
    assertTrue(eval.pairs.stream().filter(DedupEvaluation.Pair::duplicate).count() >= 60);
    assertTrue(eval.pairs.stream().filter(p -> !p.duplicate()).count() >= 30);
    assertEquals(0, eval.fp, "hard negatives merged\n" + report);
    assertTrue(eval.recall() >= 0.97, report);
    assertTrue(eval.precision() >= 0.99, report);
  }
}
