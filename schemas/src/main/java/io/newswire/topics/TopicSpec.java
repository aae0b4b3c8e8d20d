package io.newswire.topics;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a topic must look like: everything {@code newswire topics} creates and checks.
 *
 * @param name topic name
 * @param partitions partition count
 * @param compacted true for {@code cleanup.policy=compact} (latest value per key), false for {@code delete}
 * @param retention how long records are kept; {@code null} means forever (compacted topics)
 * @param keyType what the key holds, for documentation and the README table
 * @param valueType what the value holds
 * @param purpose one line for operators
 */
public record TopicSpec(String name, int partitions, boolean compacted, Duration retention,
                        String keyType, String valueType, String purpose) {

  public String cleanupPolicy() {
    return compacted ? "compact" : "delete";
  }

  /** {@code retention.ms} as Kafka expects it; -1 keeps records forever. */
  public long retentionMs() {
    return retention == null ? -1L : retention.toMillis();
  }

  /** The topic-level configs this spec pins. */
  public Map<String, String> configs() {
    Map<String, String> configs = new LinkedHashMap<>();
    configs.put("cleanup.policy", cleanupPolicy());
    configs.put("retention.ms", Long.toString(retentionMs()));
    return configs;
  }
}
