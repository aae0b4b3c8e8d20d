package io.newswire.analysis.dedup;

/**
 * The key-value state deduplication needs; Kafka Streams stores in the topology, a map in tests. Four
 * namespaces: {@code url:} → the URL's story and version, {@code hash:} → story of an exact text,
 * {@code story:} → a story's fingerprint, {@code band:} → stories in an LSH bucket.
 */
public interface DedupStore {
  byte[] get(String key);

  void put(String key, byte[] value);

  void delete(String key);
}
