package io.newswire.topics;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The one catalogue of newswire topics. Every producer, consumer and topology names topics from here. */
public final class Topics {
  private Topics() {}

  public static final String PAGES_RAW = "news.pages.raw";
  public static final String ARTICLES_ENRICHED = "news.articles.enriched";
  public static final String DLQ = "news.dlq";
  public static final String STORIES = "newsroom.stories";
  public static final String INSPECTION_ALERTS = "alerts.inspection-delegations";
  public static final String INGEST_SEEN = "news.ingest.seen";
  public static final String INGEST_OWNERS = "news.ingest.owners";
  public static final String DELEGATIONS = "newsroom.delegations";
  public static final String TRENDING = "newsroom.entities.trending";

  private static final Duration DAY = Duration.ofDays(1);

  public static final List<TopicSpec> ALL = List.of(
      new TopicSpec(PAGES_RAW, 4, false, DAY.multipliedBy(7),
          "canonical URL (UTF-8 string)", "RawArticle (Avro single-object)",
          "articles as ingest extracted them"),
      new TopicSpec(ARTICLES_ENRICHED, 4, false, DAY.multipliedBy(14),
          "storyId (UTF-8 string)", "EnrichedArticle (Avro single-object)",
          "normalized, tagged and deduplicated articles"),
      new TopicSpec(DLQ, 1, false, DAY.multipliedBy(30),
          "key of the failed record or URL (bytes/string)", "DeadLetter (Avro single-object)",
          "everything that could not be processed, with the reason"),
      new TopicSpec(STORIES, 4, true, null,
          "storyId (UTF-8 string)", "story JSON (UTF-8, schemas/src/main/json/story.schema.json)",
          "latest version of each story for dashboards"),
      new TopicSpec(INSPECTION_ALERTS, 1, false, DAY.multipliedBy(90),
          "storyId (UTF-8 string)", "InspectionAlert (Avro single-object)",
          "one alert per new inspection-delegation story"),
      new TopicSpec(INGEST_SEEN, 4, true, null,
          "article URL (UTF-8 string)", "seen-set entry JSON (first seen, last fetched, content hash, next re-check)",
          "ingest's memory of fetched URLs; survives restarts"),
      new TopicSpec(INGEST_OWNERS, 12, false, DAY,
          "none (no records)", "none",
          "ingest instances share the sources through this topic's consumer group: each owns the sources whose "
              + "partitions it is assigned"),
      new TopicSpec(DELEGATIONS, 4, true, null,
          "delegation: issuer | số N | year (UTF-8 string)", "delegation timeline JSON",
          "each inspection delegation's stages, organizations and stories"),
      new TopicSpec(TRENDING, 4, false, DAY.multipliedBy(7),
          "TYPE@windowStart (UTF-8 string)", "top-N entities JSON",
          "entity mention counts in hopping windows, top N per type"));

  public static Optional<TopicSpec> byName(String name) {
    return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
  }
}
