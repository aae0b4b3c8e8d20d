package io.newswire.analysis.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides NEW / UNCHANGED / UPDATED / DUPLICATE for one article against everything seen in the retention
 * window. Same URL: same normalized text is UNCHANGED, else UPDATED with the version raised. New URL: identical
 * normalized text is a DUPLICATE (similarity 1.0); otherwise LSH candidates whose estimated similarity reaches
 * the threshold are duplicates — unless the two stories disagree on their facts (another delegation number,
 * another day, other organs or places in title and lead), which is how template stories stay apart.
 */
public final class DedupIndex {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Candidates kept per LSH bucket, so the work per article stays bounded however many stories share a template. */
  static final int MAX_BUCKET = 64;
  /** Candidates whose signatures are compared, best-ranked first. */
  static final int MAX_CANDIDATES = 8;

  private final DedupStore store;
  private final MinHash minHash;
  private final double threshold;
  private final Duration retention;

  public DedupIndex(DedupStore store, MinHash minHash, double threshold, Duration retention) {
    this.store = store;
    this.minHash = minHash;
    this.threshold = threshold;
    this.retention = retention;
  }

  public Verdict decide(String url, Fingerprint f, Instant now, Function<String, String> newStoryId) {
    JsonNode seenUrl = read("url:" + url);
    if (seenUrl != null && !expired(seenUrl, now)) {
      String storyId = seenUrl.get("storyId").asText();
      int version = seenUrl.get("version").asInt();
      if (seenUrl.get("contentHash").asText().equals(f.contentHash())) {
        return new Verdict("UNCHANGED", storyId, version, null, null, null);
      }
      String changes = changes(seenUrl, f);
      remember(url, storyId, version + 1, f, now);
      return new Verdict("UPDATED", storyId, version + 1, null, null, changes);
    }
    JsonNode exact = read("hash:" + f.contentHash());
    if (exact != null && !expired(exact, now)) {
      String first = exact.get("storyId").asText();
      remember(url, first, 1, f, now);
      return new Verdict("DUPLICATE", first, 1, first, 1.0, null);
    }
    // candidates ranked by how many LSH bands they share: that count tracks similarity, so the few best are
    // enough, and the work per article stays bounded when a template fills the buckets
    java.util.Map<String, Integer> shared = new java.util.HashMap<>();
    for (String band : minHash.bandKeys(f.signature())) {
      JsonNode bucket = read("band:" + band);
      if (bucket != null) {
        for (JsonNode id : bucket) {
          shared.merge(id.asText(), 1, Integer::sum);
        }
      }
    }
    List<String> candidates = new ArrayList<>(shared.keySet());
    candidates.sort((x, y) -> Integer.compare(shared.get(y), shared.get(x)));
    String bestStory = null;
    double best = 0;
    for (String id : candidates.subList(0, Math.min(MAX_CANDIDATES, candidates.size()))) {
      byte[] signature = store.get("sig:" + id);
      JsonNode story = read("story:" + id);
      if (signature == null || story == null || expired(story, now)) {
        continue;
      }
      double similarity = MinHash.similarity(f.signature(), longs(signature));
      if (similarity >= threshold && similarity > best && sameFacts(f, story)) {
        best = similarity;
        bestStory = id;
      }
    }
    if (bestStory != null) {
      remember(url, bestStory, 1, f, now);
      return new Verdict("DUPLICATE", bestStory, 1, bestStory, Math.round(best * 1000) / 1000.0, null);
    }
    String storyId = newStoryId.apply(url);
    remember(url, storyId, 1, f, now);
    indexStory(storyId, f, now);
    return new Verdict("NEW", storyId, 1, null, null, null);
  }

