package io.newswire.app.board;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.analysis.text.VietnameseText;
import io.newswire.json.RecordJson;
import io.newswire.schemas.InspectionAlert;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The board's questions, answered from the global tables of {@link BoardTopology}: the wire with its filters and
 * cursor paging, one story, the alerts, the delegations, the trending entities. Stories are scanned per query and
 * sorted newest first — the national wire keeps a few tens of thousands in its retention, a scan of which is
 * milliseconds.
 */
public final class BoardQueries {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId NEWSROOM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final int MAX_LIMIT = 200;

  /** Where the stores come from: a running Kafka Streams instance, or a test driver. */
  public interface Stores {
    <V> ReadOnlyKeyValueStore<String, V> store(String name);
  }

  /** The wire's filters; null fields filter nothing. Dates are newsroom days (+07:00), inclusive. */
  public record StoryFilter(String source, String level, String stage, String entity, String text, LocalDate from,
                            LocalDate to, String cursor, int limit) {
    public StoryFilter {
      if (limit < 1 || limit > MAX_LIMIT) {
        throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
      }
      if (from != null && to != null && from.isAfter(to)) {
        throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
      }
    }

    /** Reads the query parameters of {@code /api/stories}; a bad value is an {@link IllegalArgumentException}. */
    public static StoryFilter of(Map<String, String> params) {
      Set<String> known = Set.of("source", "level", "stage", "entity", "q", "from", "to", "cursor", "limit", "format");
      for (String name : params.keySet()) {
        if (!known.contains(name)) {
          throw new IllegalArgumentException("unknown parameter '" + name + "' (known: " + known + ")");
        }
      }
      int limit;
      try {
        limit = Integer.parseInt(params.getOrDefault("limit", "50"));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("limit must be a number, not '" + params.get("limit") + "'");
      }
      return new StoryFilter(params.get("source"), upper(params.get("level")), upper(params.get("stage")),
          params.get("entity"), params.get("q"), day(params.get("from"), "from"), day(params.get("to"), "to"),
          params.get("cursor"), limit);
    }

    private static String upper(String s) {
      return s == null ? null : s.strip().toUpperCase(Locale.ROOT);
    }

    private static LocalDate day(String s, String name) {
      try {
        return s == null ? null : LocalDate.parse(s.strip());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(name + " must be a date like 2026-07-19, not '" + s + "'");
      }
    }
  }

  /** A page of the wire and the cursor of the next one (null at the end). */
  public record Page(List<JsonNode> items, String next) {}

  private final Stores stores;

  public BoardQueries(Stores stores) {
    this.stores = stores;
  }

  public Page stories(StoryFilter f) {
    String textKey = f.text() == null || f.text().isBlank() ? null : VietnameseText.keyOf(f.text());
    String entityKey = f.entity() == null || f.entity().isBlank() ? null : VietnameseText.keyOf(f.entity());
    Instant from = f.from() == null ? null : f.from().atStartOfDay(NEWSROOM).toInstant();
    Instant to = f.to() == null ? null : f.to().plusDays(1).atStartOfDay(NEWSROOM).toInstant();
    Position after = f.cursor() == null ? null : Position.decode(f.cursor());
    List<Ranked> matching = new ArrayList<>();
    ReadOnlyKeyValueStore<String, String> store = stores.store(BoardTopology.STORIES);
    try (KeyValueIterator<String, String> all = store.all()) {
      while (all.hasNext()) {
        KeyValue<String, String> kv = all.next();
        JsonNode story = parse(kv.value);
        if (story == null || !story.hasNonNull("title")) {
          continue; // a copy seen before its own story: nothing to show yet
        }
        Instant published = instant(story.path("publishedAt").asText(null));
        if (matches(story, f, textKey, entityKey) && (from == null || (published != null && !published.isBefore(from)))
            && (to == null || (published != null && published.isBefore(to)))) {
          matching.add(new Ranked(new Position(published == null ? 0 : published.toEpochMilli(), kv.key), story));
        }
      }
    }
    matching.sort(Comparator.comparing(Ranked::position).reversed());
    List<JsonNode> items = new ArrayList<>();
    Position last = null;
    for (Ranked r : matching) {
      if (after != null && r.position().compareTo(after) >= 0) {
        continue; // on an earlier page
      }
      if (items.size() == f.limit()) {
        return new Page(items, last.encode());
      }
      items.add(r.story());
      last = r.position();
    }
    return new Page(items, null);
  }

