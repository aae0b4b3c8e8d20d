package io.newswire.analysis.dedup;

import java.util.List;
import java.util.Set;

/**
 * The state deduplication keeps: one typed table per question the index asks. In the topology each table is a
 * Kafka Streams store with a changelog; in tests, a map. Every entry carries the time it was last seen, which is
 * what the retention purge reads.
 */
public interface DedupState {
  /** The URL's story, its version, and the hashes that tell an update from an unchanged page. */
  Table<SeenUrl> urls();

  /** By content hash: the first story whose normalized text had it. */
  Table<SeenText> texts();

  /** By story id: the MinHash signature and the facts that keep look-alike stories apart. */
  Table<IndexedStory> stories();

  /** By LSH band key: the stories in that bucket. */
  Buckets buckets();

  /** One table: a value per key, {@code null} when absent. */
  interface Table<V> {
    V get(String key);

    void put(String key, V value);
  }

  /**
   * LSH buckets, one entry per band holding its members' ids and indexing times: a look-up is one read, and a story
   * joining a bucket rewrites that one small entry. (One entry per membership, read by a prefix scan, made every
   * look-up walk the deleted memberships of a full bucket until the store compacted them.)
   */
  interface Buckets {
    /** Story id → when it was indexed, for every story in the band's bucket: a fresh map, the caller's to change. */
    java.util.Map<String, Long> members(String band);

    /** The band's bucket now holds exactly {@code members}. */
    void put(String band, java.util.Map<String, Long> members);
  }

  record SeenUrl(String storyId, int version, String contentHash, String titleHash, String leadHash,
                 List<String> paragraphHashes, long seenAtMs) {}

  record SeenText(String storyId, long seenAtMs) {}

  /** @param signature the MinHash signature's longs, big-endian: compact in a store, unlike a list of numbers */
  record IndexedStory(byte[] signature, Set<String> salient, Set<String> facts, long seenAtMs) {
    public static IndexedStory of(long[] signature, Set<String> salient, Set<String> facts, long seenAtMs) {
      java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(signature.length * Long.BYTES);
      bytes.asLongBuffer().put(signature);
      return new IndexedStory(bytes.array(), salient, facts, seenAtMs);
    }

    public long[] signatureLongs() {
      java.nio.LongBuffer longs = java.nio.ByteBuffer.wrap(signature).asLongBuffer();
      long[] out = new long[longs.remaining()];
      longs.get(out);
      return out;
    }
  }
}