  private static boolean sameFacts(Fingerprint f, JsonNode story) {
    Set<String> otherFacts = strings(story.get("facts"));
    for (String fact : f.facts()) {
      String kind = fact.substring(0, fact.indexOf(':') + 1);
      for (String other : otherFacts) {
        if (other.startsWith(kind) && !other.equals(fact)) {
          return false; // another delegation number, another event day: another story
        }
      }
    }
    Set<String> otherSalient = strings(story.get("salient"));
    if (f.salient().isEmpty() || otherSalient.isEmpty()) {
      return true;
    }
    Set<String> common = new HashSet<>(f.salient());
    common.retainAll(otherSalient);
    Set<String> union = new HashSet<>(f.salient());
    union.addAll(otherSalient);
    return (double) common.size() / union.size() >= 0.5;
  }

  private void remember(String url, String storyId, int version, Fingerprint f, Instant now) {
    ObjectNode node = JSON.createObjectNode();
    node.put("storyId", storyId).put("version", version).put("contentHash", f.contentHash())
        .put("titleHash", f.titleHash()).put("leadHash", f.leadHash()).put("at", now.toEpochMilli());
    ArrayNode paragraphs = node.putArray("paragraphs");
    f.paragraphHashes().forEach(paragraphs::add);
    write("url:" + url, node);
    ObjectNode hash = JSON.createObjectNode().put("storyId", storyId).put("at", now.toEpochMilli());
    if (read("hash:" + f.contentHash()) == null) {
      write("hash:" + f.contentHash(), hash);
    }
  }

  private void indexStory(String storyId, Fingerprint f, Instant now) {
    ObjectNode story = JSON.createObjectNode().put("at", now.toEpochMilli());
    store.put("sig:" + storyId, bytes(f.signature()));
    ArrayNode salient = story.putArray("salient");
    f.salient().forEach(salient::add);
    ArrayNode facts = story.putArray("facts");
    f.facts().forEach(facts::add);
    write("story:" + storyId, story);
    for (String band : minHash.bandKeys(f.signature())) {
      JsonNode bucket = read("band:" + band);
      ArrayNode ids = bucket == null ? JSON.createArrayNode() : (ArrayNode) bucket;
      ids.add(storyId);
      while (ids.size() > MAX_BUCKET) {
        ids.remove(0); // a template repeated all year fills a bucket; the newest stories are the likely originals
      }
      write("band:" + band, ids);
    }
  }

  private static String changes(JsonNode before, Fingerprint after) {
    List<String> parts = new ArrayList<>();
    if (!before.get("titleHash").asText().equals(after.titleHash())) {
      parts.add("title changed");
    }
    if (!before.get("leadHash").asText().equals(after.leadHash())) {
      parts.add("lead changed");
    }
    Set<String> old = new LinkedHashSet<>();
    before.get("paragraphs").forEach(p -> old.add(p.asText()));
    Set<String> now = new LinkedHashSet<>(after.paragraphHashes());
    long added = now.stream().filter(p -> !old.contains(p)).count();
    long removed = old.stream().filter(p -> !now.contains(p)).count();
    if (added > 0) {
      parts.add(added + " paragraph(s) added");
    }
    if (removed > 0) {
      parts.add(removed + " paragraph(s) removed");
    }
    return parts.isEmpty() ? "text changed" : String.join("; ", parts);
  }

  private boolean expired(JsonNode node, Instant now) {
    return node.has("at") && Instant.ofEpochMilli(node.get("at").asLong()).plus(retention).isBefore(now);
  }

  private JsonNode read(String key) {
    byte[] bytes = store.get(key);
    if (bytes == null) {
      return null;
    }
    try {
      return JSON.readTree(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(String key, JsonNode value) {
    try {
      store.put(key, JSON.writeValueAsBytes(value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(long[] values) {
    java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(values.length * Long.BYTES);
    for (long v : values) {
      buffer.putLong(v);
    }
    return buffer.array();
  }

  private static long[] longs(byte[] bytes) {
    java.nio.LongBuffer buffer = java.nio.ByteBuffer.wrap(bytes).asLongBuffer();
    long[] out = new long[buffer.remaining()];
    buffer.get(out);
    return out;
  }

  private static Set<String> strings(JsonNode array) {
    Set<String> out = new HashSet<>();
    if (array != null) {
      array.forEach(n -> out.add(n.asText()));
    }
    return out;
  }
}
