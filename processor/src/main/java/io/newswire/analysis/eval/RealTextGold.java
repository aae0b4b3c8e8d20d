package io.newswire.analysis.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One labelled item of a real-text gold file ({@code docs/realtext/gold.jsonl}): where the story is published and
 * what an editor expects the analyser to say about it. The file holds no publisher text; see its README.
 */
public record RealTextGold(String id, String url, String site, Instant published, String split, boolean story,
                           boolean borderline, String level, String kind, String delegationNumber,
                           List<String> issuers, String head, List<String> inspectedOrganizations, String stage,
                           String eventDate, Map<String, List<String>> entities) {

  public static final List<String> ENTITY_TYPES = List.of("PERSON", "ORGANIZATION", "LOCATION");

  /** Reads a gold file, one JSON object per line; blank lines are skipped. */
  public static List<RealTextGold> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<RealTextGold> items = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      try {
        items.add(of(json.readTree(line)));
      } catch (IOException | RuntimeException e) {
        throw new IllegalArgumentException(file + " line " + lineNo + ": " + e.getMessage(), e);
      }
    }
    return items;
  }

  static RealTextGold of(JsonNode n) {
    Map<String, List<String>> entities = new LinkedHashMap<>();
    for (String type : ENTITY_TYPES) {
      entities.put(type, strings(n.path("entities").path(type)));
    }
    return new RealTextGold(required(n, "id"), text(n, "url"), text(n, "site"),
        OffsetDateTime.parse(required(n, "published")).toInstant(), text(n, "split"), n.path("story").asBoolean(),
        n.path("borderline").asBoolean(), text(n, "level"), text(n, "kind"), text(n, "delegationNumber"),
        strings(n.path("issuers")), text(n, "head"), strings(n.path("inspectedOrganizations")), text(n, "stage"),
        text(n, "eventDate"), entities);
  }

  private static String required(JsonNode n, String field) {
    String value = text(n, field);
    if (value == null) {
      throw new IllegalArgumentException("missing '" + field + "'");
    }
    return value;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return List.copyOf(out);
  }
}
