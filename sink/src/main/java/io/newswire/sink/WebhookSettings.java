package io.newswire.sink;

import java.net.URI;
import java.time.Duration;

/**
 * How alerts are delivered to the webhook.
 *
 * @param url         where each alert is POSTed
 * @param maxAttempts attempts per alert before it goes to {@code news.dlq} (retryable answers only)
 * @param maxBackoff  cap of the exponential backoff and of a {@code Retry-After}
 * @param timeout     one request's limit, connection to last byte
 */
public record WebhookSettings(URI url, int maxAttempts, Duration maxBackoff, Duration timeout) {
  public WebhookSettings {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("sink.webhook.max.attempts must be at least 1, not " + maxAttempts);
    }
  }

  /** The backoff before attempt {@code attempt + 1}: 500 ms doubled per attempt, capped. Jitter is the caller's. */
  public Duration backoffAfter(int attempt) {
    long ms = 500L << Math.min(attempt - 1, 20);
    return Duration.ofMillis(Math.min(ms, maxBackoff.toMillis()));
  }

  /**
   * Whether an HTTP status is worth retrying: 408 and 429 (the receiver asks for time) and 5xx. Any other 4xx says
   * the request itself is wrong and will be refused again.
   */
  public static boolean retryable(int status) {
    return status == 408 || status == 429 || status >= 500;
  }
}
