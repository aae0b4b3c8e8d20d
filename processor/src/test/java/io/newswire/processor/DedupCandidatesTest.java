package io.newswire.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newswire.analysis.Analysis;
import io.newswire.analysis.ArticleAnalyzer;
import io.newswire.analysis.dedup.Fingerprint;
import io.newswire.schemas.Dedup;
import io.newswire.schemas.DedupCandidate;
import io.newswire.schemas.DedupVerdict;
import io.newswire.schemas.EnrichedArticle;
import io.newswire.schemas.NewswireSerdes;
import io.newswire.schemas.RawArticle;
import io.newswire.schemas.SchemaHistory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

/** The dedup repartition topic's values: an article and the fingerprint its analysis task computed. */
class DedupCandidatesTest {
  private static final String TOPIC = "newswire-processor-dedup-repartition";
  private final Serde<DedupCandidate> serde = DedupCandidates.serde();
  private final EnrichedArticle seed = Enrichment.enrich(new ArticleAnalyzer(), Articles.seed(), "story-1",
      Dedup.newBuilder().setVerdict(DedupVerdict.NEW).build(), Instant.EPOCH);

  @Test
  void theFingerprintCarriedAcrossTheTopicIsTheOneTheDedupStageWouldCompute() {
    byte[] bytes = serde.serializer().serialize(TOPIC, DedupCandidates.of(seed));
    DedupCandidate read = serde.deserializer().deserialize(TOPIC, bytes);

    assertEquals(seed, read.getArticle());
    assertSameFingerprint(DedupCandidates.fingerprint(seed), DedupCandidates.fingerprintOf(read));
  }

  @Test
  void theAnalysisTaskSendsTheArticleEncodedAndTheDedupTaskGetsItBack() {
    Analysis analysis = new ArticleAnalyzer().analyze(Enrichment.inputOf(Articles.seed()));
    DedupCandidate sent = DedupCandidates.of(seed, analysis.keys(), new ArticleSplice());

    DedupCandidate read = serde.deserializer().deserialize(TOPIC, serde.serializer().serialize(TOPIC, sent));

    assertNull(read.getArticle());
    assertEquals(seed, NewswireSerdes.enrichedArticle().deserialize(TOPIC,
        ArticleSplice.join(read.getEncodedArticle(), seed.getStoryId(), seed.getDedup())));
    assertSameFingerprint(DedupCandidates.fingerprint(seed), DedupCandidates.fingerprintOf(read));
  }

  @Test
  void aCandidateAnEarlierBuildWroteWithTheArticleDecodedIsStillRead() throws Exception {
    Schema v1 = SchemaHistory.olderVersionsOf(DedupCandidate.getClassSchema().getFullName()).get(0);
    ByteBuffer earlier = new BinaryMessageEncoder<DedupCandidate>(SpecificData.getForClass(DedupCandidate.class), v1)
        .encode(DedupCandidates.of(seed));

    DedupCandidate read = serde.deserializer().deserialize(TOPIC, bytes(earlier));

    assertEquals(seed, read.getArticle());
    assertNull(read.getEncodedArticle());
    assertSameFingerprint(DedupCandidates.fingerprint(seed), DedupCandidates.fingerprintOf(read));
  }

  @Test
  void theFingerprintFromTheAnalysisKeysIsTheOneFromTheArticleText() {
    ArticleAnalyzer analyzer = new ArticleAnalyzer();
    // paragraphs ending in an old-style tone pair, runs of spaces, an empty paragraph, decomposed marks; no lead
    RawArticle edges = RawArticle.newBuilder(Articles.seed()).setLead(null).setParagraphs(List.of(
        "Ủy ban nhân dân tỉnh Khánh Hòa", "", "  Đoàn công tác   làm việc tại xã Thủy Hòa  ",
        "Ho\u0300a Bi\u0300nh, hoa", "Nghị quyết số 12-NQ/TW ngày 3/4 của Bộ Chính trị về công tác thuỷ lợi")).build();
    List<RawArticle> articles = new ArrayList<>(List.of(Articles.seed(), edges));
    for (int i = 0; i < 20; i++) {
      articles.add(ArticleFactory.varied(i));
    }
    for (RawArticle raw : articles) {
      Analysis analysis = analyzer.analyze(Enrichment.inputOf(raw));
      EnrichedArticle article = Enrichment.enrich(analysis, raw, "story-1",
          Dedup.newBuilder().setVerdict(DedupVerdict.NEW).build(), Instant.EPOCH);

      assertSameFingerprint(DedupCandidates.fingerprint(article),
          DedupCandidates.fingerprintOf(DedupCandidates.of(article, analysis.keys(), new ArticleSplice())));
    }
  }

  @Test
  void aTextCutByTheBudgetHasNoKeysToLend() {
    Analysis analysis = new ArticleAnalyzer(1_000).analyze(Enrichment.inputOf(Articles.seed()));

    assertEquals(true, analysis.truncated());
    assertNull(analysis.keys());
  }

  @Test
  void aBareArticleLeftOnTheTopicByAnEarlierProcessorIsReadAndFingerprinted() {
    byte[] earlier = NewswireSerdes.enrichedArticle().serialize(TOPIC, seed);

    DedupCandidate read = serde.deserializer().deserialize(TOPIC, earlier);

    assertEquals(seed, read.getArticle());
    assertSameFingerprint(DedupCandidates.fingerprint(seed), DedupCandidates.fingerprintOf(read));
  }

  @Test
  void bytesThatAreNeitherFailAsACandidate() {
    byte[] junk = "not avro".getBytes(StandardCharsets.UTF_8);

    SerializationException e = assertThrows(SerializationException.class,
        () -> serde.deserializer().deserialize(TOPIC, junk));
    assertEquals(true, e.getMessage().contains("DedupCandidate"), e.getMessage());
  }

  private static byte[] bytes(ByteBuffer buffer) {
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    return bytes;
  }

  private static void assertSameFingerprint(Fingerprint expected, Fingerprint actual) {
    assertEquals(expected.contentHash(), actual.contentHash());
    assertEquals(expected.titleHash(), actual.titleHash());
    assertEquals(expected.leadHash(), actual.leadHash());
    assertEquals(expected.paragraphHashes(), actual.paragraphHashes());
    assertArrayEquals(expected.signature(), actual.signature());
    assertEquals(expected.salient(), actual.salient());
    assertEquals(expected.facts(), actual.facts());
  }
}
