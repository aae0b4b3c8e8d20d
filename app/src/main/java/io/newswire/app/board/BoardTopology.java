package io.newswire.app.board;

import io.newswire.schemas.InspectionAlert;
import io.newswire.schemas.NewswireSerdes;
import io.newswire.topics.Topics;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * What the board reads, as Kafka Streams global tables (the interactive-queries pattern of Confluent's examples):
 * every board instance holds the whole of each downstream topic, rebuilt from the topic on a fresh start, so any
 * number of instances can serve the same answers. Stories, delegations and trending lists are the sink's JSON
 * documents; alerts are {@link InspectionAlert}s, the latest per story.
 */
public final class BoardTopology {
  public static final String STORIES = "board-stories";
  public static final String ALERTS = "board-alerts";
  public static final String DELEGATIONS = "board-delegations";
  public static final String TRENDING = "board-trending";

  private BoardTopology() {}

  public static Topology build() {
    StreamsBuilder builder = new StreamsBuilder();
    table(builder, Topics.STORIES, STORIES, Serdes.String());
    table(builder, Topics.INSPECTION_ALERTS, ALERTS, NewswireSerdes.inspectionAlert());
    table(builder, Topics.DELEGATIONS, DELEGATIONS, Serdes.String());
    table(builder, Topics.TRENDING, TRENDING, Serdes.String());
    return builder.build();
  }

  private static <V> void table(StreamsBuilder builder, String topic, String store, Serde<V> values) {
    builder.globalTable(topic, Consumed.with(Serdes.String(), values),
        Materialized.<String, V, KeyValueStore<Bytes, byte[]>>as(store).withKeySerde(Serdes.String())
            .withValueSerde(values));
  }
}
