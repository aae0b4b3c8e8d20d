package io.newswire.sink;

import io.micrometer.core.instrument.MeterRegistry;
import io.newswire.schemas.AvroSerde;
import io.newswire.schemas.EnrichedArticle;
import io.newswire.schemas.Entity;
import io.newswire.schemas.EntityType;
import io.newswire.schemas.InspectionAlert;
import io.newswire.schemas.NewswireSerdes;
import io.newswire.topics.Topics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * {@code news.articles.enriched} → the newsroom topics. One static factory, shared by tests and the application.
 *
 * <pre>
 * news.articles.enriched (key: storyId)
 *   ├ stories: fold each version and copy into the story document          → newsroom.stories (compacted, JSON)
 *   ├ inspection stories (NEW, UPDATED) re-keyed by issuer+number+year
 *   │   └ delegations: timeline; one alert per story new to the delegation → newsroom.delegations (compacted, JSON)
 *   │                                                                       → alerts.inspection-delegations (Avro)
 *   └ entity mentions (NEW, UPDATED) in hopping windows, distinct stories,
 *     top N per type                                                       → newsroom.entities.trending (JSON)
 * </pre>
 */
public final class SinkTopology {
  private SinkTopology() {}

  public static Topology build(SinkSettings settings, MeterRegistry metrics) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoryProcessor.STORE),
        Serdes.String(), Serdes.String()));
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DelegationProcessor.STORE),
        Serdes.String(), Serdes.String()));
    AvroSerde<EnrichedArticle> enriched = NewswireSerdes.enrichedArticle();
    AvroSerde<InspectionAlert> alerts = NewswireSerdes.inspectionAlert();

    KStream<String, EnrichedArticle> articles = builder.stream(Topics.ARTICLES_ENRICHED,
        Consumed.with(Serdes.String(), enriched).withName("articles-enriched"));

    articles.process(() -> new StoryProcessor(metrics), Named.as("stories"), StoryProcessor.STORE)
        .to(Topics.STORIES, Produced.with(Serdes.String(), Serdes.String()).withName("newsroom-stories"));

    articles
        .filter((k, a) -> a != null && a.getInspection() != null && a.getInspection().getIsInspectionDelegationStory()
            && isFirstOrUpdate(a), Named.as("inspection-stories"))
        .selectKey((k, a) -> DelegationProcessor.delegationKey(a), Named.as("by-delegation"))
        .repartition(Repartitioned.with(Serdes.String(), enriched).withName("delegation"))
        .process(() -> new DelegationProcessor(settings, metrics), Named.as("delegations"), DelegationProcessor.STORE)
        .split(Named.as("delegation-"))
        .branch((k, out) -> out.topic().equals(Topics.DELEGATIONS), Branched.withConsumer(s -> s
            .map((k, out) -> KeyValue.pair(out.key(), (String) out.value()), Named.as("timeline"))
            .to(Topics.DELEGATIONS, Produced.with(Serdes.String(), Serdes.String()).withName("newsroom-delegations"))))
        .defaultBranch(Branched.withConsumer(s -> s
            .map((k, out) -> KeyValue.pair(out.key(), (InspectionAlert) out.value()), Named.as("alert"))
            .to(Topics.INSPECTION_ALERTS, Produced.with(Serdes.String(), alerts).withName("inspection-alerts"))));

    articles
        .filter((k, a) -> a != null && isFirstOrUpdate(a), Named.as("countable"))
        .flatMap((k, a) -> mentions(a), Named.as("mentions"))
        .groupByKey(Grouped.with("mentions", Serdes.String(), Serdes.String()))
        .windowedBy(TimeWindows.ofSizeWithNoGrace(settings.trendingWindow()).advanceBy(settings.trendingAdvance()))
        // the distinct stories that mention the entity in the window: a story's later versions count once (a new
        // store name: the old "mention-counts" changelog held counts, not stories, and is not restored into this one).
        // In memory: it holds one window's mentions, restored from its changelog in a moment, and Kafka 4.4's
        // persistent window store has no checkpoint for a partition that never saw a record, so under exactly-once
        // every restart would wipe it as corrupted.
        .aggregate(ArrayList<String>::new, (entity, storyId, stories) -> {
          if (!stories.contains(storyId)) {
            stories.add(storyId);
          }
          return stories;
        }, Named.as("mention-stories"), Materialized.<String, List<String>>as(Stores.inMemoryWindowStore("mention-stories",
                settings.trendingWindow(), settings.trendingWindow(), false))
            .withKeySerde(Serdes.String()).withValueSerde(storyIds()))
        .toStream(Named.as("mention-count-updates"))
        .mapValues(List::size, Named.as("distinct-stories"))
        .map((window, count) -> {
          String type = window.key().substring(0, window.key().indexOf('|'));
          String key = type + "@" + Instant.ofEpochMilli(window.window().start());
          return KeyValue.pair(key, window.key() + "|" + window.window().start() + "|" + window.window().end() + "|" + count);
        }, Named.as("by-type-window"))
        .groupByKey(Grouped.with("trending", Serdes.String(), Serdes.String()))
        .aggregate(() -> null, (key, update, doc) -> {
          String[] parts = update.split("\\|", -1);
          return Trending.update(doc, parts[0], Instant.ofEpochMilli(Long.parseLong(parts[2])),
              Instant.ofEpochMilli(Long.parseLong(parts[3])), parts[1], Long.parseLong(parts[4]), settings.trendingTop());
        }, Named.as("top-n"), Materialized.<String, String, KeyValueStore<Bytes, byte[]>>as("trending-top")
            .withKeySerde(Serdes.String()).withValueSerde(Serdes.String()))
        .toStream(Named.as("trending-updates"))
        .to(Topics.TRENDING, Produced.with(Serdes.String(), Serdes.String()).withName("entities-trending"));
    return builder.build();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static org.apache.kafka.common.serialization.Serde<List<String>> storyIds() {
    return (org.apache.kafka.common.serialization.Serde) Serdes.ListSerde(ArrayList.class, Serdes.String());
  }

  /** NEW and UPDATED carry a story's own text; a DUPLICATE is a copy and must not count twice or alert. */
  static boolean isFirstOrUpdate(EnrichedArticle a) {
    String v = a.getDedup().getVerdict().name();
    return v.equals("NEW") || v.equals("UPDATED");
  }

  private static List<KeyValue<String, String>> mentions(EnrichedArticle a) {
    Set<String> distinct = new LinkedHashSet<>();
    for (Entity e : a.getEntities()) {
      if (e.getType() != EntityType.POSITION) {
        distinct.add(e.getType() + "|" + e.getCanonical());
      }
    }
    List<KeyValue<String, String>> out = new ArrayList<>();
    distinct.forEach(key -> out.add(KeyValue.pair(key, a.getStoryId())));
    return out;
  }
}
