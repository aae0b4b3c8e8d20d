package io.newswire.sink;

import java.time.Duration;
import java.util.Set;

/**
 * Tunables of the sink.
 *
 * @param alertLevels levels that raise an alert (empty: all)
 * @param alertIssuers issuers that raise an alert (empty: all)
 * @param alertKeywords an alert is raised only if title or evidence contains one of these (empty: no filter)
 */
public record SinkSettings(Set<String> alertLevels, Set<String> alertIssuers, Set<String> alertKeywords,
                           Duration trendingWindow, Duration trendingAdvance, int trendingTop) {
  public static SinkSettings defaults() {
    return new SinkSettings(Set.of(), Set.of(), Set.of(), Duration.ofHours(1), Duration.ofMinutes(5), 10);
  }
}
