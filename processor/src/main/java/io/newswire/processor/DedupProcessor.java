package io.newswire.processor;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.newswire.analysis.dedup.DedupIndex;
import io.newswire.analysis.dedup.MinHash;
import io.newswire.analysis.dedup.Verdict;
import io.newswire.schemas.Dedup;
import io.newswire.schemas.DedupCandidate;
import io.newswire.schemas.DedupVerdict;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Stage two, on one partition so that every copy of a story meets the same index: the dedup verdict, the
 * story id, and the record keyed by story id, its value the article's encoding with the two spliced in
 * ({@link ArticleSplice}). UNCHANGED records are counted and dropped. State lives in
 * persistent stores with changelogs ({@link DedupStores}); entries older than the retention are purged on a
 * wall-clock schedule.
 */
final class DedupProcessor implements Processor<String, DedupCandidate, String, Outcome<byte[]>> {
  private final ProcessorSettings settings;
  private final MeterRegistry metrics;
  private final MinHash minHash = MinHash.defaults();
  private final DistributionSummary similarity;
  private ProcessorContext<String, Outcome<byte[]>> context;
  private final AtomicReference<DedupStores> openStores;
  private DedupStores stores;
  private DedupIndex index;
  /** Whether the memberships of an earlier build have been moved into the bands' buckets (on the first record). */
  private boolean migrated;

  /** @param openStores where the stores of the running task are published for the operator's gauge */
  DedupProcessor(ProcessorSettings settings, MeterRegistry metrics, AtomicReference<DedupStores> openStores) {
    this.settings = settings;
    this.metrics = metrics;
    this.openStores = openStores;
    this.similarity = DistributionSummary.builder("news.dedup.similarity")
        .description("Estimated similarity of duplicates to the story they duplicate")
        .serviceLevelObjectives(0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0).register(metrics);
  }

  @Override
  public void init(ProcessorContext<String, Outcome<byte[]>> context) {
    this.context = context;
    this.stores = new DedupStores(context);
    this.index = new DedupIndex(stores, minHash, settings.duplicateThreshold(), settings.retention());
    openStores.set(stores);
    context.schedule(settings.purgeInterval(), PunctuationType.WALL_CLOCK_TIME, this::purge);
  }

  @Override
  public void process(Record<String, DedupCandidate> record) {
    DedupCandidate candidate = record.value();
    Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
    try {
      // read first: a candidate without its article is refused before the index remembers anything of it
      String provisionalStoryId = ArticleSplice.provisionalStoryId(candidate);
      if (!migrated) {
        metrics.counter("news.dedup.memberships.migrated").increment(stores.migrateMemberships());
        migrated = true;
      }
      Verdict verdict = index.decide(record.key(), DedupCandidates.fingerprintOf(candidate), now,
          url -> provisionalStoryId);
      metrics.counter("news.dedup.verdicts", "verdict", verdict.kind().name()).increment();
      if (verdict.kind() == Verdict.Kind.UNCHANGED) {
        return;
      }
      if (verdict.similarity() != null) {
        similarity.record(verdict.similarity());
      }
      Dedup dedup = Dedup.newBuilder().setVerdict(DedupVerdict.valueOf(verdict.kind().name()))
          .setVersion(verdict.version()).setDuplicateOf(verdict.duplicateOf()).setSimilarity(verdict.similarity())
          .setChanges(verdict.changes()).build();
      byte[] enriched = ArticleSplice.withVerdict(candidate, verdict.storyId(), dedup);
      context.forward(record.withKey(verdict.storyId()).withValue(Outcome.of(enriched)));
    } catch (RuntimeException e) {
      metrics.counter("news.dead.letters", "stage", "processor.dedup", "reason", "dedup-failed").increment();
      context.forward(record.withValue(Outcome.dead(DeadLetters.of("processor.dedup", "dedup-failed", e, record.key(),
          null, context.recordMetadata().orElse(null), now))));
    }
  }

  @Override
  public void close() {
    openStores.compareAndSet(stores, null);
  }

  private void purge(long nowMs) {
    metrics.counter("news.dedup.purged").increment(stores.purgeSeenBefore(nowMs - settings.retention().toMillis()));
  }
}
