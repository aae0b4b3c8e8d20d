package io.newswire.processor;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newswire.analysis.Analysis;
import io.newswire.analysis.ArticleAnalyzer;
import io.newswire.schemas.AvroSerde;
import io.newswire.schemas.Dedup;
import io.newswire.schemas.DedupCandidate;
import io.newswire.schemas.DedupVerdict;
import io.newswire.schemas.EnrichedArticle;
import io.newswire.schemas.Entity;
import io.newswire.schemas.EntityType;
import io.newswire.schemas.NewswireSerdes;
import io.newswire.schemas.RawArticle;
import io.newswire.topics.Topics;
import java.time.Instant;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Stage one, parallel over the input partitions: decode the RawArticle, check that it is an article (a title and a
 * body once normalized) and run the text analysis. A record that does not decode, is not an article, or that the
 * analyser chokes on, becomes a dead letter with its topic, partition and offset.
 */
final class AnalyzeProcessor implements Processor<String, byte[], String, Outcome<DedupCandidate>> {
  private final ArticleAnalyzer analyzer;
  private final MeterRegistry metrics;
  private final AvroSerde<RawArticle> serde = NewswireSerdes.rawArticle();
  private final ArticleSplice splice = new ArticleSplice();
  private ProcessorContext<String, Outcome<DedupCandidate>> context;
  /** One counter per entity type, looked up once: a registry look-up per entity cost more than the count. */
  private final java.util.Map<EntityType, Counter> entities = new java.util.EnumMap<>(EntityType.class);

  AnalyzeProcessor(ArticleAnalyzer analyzer, MeterRegistry metrics) {
    this.analyzer = analyzer;
    this.metrics = metrics;
    for (EntityType type : EntityType.values()) {
      entities.put(type, metrics.counter("news.entities", "type", type.name()));
    }
  }

  @Override
  public void init(ProcessorContext<String, Outcome<DedupCandidate>> context) {
    this.context = context;
  }

  @Override
  public void process(Record<String, byte[]> record) {
    Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
    if (record.value() == null) {
      return; // a tombstone on the raw topic carries nothing to enrich
    }
    RawArticle raw;
    try {
      raw = serde.deserialize(Topics.PAGES_RAW, record.value());
    } catch (SerializationException e) {
      forwardDead(record, "processor.deserialize", "corrupt-record", e, now);
      return;
    }
    String invalid = Enrichment.whyNotAnArticle(raw);
    if (invalid != null) {
      // never into the dedup index: every later empty page would become its "duplicate"
      forwardDead(record, "processor.validate", invalid, new IllegalArgumentException(invalid + ": "
          + raw.getCanonicalUrl()), now);
      return;
    }
    try {
      Analysis analysis = analyzer.analyze(Enrichment.inputOf(raw));
      EnrichedArticle enriched = Enrichment.enrich(analysis, raw, Enrichment.storyIdFor(raw.getCanonicalUrl()),
          Dedup.newBuilder().setVerdict(DedupVerdict.NEW).build(), now);
      count(enriched);
      // here, in parallel over the input partitions, rather than in the one dedup task, from the analysis's keys
      DedupCandidate candidate = DedupCandidates.of(enriched, analysis.keys(), splice);
      context.forward(record.withKey(raw.getCanonicalUrl()).withValue(Outcome.of(candidate)));
    } catch (RuntimeException e) {
      forwardDead(record, "processor.analyze", "analysis-failed", e, now);
    }
  }

  private void count(EnrichedArticle article) {
    if (article.getAnalysisTruncatedAt() != null) {
      metrics.counter("news.analysis.truncated").increment();
    }
    for (Entity e : article.getEntities()) {
      entities.get(e.getType()).increment();
    }
    if (article.getInspection() != null && article.getInspection().getIsInspectionDelegationStory()) {
      metrics.counter("news.inspection.stories", "level", String.valueOf(article.getInspection().getLevel())).increment();
    }
  }

  private void forwardDead(Record<String, byte[]> record, String stage, String reason, Exception e, Instant now) {
    metrics.counter("news.dead.letters", "stage", stage, "reason", reason).increment();
    context.forward(record.withValue(Outcome.dead(DeadLetters.of(stage, reason, e, record.key(), record.value(),
        context.recordMetadata().orElse(null), now))));
  }
}
