package io.newswire.app.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.json.RecordJson;
import io.newswire.schemas.AvroSerde;
import io.newswire.schemas.DeadLetter;
import io.newswire.schemas.EnrichedArticle;
import io.newswire.schemas.InspectionAlert;
import io.newswire.schemas.NewswireSerdes;
import io.newswire.schemas.RawArticle;
import io.newswire.topics.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * How each newswire topic's values read as JSON: the Avro topics through their JSON views (bulky fields left out: a
 * raw page's gzipped HTML, a dead letter's payload), the JSON topics as they are. One place for exports and
 * {@code newswire tail}.
 */
public final class TopicViews {
  // one serde per record type, made once: making one parses the type's earlier schemas, which cost more than the
  // record it would read (Avro's message decoders are thread-safe)
  private static final AvroSerde<RawArticle> RAW = NewswireSerdes.rawArticle();
  private static final AvroSerde<EnrichedArticle> ENRICHED = NewswireSerdes.enrichedArticle();
  private static final AvroSerde<InspectionAlert> ALERTS = NewswireSerdes.inspectionAlert();
  private static final AvroSerde<DeadLetter> DEAD_LETTERS = NewswireSerdes.deadLetter();

  private TopicViews() {}

  /** The JSON of one value of {@code topic}; a value no view reads comes back as {@code {"text": …}}. */
  public static JsonNode view(String topic, byte[] value) {
    if (value == null) {
      return RecordJson.MAPPER.nullNode();
    }
    return switch (topic) {
      case Topics.PAGES_RAW -> RecordJson.toJson(RAW.deserialize(topic, value),
          Set.of("rawHtmlGzip"));
      case Topics.ARTICLES_ENRICHED -> RecordJson.toJson(ENRICHED.deserialize(topic, value));
      case Topics.INSPECTION_ALERTS -> RecordJson.toJson(ALERTS.deserialize(topic, value));
      case Topics.DLQ -> RecordJson.toJson(DEAD_LETTERS.deserialize(topic, value), Set.of("payload", "key"));
      default -> json(value);
    };
  }

  private static JsonNode json(byte[] value) {
    try {
      return RecordJson.MAPPER.readTree(value);
    } catch (IOException notJson) {
      ObjectNode text = RecordJson.MAPPER.createObjectNode();
      text.put("text", new String(value, StandardCharsets.UTF_8));
      return text;
    }
  }

  /** One short line for a person watching the topic: what the record is about, not all of it. */
  public static String brief(String topic, String key, JsonNode v) {
    return switch (topic) {
      case Topics.PAGES_RAW -> join(v, "source", "publishedAt", "title");
      case Topics.ARTICLES_ENRICHED -> join(v, "source", "publishedAt") + " " + v.path("dedup").path("verdict").asText()
          + " v" + v.path("dedup").path("version").asText() + " " + v.path("title").asText();
      case Topics.STORIES -> key + " " + join(v, "verdict", "source", "title")
          + (v.path("alsoPublishedAt").isEmpty() ? "" : " (+" + v.path("alsoPublishedAt").size() + " copies)");
      case Topics.INSPECTION_ALERTS -> join(v, "severity") + " " + join(v.path("inspection"), "level", "stage")
          + " số " + v.path("inspection").path("delegationNumber").asText("?") + " " + v.path("headline").asText();
      case Topics.DELEGATIONS -> key + " " + join(v, "latestStage") + " " + v.path("events").size() + " event(s)";
      case Topics.DLQ -> join(v, "stage", "reason", "errorMessage");
      case Topics.TRENDING -> key + " " + top(v.path("top"));
      default -> key + " " + v;
    };
  }

  private static String join(JsonNode v, String... fields) {
    StringBuilder out = new StringBuilder();
    for (String f : fields) {
      JsonNode x = v.path(f);
      if (!x.isMissingNode() && !x.isNull()) {
        out.append(out.length() > 0 ? " " : "").append(x.asText());
      }
    }
    return out.toString();
  }

  private static String top(JsonNode list) {
    StringBuilder out = new StringBuilder();
    for (JsonNode e : list) {
      out.append(out.length() > 0 ? ", " : "").append(e.path("canonical").asText()).append(" (")
          .append(e.path("mentions").asText()).append(')');
    }
    return out.toString();
  }
}
