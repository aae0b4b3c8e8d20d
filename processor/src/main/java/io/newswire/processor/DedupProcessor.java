package io.newswire.processor;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.newswire.analysis.dedup.DedupIndex;
import io.newswire.analysis.dedup.DedupStore;
import io.newswire.analysis.dedup.Fingerprint;
import io.newswire.analysis.dedup.MinHash;
import io.newswire.analysis.dedup.Verdict;
import io.newswire.schemas.Dedup;
import io.newswire.schemas.DedupVerdict;
import io.newswire.schemas.EnrichedArticle;
import io.newswire.schemas.Entity;
import io.newswire.schemas.EntityType;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Stage two, on one partition so that every copy of a story meets the same index: the dedup verdict, the
 * story id, and the record keyed by story id. UNCHANGED records are counted and dropped. State lives in a
 * persistent store with a changelog; entries older than the retention are purged hourly.
 */
final class DedupProcessor implements Processor<String, EnrichedArticle, String, Outcome> {
  static final String STORE = "dedup-index";

  private final ProcessorSettings settings;
  private final MeterRegistry metrics;
  private final MinHash minHash = MinHash.defaults();
  private final DistributionSummary similarity;
  private ProcessorContext<String, Outcome> context;
  private KeyValueStore<String, byte[]> store;
  private DedupIndex index;

  DedupProcessor(ProcessorSettings settings, MeterRegistry metrics) {
    this.settings = settings;
    this.metrics = metrics;
    this.similarity = DistributionSummary.builder("news.dedup.similarity")
        .description("Estimated similarity of duplicates to the story they duplicate")
        .serviceLevelObjectives(0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0).register(metrics);
  }

  @Override
  public void init(ProcessorContext<String, Outcome> context) {
    this.context = context;
    this.store = context.getStateStore(STORE);
    DedupStore adapter = new DedupStore() {
      @Override
      public byte[] get(String key) {
        return store.get(key);
      }

      @Override
      public void put(String key, byte[] value) {
        store.put(key, value);
      }

      @Override
      public void delete(String key) {
        store.delete(key);
      }
    };
    this.index = new DedupIndex(adapter, minHash, settings.duplicateThreshold(), settings.retention());
    io.micrometer.core.instrument.Gauge.builder("news.dedup.store.entries", store, KeyValueStore::approximateNumEntries)
        .description("Approximate entries in the dedup index store").register(metrics);
    context.schedule(Duration.ofHours(1), PunctuationType.WALL_CLOCK_TIME, this::purge);
  }

  @Override
  public void process(Record<String, EnrichedArticle> record) {
    EnrichedArticle article = record.value();
    Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
    try {
      Verdict verdict = index.decide(record.key(), fingerprint(article), now,
          url -> Enrichment.storyIdFor(article.getCanonicalUrl()));
      metrics.counter("news.dedup.verdicts", "verdict", verdict.kind()).increment();
      if (verdict.kind().equals("UNCHANGED")) {
        return;
      }
      if (verdict.similarity() != null) {
        similarity.record(verdict.similarity());
      }
      article.setStoryId(verdict.storyId());
      article.setDedup(Dedup.newBuilder().setVerdict(DedupVerdict.valueOf(verdict.kind())).setVersion(verdict.version())
          .setDuplicateOf(verdict.duplicateOf()).setSimilarity(verdict.similarity()).setChanges(verdict.changes()).build());
      context.forward(record.withKey(verdict.storyId()).withValue(Outcome.of(article)));
    } catch (RuntimeException e) {
      metrics.counter("news.dead.letters", "stage", "processor.dedup", "reason", "dedup-failed").increment();
      context.forward(record.withValue(Outcome.dead(DeadLetters.of("processor.dedup", "dedup-failed", e, record.key(),
          null, context.recordMetadata().orElse(null), now))));
    }
  }

  static Fingerprint fingerprint(EnrichedArticle a) {
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
    return Fingerprint.of(a.getTitle(), a.getLead(), a.getParagraphs(), MinHash.defaults(), salient, facts);
  }

  private void purge(long nowMs) {
    long cutoff = nowMs - settings.retention().toMillis();
    int purged = 0;
    try (KeyValueIterator<String, byte[]> all = store.all()) {
      while (all.hasNext()) {
        var entry = all.next();
        if (!entry.key.startsWith("band:") && !entry.key.startsWith("sig:") && atOf(entry.value) < cutoff) {
          if (entry.key.startsWith("story:")) {
            store.delete("sig:" + entry.key.substring("story:".length()));
          }
          store.delete(entry.key);
          purged++;
        }
      }
    }
    metrics.counter("news.dedup.purged").increment(purged);
  }

  private static long atOf(byte[] json) {
    String s = new String(json, java.nio.charset.StandardCharsets.UTF_8);
    int i = s.indexOf("\"at\":");
    if (i < 0) {
      return Long.MAX_VALUE;
    }
    int j = i + 5;
    int k = j;
    while (k < s.length() && Character.isDigit(s.charAt(k))) {
      k++;
    }
    return k > j ? Long.parseLong(s.substring(j, k)) : Long.MAX_VALUE;
  }
}
