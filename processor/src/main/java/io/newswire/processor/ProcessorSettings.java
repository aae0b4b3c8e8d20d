package io.newswire.processor;

import java.time.Duration;

/**
 * Tunables of the processor topology.
 *
 * @param duplicateThreshold estimated Jaccard similarity from which a story at another URL is a duplicate
 * @param retention how long stories stay in the dedup index (default 14 days)
 * @param purgeInterval how often, in wall-clock time, entries older than the retention are removed (default 1 hour)
 */
public record ProcessorSettings(double duplicateThreshold, Duration retention, Duration purgeInterval) {
  public static ProcessorSettings defaults() {
    return new ProcessorSettings(0.7, Duration.ofDays(14), Duration.ofHours(1));
  }
}
