package io.newswire.processor;

import java.time.Duration;

/**
 * Tunables of the processor topology.
 *
 * @param duplicateThreshold estimated Jaccard similarity from which a story at another URL is a duplicate
 * @param retention how long stories stay in the dedup index (default 14 days)
 */
public record ProcessorSettings(double duplicateThreshold, Duration retention) {
  public static ProcessorSettings defaults() {
    return new ProcessorSettings(0.7, Duration.ofDays(14));
  }
}
