package io.newswire.sink;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.json.RecordJson;
import io.newswire.schemas.EnrichedArticle;
import io.newswire.schemas.Entity;
import io.newswire.schemas.EntityType;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The dashboard view of a story on {@code newsroom.stories}: the latest version, its distinct entities, the
 * inspection facts and where else it was published. Documented by {@code schemas/src/main/json/story.schema.json}.
 */
final class StoryJson {
  static final ObjectMapper JSON = RecordJson.MAPPER;

  private StoryJson() {}

  /** Folds one enriched record into the story's document ({@code null} for a first sighting). */
  static ObjectNode fold(ObjectNode story, EnrichedArticle a) {
    String verdict = a.getDedup().getVerdict().name();
    if (story == null) {
      story = JSON.createObjectNode();
      story.putArray("alsoPublishedAt");
    }
    if (verdict.equals("DUPLICATE")) {
      ArrayNode also = (ArrayNode) story.get("alsoPublishedAt");
      for (var existing : also) {
        if (existing.get("url").asText().equals(a.getCanonicalUrl())) {
          return story;
        }
      }
      ObjectNode copy = also.addObject();
      copy.put("source", a.getSource());
      copy.put("url", a.getCanonicalUrl());
      copy.put("title", a.getTitle());
      copy.put("similarity", a.getDedup().getSimilarity());
      copy.put("seenAt", RecordJson.formatInstant(a.getProcessedAt()));
      if (!story.has("storyId")) {
        story.put("storyId", a.getStoryId());
      }
      return story;
    }
    ArrayNode also = (ArrayNode) story.get("alsoPublishedAt");
    story.put("storyId", a.getStoryId());
    story.put("version", a.getDedup().getVersion());
    story.put("verdict", verdict);
    story.put("source", a.getSource());
    story.put("url", a.getCanonicalUrl());
    story.put("title", a.getTitle());
    story.put("lead", a.getLead());
    story.put("publishedAt", a.getPublishedAt() == null ? null : RecordJson.formatInstant(a.getPublishedAt()));
    story.put("updatedAt", RecordJson.formatInstant(a.getProcessedAt()));
    story.put("category", a.getCategory());
    story.put("changes", a.getDedup().getChanges());
    ObjectNode entities = story.putObject("entities");
    for (EntityType type : EntityType.values()) {
      Set<String> names = new LinkedHashSet<>();
      for (Entity e : a.getEntities()) {
        if (e.getType() == type) {
          names.add(e.getCanonical());
        }
      }
      ArrayNode list = entities.putArray(type.name());
      names.forEach(list::add);
    }
    story.set("inspection", a.getInspection() == null ? null : RecordJson.toJson(a.getInspection()));
    story.remove("alsoPublishedAt");
    story.set("alsoPublishedAt", also);
    return story;
  }
}
