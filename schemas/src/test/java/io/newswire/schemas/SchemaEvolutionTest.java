package io.newswire.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * Bytes written by earlier producers still decode. {@code EnrichedArticle-v1.bin} was written by the v1
 * schema (before {@code Entity.holder}), {@code EnrichedArticle-v2.bin} by v2 (before {@code Inspection.kind} and
 * {@code Entity.successor}), {@code EnrichedArticle-v3.bin} by v3 (before {@code analysisTruncatedAt}); all are kept
 * as fixtures and their schemas ship in {@code schema-history/}.
 */
class SchemaEvolutionTest {

  @Test
  void v1EnrichedArticleBytesDecodeWithTheCurrentReader() throws Exception {
    byte[] v1;
    try (InputStream in = getClass().getResourceAsStream("/schema-history/EnrichedArticle-v1.bin")) {
      v1 = in.readAllBytes();
    }
    EnrichedArticle article = NewswireSerdes.enrichedArticle().deserialize("news.articles.enriched", v1);
    assertEquals("story-v1", article.getStoryId());
    assertEquals("Phan Đình Trạc", article.getEntities().get(0).getCanonical());
    assertNull(article.getEntities().get(0).getHolder(), "the field added in v2 takes its default");
    assertEquals(DedupVerdict.NEW, article.getDedup().getVerdict());
  }

  @Test
  void v2EnrichedArticleBytesDecodeWithTheCurrentReader() throws Exception {
    byte[] v2;
    try (InputStream in = getClass().getResourceAsStream("/schema-history/EnrichedArticle-v2.bin")) {
      v2 = in.readAllBytes();
    }
    EnrichedArticle article = NewswireSerdes.enrichedArticle().deserialize("news.articles.enriched", v2);
    assertEquals("story-v2", article.getStoryId());
    assertEquals(InspectionLevel.CENTRAL_PARTY, article.getInspection().getLevel());
    assertEquals("12", article.getInspection().getDelegationNumber());
    assertNull(article.getInspection().getKind(), "Inspection.kind, added in v3, takes its default");
    assertEquals("Hậu Giang", article.getEntities().get(0).getCanonical());
    assertNull(article.getEntities().get(0).getSuccessor(), "Entity.successor, added in v3, takes its default");
  }

  @Test
  void v3EnrichedArticleBytesDecodeWithTheCurrentReader() throws Exception {
    byte[] v3;
    try (InputStream in = getClass().getResourceAsStream("/schema-history/EnrichedArticle-v3.bin")) {
      v3 = in.readAllBytes();
    }
    EnrichedArticle article = NewswireSerdes.enrichedArticle().deserialize("news.articles.enriched", v3);
    assertEquals("story-v3", article.getStoryId());
    assertEquals(InspectionKind.INSPECTION, article.getInspection().getKind());
    assertEquals("Ninh Bình", article.getEntities().get(0).getSuccessor());
    assertNull(article.getAnalysisTruncatedAt(), "analysisTruncatedAt, added in v4, takes its default");
  }

  @Test
  void everyHistoricSchemaDiffersFromTheCurrentOne() {
    List<Schema> history = SchemaHistory.olderVersionsOf(EnrichedArticle.getClassSchema().getFullName());
    assertEquals(3, history.size());
    List<Schema> alerts = SchemaHistory.olderVersionsOf(InspectionAlert.getClassSchema().getFullName());
    assertEquals(1, alerts.size());
    org.junit.jupiter.api.Assertions.assertNotEquals(alerts.get(0), InspectionAlert.getClassSchema());
    for (Schema old : history) {
      org.junit.jupiter.api.Assertions.assertNotEquals(old, EnrichedArticle.getClassSchema());
    }
  }
}
