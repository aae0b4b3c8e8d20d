package io.newswire.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.analysis.ArticleAnalyzer;
import io.newswire.schemas.Dedup;
import io.newswire.schemas.DedupVerdict;
import io.newswire.schemas.EnrichedArticle;
import io.newswire.schemas.Entity;
import io.newswire.schemas.InspectionKind;
import io.newswire.schemas.RawArticle;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the Avro record carries of the schema-v3 fields: the delegation's kind and a former province's successor. */
class EnrichmentTest {

  private static EnrichedArticle enrich(String published, String title, String paragraph) {
    RawArticle raw = RawArticle.newBuilder().setUrl("https://example.vn/a").setCanonicalUrl("https://example.vn/a")
        .setSource("text").setFetchedAt(Instant.parse(published)).setPublishedAt(Instant.parse(published))
        .setTitle(title).setLead(null).setParagraphs(List.of(paragraph)).setExtractor("text/1").build();
    return Enrichment.enrich(new ArticleAnalyzer(), raw, "s-1", Dedup.newBuilder().setVerdict(DedupVerdict.NEW).build(),
        Instant.parse(published));
  }

  private static Entity place(EnrichedArticle a, String canonical) {
    return a.getEntities().stream().filter(e -> e.getCanonical().equals(canonical)).findFirst().orElseThrow();
  }

  @Test
  void aFormerProvinceKeepsItsNameAndLinksItsSuccessor() {
    EnrichedArticle a = enrich("2017-03-29T02:00:00Z", "Đoàn giám sát của Quốc hội làm việc tại Kiên Giang",
        "Chiều 28/3, Đoàn giám sát của Quốc hội đã làm việc với UBND tỉnh Kiên Giang.");
    assertEquals("An Giang", place(a, "Kiên Giang").getSuccessor());
    assertEquals(InspectionKind.SUPERVISION, a.getInspection().getKind());
    assertNull(place(a, "Quốc hội").getSuccessor());
  }

  @Test
  void afterTheMergerTheSuccessorIsTheName() {
    EnrichedArticle a = enrich("2025-09-02T02:00:00Z", "Du khách đến Kiên Giang dịp lễ", "Nhiều du khách đến Kiên Giang.");
    assertNull(place(a, "An Giang").getSuccessor());
  }
}
