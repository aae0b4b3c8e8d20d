package io.newswire.ingest.fetch;

import java.time.Duration;
import java.util.Set;

/**
 * How politely and defensively to fetch. Defaults follow polite crawlers (StormCrawler, Apache Nutch): one connection and at
 * least 1 s between requests per host, Crawl-delay honoured up to 30 s, 3 retries with exponential backoff, a
 * host's circuit opened by 5 failures within 2 minutes for 5 minutes.
 *
 * @param allowedHosts hosts (and their subdomains) that may be fetched; everything else is refused
 * @param allowPrivateAddresses whether loopback/private addresses may be fetched (tests, intranet mirrors)
 */
public record FetchPolicy(String userAgent, Duration minDelay, Duration maxCrawlDelay, Duration connectTimeout,
                          Duration readTimeout, long maxBytes, int maxRedirects, int maxRetries,
                          Duration baseBackoff, Duration maxBackoff, int breakerFailures, Duration breakerWindow,
                          Duration breakerOpenFor,
                          Duration robotsCacheFor, Set<String> allowedHosts, boolean allowPrivateAddresses) {

  public static final String DEFAULT_USER_AGENT =
      "newswire/0.1 (+https://github.com/newswire/newswire; news-monitoring crawler)";

  public static FetchPolicy defaults(Set<String> allowedHosts) {
    return new FetchPolicy(DEFAULT_USER_AGENT, Duration.ofSeconds(1), Duration.ofSeconds(30),
        Duration.ofSeconds(10), Duration.ofSeconds(30), 5L * 1024 * 1024, 5, 3, Duration.ofSeconds(1),
        Duration.ofSeconds(60), 5, Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofHours(6), Set.copyOf(allowedHosts), false);
  }

  public FetchPolicy withTiming(Duration minDelay, Duration baseBackoff, Duration maxBackoff, Duration readTimeout) {
    return new FetchPolicy(userAgent, minDelay, maxCrawlDelay, connectTimeout, readTimeout, maxBytes, maxRedirects,
        maxRetries, baseBackoff, maxBackoff, breakerFailures, breakerWindow, breakerOpenFor, robotsCacheFor, allowedHosts,
        allowPrivateAddresses);
  }

  public FetchPolicy withPrivateAddresses(boolean allow) {
    return new FetchPolicy(userAgent, minDelay, maxCrawlDelay, connectTimeout, readTimeout, maxBytes, maxRedirects,
        maxRetries, baseBackoff, maxBackoff, breakerFailures, breakerWindow, breakerOpenFor, robotsCacheFor, allowedHosts, allow);
  }

  public FetchPolicy withMaxBytes(long bytes) {
    return new FetchPolicy(userAgent, minDelay, maxCrawlDelay, connectTimeout, readTimeout, bytes, maxRedirects,
        maxRetries, baseBackoff, maxBackoff, breakerFailures, breakerWindow, breakerOpenFor, robotsCacheFor, allowedHosts,
        allowPrivateAddresses);
  }

  public FetchPolicy withAllowedHosts(Set<String> hosts) {
    return new FetchPolicy(userAgent, minDelay, maxCrawlDelay, connectTimeout, readTimeout, maxBytes, maxRedirects,
        maxRetries, baseBackoff, maxBackoff, breakerFailures, breakerWindow, breakerOpenFor, robotsCacheFor, Set.copyOf(hosts),
        allowPrivateAddresses);
  }
}
