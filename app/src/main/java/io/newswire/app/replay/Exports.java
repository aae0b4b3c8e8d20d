package io.newswire.app.replay;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.json.RecordJson;
import io.newswire.schemas.NewswireSerdes;
import io.newswire.topics.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** Writes every downstream topic as JSON Lines, decoding Avro and JSON values alike. */
public final class Exports {
  /** What the exported topics hold, for the replay summary. */
  public record Summary(Map<String, Integer> verdicts, int stories, int alerts, int deadLetters) {}

  private Exports() {}

  public static Summary writeAll(Properties client, Path dir) throws IOException {
    var alerts = NewswireSerdes.inspectionAlert();
    var dead = NewswireSerdes.deadLetter();
    var enriched = NewswireSerdes.enrichedArticle();
    Function<byte[], ObjectNode> json = b -> {
      try {
        return (ObjectNode) RecordJson.MAPPER.readTree(b);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
    int stories = TopicExport.toJsonLines(client, Topics.STORIES, dir.resolve(Topics.STORIES + ".jsonl"), json, true);
    int alertCount = TopicExport.toJsonLines(client, Topics.INSPECTION_ALERTS, dir.resolve(Topics.INSPECTION_ALERTS + ".jsonl"),
        b -> RecordJson.toJson(alerts.deserialize(Topics.INSPECTION_ALERTS, b)));
    TopicExport.toJsonLines(client, Topics.DELEGATIONS, dir.resolve(Topics.DELEGATIONS + ".jsonl"), json, true);
    TopicExport.toJsonLines(client, Topics.TRENDING, dir.resolve(Topics.TRENDING + ".jsonl"), json, true);
    int deadLetters = TopicExport.toJsonLines(client, Topics.DLQ, dir.resolve(Topics.DLQ + ".jsonl"),
        b -> RecordJson.toJson(dead.deserialize(Topics.DLQ, b), Set.of("payload", "key")));
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
}
