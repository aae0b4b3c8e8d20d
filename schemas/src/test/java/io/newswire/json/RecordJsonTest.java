package io.newswire.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.schemas.Fixtures;
import io.newswire.schemas.RawArticle;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordJsonTest {

  @Test
  void instantsAreWrittenInNewsroomTimeWithOffset() {
    ObjectNode json = RecordJson.toJson(Fixtures.seedRawArticle());
    assertEquals("2022-10-11T18:45:12.345+07:00", json.get("publishedAt").asText());
    assertTrue(json.get("lead").isNull());
    assertEquals("Phương Hoa/TTXVN", json.get("images").get(0).get("credit").asText());
  }

  @Test
  void jsonReadsBackIntoTheSameRecord() {
    RawArticle article = Fixtures.seedRawArticle();
    RawArticle back = RecordJson.fromJson(RecordJson.toJson(article), RawArticle.getClassSchema());
    assertEquals(article, back);
  }

  @Test
  void omittedFieldsAreLeftOut() {
    ObjectNode json = RecordJson.toJson(Fixtures.seedRawArticle(), Set.of("rawHtmlGzip"));
    assertFalse(json.has("rawHtmlGzip"));
  }

  @Test
  void missingRequiredFieldIsNamed() {
    ObjectNode json = RecordJson.toJson(Fixtures.seedRawArticle());
    json.remove("title");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RecordJson.fromJson(json, RawArticle.getClassSchema()));
    assertEquals("missing required field 'title'", e.getMessage());
  }

  @Test
  void badTimestampIsExplained() {
    ObjectNode json = RecordJson.toJson(Fixtures.seedRawArticle());
    json.put("publishedAt", "11/10/2022");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RecordJson.fromJson(json, RawArticle.getClassSchema()));
    assertTrue(e.getMessage().contains("ISO-8601"), e.getMessage());
  }
}
