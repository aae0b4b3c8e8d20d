package io.newswire.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches pages the way a well-behaved news crawler does: robots.txt obeyed and cached (with its Crawl-delay
 * up to a cap), one request at a time and a pause between requests per host, conditional GET, compression,
 * timeouts, a size cap, redirects re-checked against the allow-list at each hop, retries with exponential
 * backoff and jitter on 5xx/429/IO errors honouring Retry-After, and a per-host circuit breaker.
 *
 * <p>Two ways in. {@link #attempt} is one turn at a host, for the crawl's shared workers: it never waits, and
 * says when the URL may be tried again and when the host is free. {@link #fetch} runs those turns to an end on
 * the caller's own thread, waiting through {@link Waiting} (for the command line and tests). Both share the
 * hosts' {@link HostSlots}, so politeness holds across them. Time comes from the injected {@link Clock}; only
 * network timeouts are real time, because a socket does not read the crawl's clock.
 */
public final class PoliteFetcher implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PoliteFetcher.class);

  /** What the caller will accept as a body. */
  public enum Kind { HTML, FEED }

  /** What one turn at a host came to; {@link #hostFree()} is when the host may be asked again (null: unchanged). */
  public sealed interface Attempt {
    Instant hostFree();

    /** The URL's fetch has ended: a page, a 304, a refusal or a failure past retrying. */
    record Done(FetchResult result, Instant hostFree) implements Attempt {}

    /** The host sent the URL elsewhere; the new URL is fetched as the next hop. */
    record Redirect(URI to, Instant hostFree) implements Attempt {}

    /**
     * Try the URL again, not before {@code notBefore}: a 5xx, 429, timeout or I/O error ({@code counted}: it used
     * one of the URL's retries), or robots.txt had to be read first (not counted).
     */
    record Again(String reason, int status, Instant notBefore, boolean counted, Instant hostFree) implements Attempt {}
  }

  private final FetchPolicy policy;
  private final HttpExchanges exchanges;
  private final HostGuard guard;
  private final MeterRegistry metrics;
  private final Clock clock;
  private final Waiting waiting;
  private final HostSlots slots;
  private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
  private final RobotsCache robots;
  private final Timer latency;

  public PoliteFetcher(FetchPolicy policy, MeterRegistry metrics) {
    this(policy, metrics, Clock.systemUTC(), Waiting.on(Clock.systemUTC()));
  }

  public PoliteFetcher(FetchPolicy policy, MeterRegistry metrics, Clock clock, Waiting waiting) {
    this.policy = policy;
    this.metrics = metrics;
    this.clock = clock;
    this.waiting = waiting;
    this.slots = new HostSlots(clock, metrics);
    this.guard = new HostGuard(policy.allowedHosts(), policy.allowPrivateAddresses());
    this.robots = new RobotsCache(policy.userAgent(), policy.robotsCacheFor(), metrics, clock);
    this.exchanges = new HttpExchanges(policy, metrics);
    this.latency = Timer.builder("news.fetch.duration").description("Time of one request to a host, headers and body")
        .publishPercentileHistogram().register(metrics);
  }

  /** The hosts' politeness slots, shared with the crawl's queues. */
  public HostSlots slots() {
    return slots;
  }

  public FetchPolicy policy() {
    return policy;
  }

  /** Fetches one URL to an end on the calling thread: every retry and redirect, waiting politely in between. */
  public FetchResult fetch(URI original, Kind kind) {
    try {
      return fetchToTheEnd(original, kind);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new FetchResult.Failed(original, "interrupted", 0, 0);
    }
  }

  private FetchResult fetchToTheEnd(URI original, Kind kind) throws InterruptedException {
    URI url = original;
    int hops = 0;
    int tries = 0;
    int requests = 0;
    while (true) {
      Optional<FetchResult> refused = refusal(url, original, hops > 0);
      if (refused.isPresent()) {
        return refused.get();
      }
      String host = hostOf(url);
      Instant notBefore = slots.take(host);
      if (notBefore == null) {
        return denied(original, "host-not-owned");
      }
      Attempt attempt = null;
      try {
        waiting.until(notBefore);
        if (slots.closed(host)) { // another instance took the host over while this one waited
          return denied(original, "host-not-owned");
        }
        attempt = attempt(url, kind, tries);
      } finally {
        slots.release(host, attempt == null ? null : attempt.hostFree());
      }
      if (attempt instanceof Attempt.Done done) {
        return done.result() instanceof FetchResult.Fetched f
            ? new FetchResult.Fetched(original, f.finalUrl(), f.status(), f.contentType(), f.charset(), f.body(),
                f.etag(), f.lastModified(), requests + 1)
            : done.result();
      } else if (attempt instanceof Attempt.Redirect redirect) {
        requests++;
        hops++;
        tries = 0;
        if (hops > policy.maxRedirects()) {
          return failed(original, "too-many-redirects", 0, requests);
        }
        url = redirect.to();
      } else if (attempt instanceof Attempt.Again again) {
        if (again.counted()) {
          requests++;
          tries++;
        }
        waiting.until(again.notBefore());
      }
    }
  }

  /**
   * A refusal before any request: the scheme or host is not allowed, or the host's circuit is open. Empty when
   * the URL may be asked for.
   */
  public Optional<FetchResult> refusal(URI url, URI original, boolean redirected) {
    Optional<String> refused = guard.refuse(url);
    if (refused.isPresent()) {
      if (refused.get().equals(HostGuard.UNKNOWN_HOST)) {
        // a name that does not resolve is a site we cannot reach, not a policy of ours: the operator's fetch
        // failure ratio (news_fetch_total by status) must see it, or an offline machine looks healthy
        count(hostOf(url), HostGuard.UNKNOWN_HOST);
      }
      return Optional.of(denied(original, redirected ? "redirect-" + refused.get() : refused.get()));
    }
    if (!breaker(hostOf(url)).allowsRequest()) {
      return Optional.of(denied(original, "circuit-open"));
    }
    return Optional.empty();
  }

  /**
   * One turn at the URL's host: at most one request. The caller holds the host's slot (see {@link HostSlots})
   * and its time has come; it hands the slot back with {@link Attempt#hostFree()}.
   *
   * @param tries how many of the URL's tries this hop has used
   */
  public Attempt attempt(URI url, Kind kind, int tries) throws InterruptedException {
    Optional<FetchResult> refused = refusal(url, url, false);
    if (refused.isPresent()) {
      return new Attempt.Done(refused.get(), null);
    }
    String host = hostOf(url);
    BaseRobotRules rules = robots.cached(url);
    if (rules == null) {
      robots.read(url, this::fetchRobots);
      return new Attempt.Again("robots", 0, clock.instant(), false, clock.instant().plus(policy.minDelay()));
    }
    if (!rules.isAllowed(url.toString())) {
      metrics.counter("news.robots", "result", "denied").increment();
      return new Attempt.Done(denied(url, "robots-disallowed"), null);
    }
    metrics.counter("news.robots", "result", "allowed").increment();
    Duration delay = politeDelay(rules);
    CircuitBreaker breaker = breaker(host);
    String reason;
    int status = 0;
    Duration retryAfter = null;
    Instant sent = clock.instant();
    try {
      HttpResponse<InputStream> response = exchanges.send(url);
      status = response.statusCode();
      Instant free = clock.instant().plus(delay);
      if (status == 304) {
        count(host, "304");
        HttpExchanges.consume(response);
        breaker.success();
        metrics.counter("news.fetch.not.modified", "host", host).increment();
        return new Attempt.Done(new FetchResult.NotModified(url), free);
      }
      if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
        count(host, Integer.toString(status));
        HttpExchanges.consume(response);
        breaker.success();
        return new Attempt.Redirect(url.resolve(response.headers().firstValue("Location").get().strip()), free);
      }
      if (status == 429 || status >= 500) {
        count(host, Integer.toString(status));
        HttpExchanges.consume(response);
        reason = Integer.toString(status);
        retryAfter = retryAfter(response.headers()).orElse(null);
        if (retryAfter != null && retryAfter.compareTo(policy.maxBackoff()) > 0) {
          // the server wants longer than we will wait in line: leave the host alone until then
          breaker.openFor(retryAfter);
          return new Attempt.Done(failed(url, "retry-after-too-long", status, tries + 1), clock.instant().plus(retryAfter));
        }
      } else if (status != 200) {
        count(host, Integer.toString(status));
        HttpExchanges.consume(response);
        breaker.success(); // the host answered; the page is just not there
        return new Attempt.Done(failed(url, "status-" + status, status, tries + 1), free);
      } else {
        FetchResult result = exchanges.readBody(url, response, kind, host);
        count(host, "200"); // once, however the body ended; a hanging body is a timeout instead
        if (result instanceof FetchResult.Fetched) {
          breaker.success();
        }
        return new Attempt.Done(result, clock.instant().plus(delay));
      }
    } catch (IOException | TimeoutException e) {
      reason = e instanceof TimeoutException ? "timeout" : "io";
      count(host, reason);
    } finally {
      latency.record(Duration.between(sent, clock.instant()));
    }
    breaker.failure();
    Instant now = clock.instant();
    Instant hostFree = later(now.plus(delay), retryAfter == null ? null : now.plus(retryAfter));
    if (!breaker.allowsRequest()) {
      hostFree = later(hostFree, breaker.openUntil());
    }
    if (tries >= policy.maxRetries() || !breaker.allowsRequest()) {
      return new Attempt.Done(failed(url, "gave-up-after-" + reason, status, tries + 1), hostFree);
    }
    metrics.counter("news.retry", "host", host, "reason", reason).increment();
    Instant again = now.plus(retryAfter != null ? retryAfter : backoff(tries));
    return new Attempt.Again(reason, status, again, true, hostFree);
  }

  private static Instant later(Instant a, Instant b) {
    return b == null || a.isAfter(b) ? a : b;
  }

  /** One request for robots.txt; the caller holds the host's slot. */
  private RobotsCache.Answer fetchRobots(URI robotsUrl)
      throws IOException, TimeoutException, InterruptedException, CappedReader.TooLargeException {
    HttpResponse<InputStream> response = exchanges.send(robotsUrl);
    if (response.statusCode() != 200) {
      HttpExchanges.consume(response);
      return new RobotsCache.Answer(response.statusCode(), null);
    }
    try (InputStream in = HttpExchanges.decoded(response.body(), response.headers())) {
      return new RobotsCache.Answer(200, CappedReader.read(in, 512 * 1024,
          System.nanoTime() + policy.readTimeout().toNanos()));
    }
  }

  private Duration politeDelay(BaseRobotRules rules) {
    long crawlDelay = rules.getCrawlDelay();
    if (crawlDelay == BaseRobotRules.UNSET_CRAWL_DELAY || crawlDelay <= 0) {
      return policy.minDelay();
    }
    Duration asked = Duration.ofMillis(crawlDelay);
    if (asked.compareTo(policy.maxCrawlDelay()) > 0) {
      asked = policy.maxCrawlDelay();
    }
    return asked.compareTo(policy.minDelay()) > 0 ? asked : policy.minDelay();
  }

  private Duration backoff(int tryNo) {
    long base = policy.baseBackoff().toMillis() << Math.min(tryNo, 16);
    long capped = Math.min(base, policy.maxBackoff().toMillis());
    long jitter = ThreadLocalRandom.current().nextLong(Math.max(1, capped / 2 + 1));
    return Duration.ofMillis(capped / 2 + jitter); // "equal jitter": between half and all of the backoff
  }

  private Optional<Duration> retryAfter(HttpHeaders headers) {
    Optional<String> value = headers.firstValue("Retry-After").map(String::strip);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.get()))));
    } catch (NumberFormatException e) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(value.get(), DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration d = Duration.between(clock.instant(), at.toInstant());
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
      } catch (RuntimeException e2) {
        return Optional.empty();
      }
    }
  }

  private CircuitBreaker breaker(String host) {
    return breakers.computeIfAbsent(host, h -> {
      CircuitBreaker b = new CircuitBreaker(policy.breakerFailures(), policy.breakerWindow(), policy.breakerOpenFor(), clock);
      Gauge.builder("news.circuit.state", b, cb -> cb.state().ordinal()).tag("host", h)
          .description("Circuit breaker per host: 0 closed, 1 half-open, 2 open").register(metrics);
      return b;
    });
  }

  private void count(String host, String status) {
    fetchCounter(metrics, host, status).increment();
  }

  /** The counter of requests to a host that ended with a status (an HTTP code, io, timeout, unknown-host). */
  public static Counter fetchCounter(MeterRegistry metrics, String host, String status) {
    return Counter.builder("news.fetch").description("Fetches by host and HTTP status (or io/timeout/unknown-host)")
        .tag("host", host).tag("status", status).register(metrics);
  }

  private FetchResult denied(URI url, String reason) {
    metrics.counter("news.fetch.denied", "reason", reason).increment();
    log.debug("not fetching {}: {}", url, reason);
    return new FetchResult.Denied(url, reason);
  }

  private static FetchResult failed(URI url, String reason, int status, int attempts) {
    return new FetchResult.Failed(url, reason, status, attempts);
  }

  /** A host as politeness sees it: name and port, lower-case. */
  public static String hostOf(URI url) {
    return url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT)
        + (url.getPort() > 0 ? ":" + url.getPort() : "");
  }

  @Override
  public void close() {
    // HttpClient on Java 17 has no close(); its threads are daemons
  }
}