  private static boolean matches(JsonNode story, StoryFilter f, String textKey, String entityKey) {
    if (f.source() != null && !f.source().equals(story.path("source").asText())) {
      boolean copy = false;
      for (JsonNode c : story.path("alsoPublishedAt")) {
        copy |= f.source().equals(c.path("source").asText());
      }
      if (!copy) {
        return false;
      }
    }
    JsonNode inspection = story.path("inspection");
    if (f.level() != null && !f.level().equals(inspection.path("level").asText())) {
      return false;
    }
    if (f.stage() != null && !f.stage().equals(inspection.path("stage").asText())) {
      return false;
    }
    if (entityKey != null) {
      boolean found = false;
      for (JsonNode names : story.path("entities")) {
        for (JsonNode name : names) {
          found |= VietnameseText.keyOf(name.asText()).equals(entityKey);
        }
      }
      if (!found) {
        return false;
      }
    }
    if (textKey != null) {
      String haystack = VietnameseText.keyOf(story.path("title").asText("") + " " + story.path("lead").asText(""));
      return haystack.contains(textKey);
    }
    return true;
  }

  public Optional<JsonNode> story(String id) {
    String value = stores.<String>store(BoardTopology.STORIES).get(id);
    JsonNode story = value == null ? null : parse(value);
    return story == null || !story.hasNonNull("title") ? Optional.empty() : Optional.of(story);
  }

  /** Inspection-delegation alerts, newest first. */
  public List<JsonNode> alerts(int limit) {
    List<ObjectNode> alerts = new ArrayList<>();
    try (KeyValueIterator<String, InspectionAlert> all = stores.<InspectionAlert>store(BoardTopology.ALERTS).all()) {
      all.forEachRemaining(kv -> alerts.add(RecordJson.toJson(kv.value)));
    }
    alerts.sort(Comparator.comparing((ObjectNode a) -> a.path("createdAt").asText("")).reversed());
    return new ArrayList<>(alerts.subList(0, Math.min(limit, alerts.size())));
  }

  /** Every delegation's timeline document, by key, with its key added. */
  public List<JsonNode> delegations() {
    return delegations(null);
  }

  /** As {@link #delegations()}, only those with a story about them when {@code storyId} is given. */
  public List<JsonNode> delegations(String storyId) {
    List<JsonNode> out = new ArrayList<>();
    try (KeyValueIterator<String, String> all = stores.<String>store(BoardTopology.DELEGATIONS).all()) {
      all.forEachRemaining(kv -> {
        JsonNode d = parse(kv.value);
        if (d instanceof ObjectNode o && (storyId == null || containsText(o.path("storyIds"), storyId))) {
          out.add(o.put("key", kv.key));
        }
      });
    }
    return out;
  }

  private static boolean containsText(JsonNode array, String value) {
    for (JsonNode item : array) {
      if (item.asText().equals(value)) {
        return true;
      }
    }
    return false;
  }

  public Optional<JsonNode> delegation(String key) {
    String value = stores.<String>store(BoardTopology.DELEGATIONS).get(key);
    JsonNode d = value == null ? null : parse(value);
    return Optional.ofNullable(d instanceof ObjectNode o ? o.put("key", key) : d);
  }

  /** A story as the wire lists it: without its full text and entity marks, which its own page fetches. */
  public static JsonNode summary(JsonNode story) {
    if (story instanceof ObjectNode o && (o.has("paragraphs") || o.has("marks"))) {
      ObjectNode copy = o.deepCopy();
      copy.remove(List.of("paragraphs", "marks"));
      return copy;
    }
    return story;
  }

  /** The latest trending list of one entity type ({@code PERSON}, {@code ORGANIZATION}, …), or empty. */
  public Optional<JsonNode> trending(String type) {
    String prefix = type + "@";
    String latestKey = null;
    String latest = null;
    try (KeyValueIterator<String, String> all = stores.<String>store(BoardTopology.TRENDING).all()) {
      while (all.hasNext()) {
        KeyValue<String, String> kv = all.next();
        if (kv.key.startsWith(prefix) && (latestKey == null || kv.key.compareTo(latestKey) > 0)) {
          latestKey = kv.key;
          latest = kv.value;
        }
      }
    }
    return Optional.ofNullable(latest == null ? null : parse(latest));
  }

  static ArrayNode array(List<JsonNode> items) {
    ArrayNode array = JSON.createArrayNode();
    items.forEach(array::add);
    return array;
  }

  private static JsonNode parse(String value) {
    try {
      return JSON.readTree(value);
    } catch (Exception e) {
      return null; // a record the board cannot read is left out, not fatal
    }
  }

  private static Instant instant(String text) {
    try {
      return text == null ? null : OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private record Ranked(Position position, JsonNode story) {}

  /** Where a page ends: the last story's time and id, as an opaque cursor. */
  record Position(long publishedMs, String storyId) implements Comparable<Position> {
    @Override
    public int compareTo(Position o) {
      int byTime = Long.compare(publishedMs, o.publishedMs);
      return byTime != 0 ? byTime : storyId.compareTo(o.storyId);
    }

    String encode() {
      return Base64.getUrlEncoder().withoutPadding()
          .encodeToString((publishedMs + "|" + storyId).getBytes(StandardCharsets.UTF_8));
    }

    static Position decode(String cursor) {
      try {
        String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        int bar = s.indexOf('|');
        return new Position(Long.parseLong(s.substring(0, bar)), s.substring(bar + 1));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("cursor is not one this API gave out");
      }
    }
  }
}
