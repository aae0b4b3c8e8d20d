package io.newswire.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newswire.analysis.ArticleAnalyzer;
import io.newswire.schemas.AvroSerde;
import io.newswire.schemas.Dedup;
import io.newswire.schemas.DedupVerdict;
import io.newswire.schemas.EncodedArticle;
import io.newswire.schemas.EnrichedArticle;
import io.newswire.schemas.NewswireSerdes;
import io.newswire.schemas.RawArticle;
import io.newswire.schemas.SchemaHistory;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.junit.jupiter.api.Test;

/** The dedup task writes the story id and the verdict into the bytes the analysis task encoded. */
class ArticleSpliceTest {
  private static final AvroSerde<EnrichedArticle> SERDE = NewswireSerdes.enrichedArticle();
  private final ArticleAnalyzer analyzer = new ArticleAnalyzer();
  private final ArticleSplice splice = new ArticleSplice();

  @Test
  void theSplicedBytesAreWhatTheSerdeWritesForTheArticleWithItsVerdict() {
    List<Dedup> verdicts = List.of(
        Dedup.newBuilder().setVerdict(DedupVerdict.NEW).build(),
        Dedup.newBuilder().setVerdict(DedupVerdict.DUPLICATE).setDuplicateOf("s-0123456789abcdef0123")
            .setSimilarity(0.875).build(),
        Dedup.newBuilder().setVerdict(DedupVerdict.UPDATED).setVersion(3)
            .setChanges("lead changed; 2 paragraph(s) added — đã sửa").build());
    for (EnrichedArticle article : articles()) {
      EncodedArticle cut = splice.cut(article);
      for (Dedup dedup : verdicts) {
        for (String storyId : List.of("s-0123456789abcdef0123", "another, longer story id: Đoàn 538")) {
          EnrichedArticle expected = EnrichedArticle.newBuilder(article).setStoryId(storyId).setDedup(dedup).build();

          assertArrayEquals(SERDE.serialize("t", expected), ArticleSplice.join(cut, storyId, dedup),
              article.getCanonicalUrl() + " " + dedup.getVerdict() + " " + storyId);
        }
      }
    }
  }

  @Test
  void theProvisionalStoryIdIsTheOneTheArticleWasCutWith() {
    for (EnrichedArticle article : articles()) {
      assertEquals(article.getStoryId(), ArticleSplice.provisionalStoryId(splice.cut(article)));
    }
  }

  @Test
  void anArticleCutByABuildWithAnEarlierSchemaIsDecodedAndEncodedTheLongWay() throws Exception {
    Schema v3 = SchemaHistory.olderVersionsOf(EnrichedArticle.getClassSchema().getFullName()).get(2);
    EnrichedArticle article = articles().get(0);
    ByteBuffer earlier = new BinaryMessageEncoder<EnrichedArticle>(SpecificData.getForClass(EnrichedArticle.class), v3)
        .encode(article);
    Dedup dedup = Dedup.newBuilder().setVerdict(DedupVerdict.DUPLICATE).setDuplicateOf("s-1").setSimilarity(0.9).build();

    byte[] joined = ArticleSplice.join(new EncodedArticle(earlier, 0, 0), "s-1", dedup);

    EnrichedArticle expected = EnrichedArticle.newBuilder(article).setStoryId("s-1").setDedup(dedup).build();
    assertArrayEquals(SERDE.serialize("t", expected), joined);
    assertEquals(article.getStoryId(), ArticleSplice.provisionalStoryId(new EncodedArticle(earlier, 0, 0)));
  }

  @Test
  void aVerdictPlaceThatIsNotInTheBytesIsRefused() {
    EncodedArticle cut = splice.cut(articles().get(0));
    Dedup dedup = Dedup.newBuilder().setVerdict(DedupVerdict.NEW).build();
    int length = cut.getBytes().remaining();

    assertThrows(IllegalArgumentException.class, () -> ArticleSplice.join(
        new EncodedArticle(cut.getBytes(), cut.getDedupStart(), length + 1), "s-1", dedup));
    assertThrows(IllegalArgumentException.class, () -> ArticleSplice.join(
        new EncodedArticle(cut.getBytes(), 3, cut.getDedupEnd()), "s-1", dedup));
  }

  /** The seed, twenty generated articles, and one with no lead, an empty paragraph and no entities. */
  private List<EnrichedArticle> articles() {
    List<RawArticle> raws = new ArrayList<>(List.of(Articles.seed(),
        RawArticle.newBuilder(Articles.seed()).setLead(null).setAuthor(null)
            .setParagraphs(List.of("Trời mưa.", "", "Hết.")).build()));
    for (int i = 0; i < 20; i++) {
      raws.add(ArticleFactory.varied(i));
    }
    List<EnrichedArticle> out = new ArrayList<>();
    for (RawArticle raw : raws) {
      out.add(Enrichment.enrich(analyzer.analyze(Enrichment.inputOf(raw)), raw,
          Enrichment.storyIdFor(raw.getCanonicalUrl()), Dedup.newBuilder().setVerdict(DedupVerdict.NEW).build(),
          Instant.ofEpochMilli(1_764_000_000_000L)));
    }
    return out;
  }
}
