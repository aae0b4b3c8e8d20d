package io.newswire.app.board;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A story as an IPTC ninjs 3.1 news item ({@code ?format=ninjs}). ninjs forbids properties of its own invention, so
 * the inspection facts travel in its own vocabulary, marked by a {@code rel} of ours: the level, stage and number as
 * {@code subjects} ({@code rel} {@code newswire:inspection-level}, {@code -stage}, {@code -number}, the value in
 * {@code literal}), the issuing and inspected organs as {@code organisations} ({@code newswire:inspection-issuer},
 * {@code newswire:inspected}), the head as a person ({@code newswire:inspection-head}).
 */
final class Ninjs {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> SOURCES = Map.of("baotintuc", "Báo Tin tức (TTXVN)",
      "vietnamplus", "VietnamPlus (TTXVN)", "nhandan", "Báo Nhân Dân", "dangcongsan", "Báo điện tử Đảng Cộng sản Việt Nam",
      "daibieunhandan", "Báo Đại biểu Nhân dân", "baochinhphu", "Báo Điện tử Chính phủ");

  private Ninjs() {}

  static ObjectNode of(JsonNode story) {
    ObjectNode item = JSON.createObjectNode();
    item.put("uri", "urn:newswire:story:" + story.path("storyId").asText());
    item.put("type", "text");
    if (story.has("version")) {
      item.put("version", story.path("version").asText());
    }
    String published = text(story, "publishedAt");
    String updated = text(story, "updatedAt");
    if (published != null) {
      item.put("firstCreated", published);
    }
    if (updated != null || published != null) {
      item.put("versionCreated", updated != null ? updated : published);
    }
    item.put("language", "vi");
    item.putArray("headlines").addObject().put("role", "main").put("value", story.path("title").asText());
    if (text(story, "lead") != null) {
      item.putArray("descriptions").addObject().put("role", "summary").put("contentType", "text/plain")
          .put("value", story.path("lead").asText());
    }
    if (story.path("paragraphs").isArray() && !story.path("paragraphs").isEmpty()) {
      ArrayNode bodies = item.putArray("bodies");
      List<String> paragraphs = new ArrayList<>();
      story.path("paragraphs").forEach(p -> paragraphs.add(p.asText()));
      bodies.addObject().put("role", "main").put("contentType", "text/plain").put("value", String.join("\n\n", paragraphs));
      StringBuilder html = new StringBuilder();
      paragraphs.forEach(p -> html.append("<p>").append(escape(p)).append("</p>"));
      bodies.addObject().put("role", "main").put("contentType", "text/html").put("value", html.toString());
    }
    String located = located(story);
    if (located != null) {
      item.put("located", located);
    }
    if (text(story, "author") != null) {
      item.put("by", story.path("author").asText());
    }
    ArrayNode pictures = JSON.createArrayNode();
    int number = 0;
    for (JsonNode image : story.path("images")) {
      ObjectNode picture = pictures.addObject();
      picture.put("name", "image-" + ++number).put("uri", image.path("url").asText()).put("type", "picture");
      if (text(image, "caption") != null) {
        picture.putArray("descriptions").addObject().put("role", "caption").put("contentType", "text/plain")
            .put("value", image.path("caption").asText());
      }
      if (text(image, "credit") != null) {
        picture.put("by", image.path("credit").asText());
      }
      picture.putArray("renditions").addObject().put("name", "original").put("href", image.path("url").asText());
    }
    putIfAny(item, "associations", pictures);
    String source = text(story, "source");
    if (source != null) {
      item.put("copyrightHolder", SOURCES.getOrDefault(source, source));
    }
    ArrayNode people = JSON.createArrayNode();
    ArrayNode organisations = JSON.createArrayNode();
    ArrayNode places = JSON.createArrayNode();
    ArrayNode subjects = JSON.createArrayNode();
    JsonNode entities = story.path("entities");
    entities.path("PERSON").forEach(n -> people.addObject().put("name", n.asText()));
    entities.path("ORGANIZATION").forEach(n -> organisations.addObject().put("name", n.asText()));
    entities.path("LOCATION").forEach(n -> places.addObject().put("name", n.asText()));
    JsonNode inspection = story.path("inspection");
    if (inspection.isObject()) {
      fact(subjects, "newswire:inspection-level", inspection.path("level"));
      fact(subjects, "newswire:inspection-stage", inspection.path("stage"));
      fact(subjects, "newswire:inspection-number", inspection.path("delegationNumber"));
      inspection.path("issuers").forEach(n ->
          organisations.addObject().put("name", n.asText()).put("rel", "newswire:inspection-issuer"));
      inspection.path("inspectedOrganizations").forEach(n ->
          organisations.addObject().put("name", n.asText()).put("rel", "newswire:inspected"));
      if (inspection.hasNonNull("head")) {
        people.addObject().put("name", inspection.path("head").asText()).put("rel", "newswire:inspection-head");
      }
    }
    putIfAny(item, "people", people);
    putIfAny(item, "organisations", organisations);
    putIfAny(item, "places", places);
    putIfAny(item, "subjects", subjects);
    ArrayNode altIds = JSON.createArrayNode();
    if (text(story, "url") != null) {
      altIds.addObject().put("role", "canonical").put("value", story.path("url").asText());
    }
    story.path("alsoPublishedAt").forEach(c -> altIds.addObject().put("role", "copy").put("value", c.path("url").asText()));
    putIfAny(item, "altIds", altIds);
    return item;
  }

  /**
   * Where the story happened: the place of the inspection's working session when there is one, else the first place
   * the sapo names ("Chiều 11/10, tại Hà Nội, …"), as its canonical name.
   */
  private static String located(JsonNode story) {
    String place = text(story.path("inspection"), "location");
    if (place != null) {
      return place;
    }
    for (JsonNode mark : story.path("marks")) {
      if (mark.path("field").asText().equals("lead") && mark.path("type").asText().equals("LOCATION")) {
        return mark.path("canonical").asText();
      }
    }
    return null;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static void fact(ArrayNode subjects, String rel, JsonNode value) {
    if (value != null && !value.isMissingNode() && !value.isNull() && !value.asText().isBlank()) {
      subjects.addObject().put("rel", rel).put("literal", value.asText());
    }
  }

  private static void putIfAny(ObjectNode item, String name, ArrayNode values) {
    if (!values.isEmpty()) {
      item.set(name, values);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
  }
}
