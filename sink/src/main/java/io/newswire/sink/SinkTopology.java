package io.newswire.sink;

import io.micrometer.core.instrument.MeterRegistry;
import io.newswire.json.JsonSerde;
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
    JsonSerde<StoryDocument> storySerde = JsonSerde.of(StoryDocument.class);
    JsonSerde<DelegationTimeline> timelineSerde = JsonSerde.of(DelegationTimeline.class);
    // the stores keep the same bytes as the topics: JSON documents, so a store written as JSON strings reads back
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoryProcessor.STORE),
        Serdes.String(), storySerde));
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DelegationProcessor.STORE),
        Serdes.String(), timelineSerde));
    AvroSerde<EnrichedArticle> enriched = NewswireSerdes.enrichedArticle();
    AvroSerde<InspectionAlert> alerts = NewswireSerdes.inspectionAlert();

    KStream<String, EnrichedArticle> articles = builder.stream(Topics.ARTICLES_ENRICHED,
        Consumed.with(Serdes.String(), enriched).withName("articles-enriched"));

    articles.process(() -> new StoryProcessor(metrics), Named.as("stories"), StoryProcessor.STORE)
        .to(Topics.STORIES, Produced.with(Serdes.String(), storySerde).withName("newsroom-stories"));

    // the delegation step has two outputs of two types; its sinks are added below as its named children
    articles
        .filter((k, a) -> a != null && a.getInspection() != null && a.getInspection().getIsInspectionDelegationStory()
            && isFirstOrUpdate(a), Named.as("inspection-stories"))
        .selectKey((k, a) -> DelegationProcessor.delegationKey(a), Named.as("by-delegation"))
        .repartition(Repartitioned.with(Serdes.String(), enriched).withName("delegation"))
        .process(() -> new DelegationProcessor(settings, metrics), Named.as(DELEGATIONS), DelegationProcessor.STORE);

    JsonSerde<MentionKey> mentionKeys = JsonSerde.of(MentionKey.class);
    articles
        .filter((k, a) -> a != null && isFirstOrUpdate(a), Named.as("countable"))
        .flatMap((k, a) -> mentions(a), Named.as("mentions"))
        .groupByKey(Grouped.with("mentions", mentionKeys, Serdes.String()))
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
        }, Named.as("mention-stories"), Materialized.<MentionKey, List<String>>as(Stores.inMemoryWindowStore(
                "mention-stories", settings.trendingWindow(), settings.trendingWindow(), false))
            .withKeySerde(mentionKeys).withValueSerde(storyIds()))
        .toStream(Named.as("mention-count-updates"))
        .map((window, stories) -> KeyValue.pair(window.key().type() + "@" + Instant.ofEpochMilli(window.window().start()),
            new WindowCount(window.key(), window.window().start(), window.window().end(), stories.size())),
            Named.as("by-type-window"))
        .groupByKey(Grouped.with("trending", Serdes.String(), JsonSerde.of(WindowCount.class)))
        .aggregate(() -> null, (key, count, top) -> TrendingTop.update(top, count, settings.trendingTop()),
            Named.as("top-n"), Materialized.<String, TrendingTop, KeyValueStore<Bytes, byte[]>>as("trending-top")
                .withKeySerde(Serdes.String()).withValueSerde(JsonSerde.of(TrendingTop.class)))
        .toStream(Named.as("trending-updates"))
        .to(Topics.TRENDING, Produced.with(Serdes.String(), JsonSerde.of(TrendingTop.class)).withName("entities-trending"));

    Topology topology = builder.build();
    topology.addSink(DelegationProcessor.TIMELINES, Topics.DELEGATIONS, Serdes.String().serializer(),
        timelineSerde.serializer(), DELEGATIONS);
    topology.addSink(DelegationProcessor.ALERTS, Topics.INSPECTION_ALERTS, Serdes.String().serializer(),
        alerts.serializer(), DELEGATIONS);
    return topology;
  }

  /** The name of the delegation step's node, the parent of its two sinks. */
  private static final String DELEGATIONS = "delegations";

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static org.apache.kafka.common.serialization.Serde<List<String>> storyIds() {
    return (org.apache.kafka.common.serialization.Serde) Serdes.ListSerde(ArrayList.class, Serdes.String());
  }

  /** NEW and UPDATED carry a story's own text; a DUPLICATE is a copy and must not count twice or alert. */
  static boolean isFirstOrUpdate(EnrichedArticle a) {
    String v = a.getDedup().getVerdict().name();
    return v.equals("NEW") || v.equals("UPDATED");
  }

  private static List<KeyValue<MentionKey, String>> mentions(EnrichedArticle a) {
    Set<MentionKey> distinct = new LinkedHashSet<>();
    for (Entity e : a.getEntities()) {
      if (e.getType() != EntityType.POSITION) {
        distinct.add(new MentionKey(e.getType().name(), e.getCanonical()));
      }
    }
    List<KeyValue<MentionKey, String>> out = new ArrayList<>();
    distinct.forEach(key -> out.add(KeyValue.pair(key, a.getStoryId())));
    return out;
  }
}
