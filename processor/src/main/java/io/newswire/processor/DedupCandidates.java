package io.newswire.processor;

import io.newswire.analysis.Analysis;
import io.newswire.analysis.dedup.Fingerprint;
import io.newswire.analysis.dedup.MinHash;
import io.newswire.schemas.AvroSerde;
import io.newswire.schemas.DedupCandidate;
import io.newswire.schemas.DedupFingerprint;
import io.newswire.schemas.EnrichedArticle;
import io.newswire.schemas.Entity;
import io.newswire.schemas.EntityType;
import io.newswire.schemas.NewswireSerdes;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * What the dedup stage receives: the article and its fingerprint. The fingerprint (match keys, shingles, MinHash,
 * hashes) is computed by the analysis task that made the article, in parallel over the input partitions, instead of
 * by the one dedup task for every article.
 */
final class DedupCandidates {
  /** Immutable once built, so one serves every task; building it draws 256 random coefficients. */
  private static final MinHash MIN_HASH = MinHash.defaults();

  private DedupCandidates() {}

  /** What deduplication compares of an article: its text, and the facts of its title and opening. */
  static Fingerprint fingerprint(EnrichedArticle a) {
    return fingerprint(a, null);
  }

  /** As above, with the match keys its analysis made, or null to make them from the article's text. */
  static Fingerprint fingerprint(EnrichedArticle a, Analysis.MatchKeys keys) {
    Set<String> salient = new HashSet<>();
    // title and opening: the lead, or the first paragraph where a copy carries no separate lead
    int opening = a.getLead() == null && !a.getParagraphs().isEmpty() ? a.getParagraphs().get(0).length() : 0;
    for (Entity e : a.getEntities()) {
      boolean headline = "title".equals(e.getField()) || "lead".equals(e.getField())
          || ("body".equals(e.getField()) && e.getEnd() <= opening);
      if (headline && e.getType() != EntityType.POSITION && e.getType() != EntityType.EVENT) {
        salient.add(e.getType() + ":" + e.getCanonical());
      }
    }
    Set<String> facts = new HashSet<>();
    if (a.getInspection() != null && a.getInspection().getIsInspectionDelegationStory()) {
      if (a.getInspection().getDelegationNumber() != null) {
        facts.add("number:" + a.getInspection().getDelegationNumber());
      }
      if (a.getInspection().getEventDate() != null) {
        facts.add("date:" + a.getInspection().getEventDate());
      }
      a.getInspection().getInspectedOrganizations().forEach(o -> facts.add("inspected:" + o));
    }
    return keys == null ? Fingerprint.of(a.getTitle(), a.getLead(), a.getParagraphs(), MIN_HASH, salient, facts)
        : Fingerprint.ofKeys(keys.title(), keys.lead(), keys.paragraphs(), MIN_HASH, salient, facts);
  }

  /** The candidate carrying the article decoded, as builds before {@link ArticleSplice} wrote it. */
  static DedupCandidate of(EnrichedArticle article) {
    return new DedupCandidate(article, record(fingerprint(article, null)), null);
  }

  /**
   * The candidate the analysis task sends: the article encoded by {@code splice}, fingerprinted from {@code keys}
   * (see {@link Analysis#keys}) when they are given.
   */
  static DedupCandidate of(EnrichedArticle article, Analysis.MatchKeys keys, ArticleSplice splice) {
    return new DedupCandidate(null, record(fingerprint(article, keys)), splice.cut(article));
  }

  private static DedupFingerprint record(Fingerprint f) {
    ByteBuffer signature = ByteBuffer.allocate(f.signature().length * Long.BYTES);
    signature.asLongBuffer().put(f.signature());
    return new DedupFingerprint(f.contentHash(), f.titleHash(), f.leadHash(), f.paragraphHashes(), signature,
        new ArrayList<>(f.salient()), new ArrayList<>(f.facts()));
  }

  static Fingerprint fingerprintOf(DedupCandidate candidate) {
    DedupFingerprint f = candidate.getFingerprint();
    ByteBuffer bytes = f.getSignature().duplicate();
    long[] signature = new long[bytes.remaining() / Long.BYTES];
    bytes.asLongBuffer().get(signature);
    return new Fingerprint(f.getContentHash(), signature, f.getTitleHash(), f.getLeadHash(),
        List.copyOf(f.getParagraphHashes()), Set.copyOf(f.getSalient()), Set.copyOf(f.getFacts()));
  }

  /**
   * The repartition topic's serde. It writes candidates, and reads them, those of earlier builds too (the article
   * decoded, through schema-history); it also reads a bare EnrichedArticle, which a processor from before candidates
   * may have left on the topic at an upgrade, and fingerprints it then.
   */
  static Serde<DedupCandidate> serde() {
    AvroSerde<DedupCandidate> candidates = NewswireSerdes.dedupCandidate();
    AvroSerde<EnrichedArticle> articles = NewswireSerdes.enrichedArticle();
    return Serdes.serdeFrom(candidates, (topic, bytes) -> {
      try {
        return candidates.deserialize(topic, bytes);
      } catch (SerializationException notACandidate) {
        EnrichedArticle article;
        try {
          article = articles.deserialize(topic, bytes);
        } catch (SerializationException notAnArticle) {
          throw notACandidate;
        }
        return article == null ? null : of(article);
      }
    });
  }
}
