package io.newswire.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.ingest.extract.FixtureCorpus;
import io.newswire.json.RecordJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newswire extract | newswire enrich}, and {@code enrich --text}, as a user runs them. */
class EnrichCommandTest {

  private static String[] run(String... args) {
    return CliRun.run(args);
  }


  @Test
  void extractOutputIsEnrichInput(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("page.html");
    Files.writeString(page, FixtureCorpus.text("pages/btt-2023-seed-538.html"));
    String[] extracted = run("extract", "--html", page.toString(), "--url",
        "https://baotintuc.vn/thoi-su/doan-kiem-tra-so-538-cua-bo-chinh-tri-20221011184512345.htm");
    assertEquals("0", extracted[0]);
    Path article = dir.resolve("article.json");
    Files.writeString(article, extracted[1]);
    String[] enriched = run("enrich", "--file", article.toString());
    assertEquals("0", enriched[0]);
    JsonNode json = RecordJson.MAPPER.readTree(enriched[1]);
    JsonNode inspection = json.get("inspection");
    assertTrue(inspection.get("isInspectionDelegationStory").asBoolean());
    assertEquals("538", inspection.get("delegationNumber").asText());
    assertEquals("Phan Đình Trạc", inspection.get("head").asText());
    assertEquals("DRAFT_REPORT_REVIEW", inspection.get("stage").asText());
    assertEquals("2022-10-11", inspection.get("eventDate").asText());
    boolean photographer = false;
    for (JsonNode e : json.get("entities")) {
      photographer |= e.get("type").asText().equals("PERSON") && e.get("canonical").asText().equals("Phương Hoa");
    }
    assertTrue(photographer, "the photo credit's person is tagged");
  }

  @Test
  void plainTextOfAnUnseenStory(@TempDir Path dir) throws Exception {
    Path story = dir.resolve("story.txt");
    Files.writeString(story, """
        Đoàn giám sát của Ủy ban Thường vụ Quốc hội làm việc với UBND tỉnh Đắk Lắk
        Chiều 5/11, Đoàn giám sát của Ủy ban Thường vụ Quốc hội do Phó Chủ tịch Quốc hội Trần Quang Phương làm Trưởng đoàn đã làm việc với UBND tỉnh Đắk Lắk về việc thực hiện chính sách, pháp luật về đất đai.
        """);
    String[] out = run("enrich", "--text", story.toString(), "--published", "2025-11-05T17:00+07:00");
    assertEquals("0", out[0]);
    JsonNode inspection = RecordJson.MAPPER.readTree(out[1]).get("inspection");
    assertEquals("NATIONAL_ASSEMBLY", inspection.get("level").asText());
    assertEquals("Trần Quang Phương", inspection.get("head").asText());
    assertEquals("UBND tỉnh Đắk Lắk", inspection.get("inspectedOrganizations").get(0).asText());
    assertEquals("2025-11-05", inspection.get("eventDate").asText());
  }

  @Test
  void aStoryThatOnlyUsesTheWordIsNotAnInspectionStory(@TempDir Path dir) throws Exception {
    Path story = dir.resolve("story.txt");
    Files.writeString(story, "Kiểm tra an toàn thực phẩm dịp Tết\nĐoàn kiểm tra liên ngành về an toàn thực phẩm của "
        + "UBND tỉnh Lạng Sơn đã kiểm tra 30 cơ sở.\n");
    String[] out = run("enrich", "--text", story.toString(), "--published", "2026-01-20T15:00+07:00");
    assertEquals("false", RecordJson.MAPPER.readTree(out[1]).get("inspection").get("isInspectionDelegationStory").asText());
  }
}
