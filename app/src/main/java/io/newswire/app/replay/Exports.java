package io.newswire.app.replay;

import io.newswire.json.RecordJson;
import io.newswire.schemas.NewswireSerdes;
import io.newswire.topics.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Writes every downstream topic as JSON Lines, decoding Avro and JSON values alike. */
public final class Exports {
  /** What the exported topics hold, for the replay summary. */
  public record Summary(Map<String, Integer> verdicts, int stories, int alerts, int deadLetters) {}

  private Exports() {}

  public static Summary writeAll(Properties client, Path dir) throws IOException {
    var enriched = NewswireSerdes.enrichedArticle();
    int stories = export(client, Topics.STORIES, dir, true);
    int alertCount = export(client, Topics.INSPECTION_ALERTS, dir, false);
    export(client, Topics.DELEGATIONS, dir, true);
    export(client, Topics.TRENDING, dir, true);
    int deadLetters = export(client, Topics.DLQ, dir, false);
    Map<String, Integer> verdicts = new TreeMap<>();
    Path articles = Files.createTempFile("newswire-enriched-", ".jsonl");
    try {
      TopicExport.toJsonLines(client, Topics.ARTICLES_ENRICHED, articles, b -> {
        var a = enriched.deserialize(Topics.ARTICLES_ENRICHED, b);
        verdicts.merge(a.getDedup().getVerdict().name(), 1, Integer::sum);
        return RecordJson.MAPPER.createObjectNode();
      });
    } finally {
      Files.deleteIfExists(articles);
    }
    return new Summary(verdicts, stories, alertCount, deadLetters);
  }

  private static int export(Properties client, String topic, Path dir, boolean latestPerKey) throws IOException {
    return TopicExport.toJsonLines(client, topic, dir.resolve(topic + ".jsonl"), b -> TopicViews.view(topic, b),
        latestPerKey);
  }
}
