package io.newswire.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * Bytes written by earlier producers still decode. {@code EnrichedArticle-v1.bin} was written by the v1
 * schema (before {@code Entity.holder}) and is kept as a fixture; its schema ships in {@code schema-history/}.
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
  void everyHistoricSchemaDiffersFromTheCurrentOne() {
    List<Schema> history = SchemaHistory.olderVersionsOf(EnrichedArticle.getClassSchema().getFullName());
    assertEquals(1, history.size());
    for (Schema old : history) {
      org.junit.jupiter.api.Assertions.assertNotEquals(old, EnrichedArticle.getClassSchema());
    }
  }
}
