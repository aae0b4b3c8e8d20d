package io.newswire.analysis.dedup;

import java.util.List;
import java.util.Set;

/**
 * The state deduplication keeps: one typed table per question the index asks. In the topology each table is a
 * Kafka Streams store with a changelog; in tests, a map. Every entry but a bucket carries the time it was last
 * seen, which is what the retention purge reads.
 */
public interface DedupState {
  /** The URL's story, its version, and the hashes that tell an update from an unchanged page. */
  Table<SeenUrl> urls();

  /** By content hash: the first story whose normalized text had it. */
  Table<SeenText> texts();

  /** By story id: the MinHash signature and the facts that keep look-alike stories apart. */
  Table<IndexedStory> stories();

  /** By LSH band key: the stories in that bucket, oldest first. */
  Table<Bucket> buckets();

  /** One table: a value per key, {@code null} when absent. */
  interface Table<V> {
    V get(String key);

    void put(String key, V value);
  }

  record SeenUrl(String storyId, int version, String contentHash, String titleHash, String leadHash,
                 List<String> paragraphHashes, long seenAtMs) {}

  record SeenText(String storyId, long seenAtMs) {}

  record IndexedStory(long[] signature, Set<String> salient, Set<String> facts, long seenAtMs) {}

  record Bucket(List<String> storyIds) {}
}
