package io.newswire.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newswire.analysis.ArticleAnalyzer;
import io.newswire.analysis.dedup.Fingerprint;
import io.newswire.schemas.Dedup;
import io.newswire.schemas.DedupCandidate;
import io.newswire.schemas.DedupVerdict;
import io.newswire.schemas.EnrichedArticle;
import io.newswire.schemas.NewswireSerdes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
