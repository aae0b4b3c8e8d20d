package io.newswire.sink;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.json.RecordJson;
import io.newswire.schemas.EnrichedArticle;
import io.newswire.schemas.Entity;
import io.newswire.schemas.EntityType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dashboard view of a story on {@code newsroom.stories}: the latest version, its distinct entities, the
 * inspection facts and where else it was published. Documented by {@code schemas/src/main/json/story.schema.json};
 * a story first seen as a copy has only {@code storyId} and {@code alsoPublishedAt}, so the fields its own version
 * brings are left out until then rather than written as null.
 */
record StoryDocument(
    String storyId,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer version,
    @JsonInclude(JsonInclude.Include.NON_NULL) String verdict,
    @JsonInclude(JsonInclude.Include.NON_NULL) String source,
    @JsonInclude(JsonInclude.Include.NON_NULL) String url,
    @JsonInclude(JsonInclude.Include.NON_NULL) String title,
    String lead,
    String publishedAt,
    @JsonInclude(JsonInclude.Include.NON_NULL) String updatedAt,
    String category,
    String changes,
    @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, List<String>> entities,
    JsonNode inspection,
    List<Copy> alsoPublishedAt) {

  /** Another outlet's copy of the story. */
  record Copy(String source, String url, String title, Double similarity, String seenAt) {}

  StoryDocument {
    alsoPublishedAt = alsoPublishedAt == null ? List.of() : List.copyOf(alsoPublishedAt);
  }

  /** Folds one enriched record into the story's document ({@code before} is null at a first sighting). */
  static StoryDocument fold(StoryDocument before, EnrichedArticle a) {
    List<Copy> copies = before == null ? List.of() : before.alsoPublishedAt();
    if (a.getDedup().getVerdict().name().equals("DUPLICATE")) {
      if (copies.stream().anyMatch(c -> c.url().equals(a.getCanonicalUrl()))) {
        return before;
      }
      List<Copy> more = new ArrayList<>(copies);
      more.add(new Copy(a.getSource(), a.getCanonicalUrl(), a.getTitle(), a.getDedup().getSimilarity(),
          RecordJson.formatInstant(a.getProcessedAt())));
      return before == null ? new StoryDocument(a.getStoryId(), null, null, null, null, null, null, null, null, null,
          null, null, null, more) : before.withCopies(more);
    }
    Map<String, List<String>> entities = new LinkedHashMap<>();
    for (EntityType type : EntityType.values()) {
      Set<String> names = new LinkedHashSet<>();
      for (Entity e : a.getEntities()) {
        if (e.getType() == type) {
          names.add(e.getCanonical());
        }
      }
      entities.put(type.name(), List.copyOf(names));
    }
    return new StoryDocument(a.getStoryId(), a.getDedup().getVersion(), a.getDedup().getVerdict().name(),
        a.getSource(), a.getCanonicalUrl(), a.getTitle(), a.getLead(),
        a.getPublishedAt() == null ? null : RecordJson.formatInstant(a.getPublishedAt()),
        RecordJson.formatInstant(a.getProcessedAt()), a.getCategory(), a.getDedup().getChanges(), entities,
        a.getInspection() == null ? null : RecordJson.toJson(a.getInspection()), copies);
  }

  private StoryDocument withCopies(List<Copy> copies) {
    return new StoryDocument(storyId, version, verdict, source, url, title, lead, publishedAt, updatedAt, category,
        changes, entities, inspection, copies);
  }
}
