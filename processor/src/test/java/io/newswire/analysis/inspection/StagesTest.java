package io.newswire.analysis.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class StagesTest {
  @Test
  void theUnitsOwnReportIsCutOutAndTheDelegationsDraftKept() {
    assertEquals(" | đoàn cho ý kiến vào  | dự thảo báo cáo kết quả ",
        Stages.withoutOwnReports(" | đoàn cho ý kiến vào xây dựng dự thảo báo cáo | dự thảo báo cáo kết quả "));
  }

  @Test
  void searchingOnlyBeforeEachLiteralCutsWhatReplacingEverywhereCuts() {
    String[] pieces = {"xây dựng ", "chuẩn bị ", "cung cấp ", "dự thảo báo cáo", "dự thảo ", " ", ". ", " | ", "; ",
        "tỉnh ", "x".repeat(17), "báo cáo "};
    Random random = new Random(9);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder(" ");
      for (int k = random.nextInt(14); k > 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String t = text.toString();
      assertEquals(Stages.OWN_REPORT.matcher(t).replaceAll(""), Stages.withoutOwnReports(t), t);
    }
  }
}
