package io.newswire.processor;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newswire.analysis.ArticleAnalyzer;
import io.newswire.schemas.AvroSerde;
import io.newswire.schemas.DeadLetter;
import io.newswire.schemas.DedupCandidate;
import io.newswire.schemas.NewswireSerdes;
import io.newswire.topics.Topics;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * {@code news.pages.raw} → {@code news.articles.enriched}. Built by this one static factory so the tests and the
 * application run the very same topology.
 *
 * <pre>
 * news.pages.raw (key: canonical URL, 4 partitions)
 *   └ analyze: decode + normalize + tag + detect + fingerprint — parallel, one task per partition
 *       ├ dead letters → news.dlq
 *       └ repartition to ONE partition (key: canonical URL; value: the article, encoded, with its fingerprint)
 *           └ dedup: NEW / UNCHANGED (dropped) / UPDATED / DUPLICATE, stores dedup-urls, -texts, -stories, -buckets
 *               ├ dead letters → news.dlq
 *               └ news.articles.enriched (key: storyId; the verdict spliced into the article's bytes)
 * </pre>
 */
public final class ProcessorTopology {
  public static final String DEDUP_REPARTITION = "dedup";

  private ProcessorTopology() {}

  public static Topology build(ProcessorSettings settings, ArticleAnalyzer analyzer, MeterRegistry metrics) {
    StreamsBuilder builder = new StreamsBuilder();
    DedupStores.builders().forEach(builder::addStateStore);
    // one dedup task (one partition) at a time: the gauge reads whichever instance of it is open
    AtomicReference<DedupStores> openStores = new AtomicReference<>();
    Gauge.builder("news.dedup.store.entries", openStores, o -> o.get() == null ? 0 : o.get().approximateEntries())
        .description("Approximate entries in the dedup index stores").strongReference(true).register(metrics);
    AvroSerde<DeadLetter> dead = NewswireSerdes.deadLetter();

    KStream<String, Outcome<DedupCandidate>> analyzed = builder
        .stream(Topics.PAGES_RAW, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("pages-raw"))
        .process(() -> new AnalyzeProcessor(analyzer, metrics), Named.as("analyze"));
    KStream<String, DedupCandidate> candidates = routeDeadLetters(analyzed, dead, "analyze")
        .mapValues(Outcome::value, Named.as("analyzed-article"));

    KStream<String, Outcome<byte[]>> deduplicated = candidates
        .repartition(Repartitioned.with(Serdes.String(), DedupCandidates.serde()).withNumberOfPartitions(1)
            .withName(DEDUP_REPARTITION))
        .process(() -> new DedupProcessor(settings, metrics, openStores), Named.as("dedup"), DedupStores.ALL);
    routeDeadLetters(deduplicated, dead, "dedup")
        .mapValues(Outcome::value, Named.as("deduplicated-article"))
        // already an EnrichedArticle's encoding: the dedup task wrote its verdict into the analysis task's bytes
        .to(Topics.ARTICLES_ENRICHED, Produced.with(Serdes.String(), Serdes.ByteArray()).withName("articles-enriched"));
    return builder.build();
  }

  private static <V> KStream<String, Outcome<V>> routeDeadLetters(KStream<String, Outcome<V>> stream,
                                                                  AvroSerde<DeadLetter> dead, String step) {
    var branches = stream.split(Named.as(step + "-"))
        .branch((k, v) -> v.isDead(), Branched.withConsumer(s -> s
            .mapValues(Outcome::deadLetter, Named.as(step + "-dead-letter"))
            .to(Topics.DLQ, Produced.with(Serdes.String(), dead).withName(step + "-dlq")), "dead"))
        .defaultBranch(Branched.as("ok"));
    return branches.get(step + "-ok");
  }
}
