package io.newswire.sink;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.json.RecordJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The top-N document of one entity type in one window, kept as JSON between updates. */
final class Trending {
  private Trending() {}

  /** Adds or replaces {@code canonical}'s count in the top list and trims it to {@code top}. */
  static String update(String json, String type, Instant windowStart, Instant windowEnd, String canonical, long count,
                       int top) {
    try {
      ObjectNode doc = json == null ? StoryJson.JSON.createObjectNode() : (ObjectNode) StoryJson.JSON.readTree(json);
      doc.put("type", type);
      doc.put("windowStart", RecordJson.formatInstant(windowStart));
      doc.put("windowEnd", RecordJson.formatInstant(windowEnd));
      List<ObjectNode> entries = new ArrayList<>();
      if (doc.has("top")) {
        doc.get("top").forEach(n -> {
          if (!n.get("canonical").asText().equals(canonical)) {
            entries.add((ObjectNode) n);
          }
        });
      }
      ObjectNode mine = StoryJson.JSON.createObjectNode().put("canonical", canonical).put("mentions", count);
      entries.add(mine);
      entries.sort((a, b) -> Long.compare(b.get("mentions").asLong(), a.get("mentions").asLong()));
      ArrayNode list = doc.putArray("top");
      entries.stream().limit(top).forEach(list::add);
      return StoryJson.JSON.writeValueAsString(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
