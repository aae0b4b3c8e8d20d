package io.newswire.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;

/**
 * robots.txt rules per scheme and authority, parsed with crawler-commons and cached: for the policy's time when
 * the file was read or is absent (4xx: everything allowed), for five minutes when the site failed (5xx, 429,
 * I/O: everything disallowed — a struggling site is left alone, as Nutch and StormCrawler do).
 */
final class RobotsCache {
  /** What fetching robots.txt returned: the status, and the body when it was 200. */
  record Answer(int status, byte[] body) {}

  /** Fetches one robots.txt politely (the caller owns throttling and the HTTP client). */
  interface Source {
    Answer fetch(URI robotsUrl) throws IOException, TimeoutException, InterruptedException, CappedReader.TooLargeException;
  }

  private record Cached(BaseRobotRules rules, Instant expiresAt) {}

  private static final Duration AFTER_FAILURE = Duration.ofMinutes(5);

  private final Map<String, Cached> cache = new ConcurrentHashMap<>();
  private final String robotName;
  private final Duration keepFor;
  private final MeterRegistry metrics;
  private final Clock clock;

  RobotsCache(String userAgent, Duration keepFor, MeterRegistry metrics, Clock clock) {
    this.robotName = robotName(userAgent);
    this.keepFor = keepFor;
    this.metrics = metrics;
    this.clock = clock;
  }

  /** robots.txt rules are matched against the agent's first word: "newswire" for "newswire/0.1 (+…)". */
  static String robotName(String userAgent) {
    int slash = userAgent.indexOf('/');
    return (slash > 0 ? userAgent.substring(0, slash) : userAgent.split(" ")[0]).toLowerCase(Locale.ROOT);
  }

  /** The rules for the URL's site while they are fresh; null when robots.txt must be read (again). */
  BaseRobotRules cached(URI url) {
    Cached cached = cache.get(key(url));
    return cached != null && clock.instant().isBefore(cached.expiresAt()) ? cached.rules() : null;
  }

  private static String key(URI url) {
    return url.getScheme() + "://" + url.getAuthority();
  }

  /** Reads the site's robots.txt through {@code source} (one request) and caches its rules. */
  BaseRobotRules read(URI url, Source source) throws InterruptedException {
    String key = key(url);
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    URI robotsUrl = URI.create(key + "/robots.txt");
    BaseRobotRules rules;
    Duration keep = keepFor;
    try {
      Answer answer = source.fetch(robotsUrl);
      if (answer.status() == 200) {
        rules = parser.parseContent(robotsUrl.toString(), answer.body(), "text/plain", List.of(robotName));
        metrics.counter("news.robots.fetch", "result", "ok").increment();
      } else {
        rules = parser.failedFetch(answer.status());
        if (answer.status() >= 500 || answer.status() == 429) {
          keep = AFTER_FAILURE;
        }
        metrics.counter("news.robots.fetch", "result", "status-" + answer.status()).increment();
      }
    } catch (IOException | TimeoutException | CappedReader.TooLargeException e) {
      rules = parser.failedFetch(503);
      keep = AFTER_FAILURE;
      metrics.counter("news.robots.fetch", "result", "error").increment();
    }
    cache.put(key, new Cached(rules, clock.instant().plus(keep)));
    return rules;
  }
}
