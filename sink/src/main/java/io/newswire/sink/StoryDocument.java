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
 * The dashboard view of a story on {@code newsroom.stories}: the latest version with its full text, images and
 * entity marks, its distinct entities, the inspection facts, the list of its versions and where else it was
 * published. Documented by {@code schemas/src/main/json/story.schema.json};
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
    List<Copy> alsoPublishedAt,
    @JsonInclude(JsonInclude.Include.NON_NULL) String author,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<String> paragraphs,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<Mark> marks,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<Picture> images,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<Version> versions) {

  /** Another outlet's copy of the story. */
  record Copy(String source, String url, String title, Double similarity, String seenAt) {}

  /** Where an entity is named in the title, lead or body (paragraphs joined by one newline), for highlighting. */
  record Mark(String type, String field, int start, int end, String canonical) {}

  /** An image of the latest version, with its caption and credit apart. */
  record Picture(String url, @JsonInclude(JsonInclude.Include.NON_NULL) String caption,
                 @JsonInclude(JsonInclude.Include.NON_NULL) String credit) {}

  /** One version of the story at its own URL, oldest first: when the processor saw it and what it changed. */
  record Version(int version, String seenAt, String title, @JsonInclude(JsonInclude.Include.NON_NULL) String changes) {}

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
          null, null, null, more, null, null, null, null, null) : before.withCopies(more);
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
    String seenAt = RecordJson.formatInstant(a.getProcessedAt());
    List<Version> versions = new ArrayList<>(before == null || before.versions() == null ? List.of() : before.versions());
    versions.removeIf(v -> v.version() == a.getDedup().getVersion()); // a replayed version replaces itself
    versions.add(new Version(a.getDedup().getVersion(), seenAt, a.getTitle(), a.getDedup().getChanges()));
    return new StoryDocument(a.getStoryId(), a.getDedup().getVersion(), a.getDedup().getVerdict().name(),
        a.getSource(), a.getCanonicalUrl(), a.getTitle(), a.getLead(),
        a.getPublishedAt() == null ? null : RecordJson.formatInstant(a.getPublishedAt()),
        seenAt, a.getCategory(), a.getDedup().getChanges(), entities,
        a.getInspection() == null ? null : RecordJson.toJson(a.getInspection()), copies, a.getAuthor(),
        List.copyOf(a.getParagraphs()), marks(a), pictures(a), versions);
  }

  /** Mentions in the text a reader sees (title, lead, body); captions are shown with their images. */
  private static List<Mark> marks(EnrichedArticle a) {
    List<Mark> marks = new ArrayList<>();
    for (Entity e : a.getEntities()) {
      String field = e.getField();
      if (field.equals("title") || field.equals("lead") || field.equals("body")) {
        marks.add(new Mark(e.getType().name(), field, e.getStart(), e.getEnd(), e.getCanonical()));
      }
    }
    return marks;
  }

  private static List<Picture> pictures(EnrichedArticle a) {
    return a.getImages().stream().map(i -> new Picture(i.getUrl(), i.getCaption(), i.getCredit())).toList();
  }

  private StoryDocument withCopies(List<Copy> copies) {
    return new StoryDocument(storyId, version, verdict, source, url, title, lead, publishedAt, updatedAt, category,
        changes, entities, inspection, copies, author, paragraphs, marks, images, versions);
  }
}
