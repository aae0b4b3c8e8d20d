package io.newswire.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches pages the way a well-behaved news crawler does: robots.txt obeyed and cached (with its Crawl-delay
 * up to a cap), one request at a time and a pause between requests per host, conditional GET, compression,
 * timeouts, a size cap, redirects followed by hand (each hop re-checked against the allow-list), retries with
 * exponential backoff and jitter on 5xx/429/IO errors honouring Retry-After, and a per-host circuit breaker.
 *
 * <p>Thread-safe: many threads may fetch at once; hosts never see more than one request at a time.
 */
public final class PoliteFetcher implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PoliteFetcher.class);

  /** What the caller will accept as a body. */
  public enum Kind { HTML, FEED }

  private final FetchPolicy policy;
  private final HttpClient http;
  private final HostGuard guard;
  private final MeterRegistry metrics;
  private final Clock clock;
  private final Map<String, HostThrottle> throttles = new ConcurrentHashMap<>();
  private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
  private final RobotsCache robots;
  private final Map<URI, Validators> validators = new ConcurrentHashMap<>();
  private final Timer latency;

  private record Validators(String etag, String lastModified) {}

  public PoliteFetcher(FetchPolicy policy, MeterRegistry metrics) {
    this.policy = policy;
    this.metrics = metrics;
    this.clock = Clock.systemUTC();
    this.guard = new HostGuard(policy.allowedHosts(), policy.allowPrivateAddresses());
    this.robots = new RobotsCache(policy.userAgent(), policy.robotsCacheFor(), metrics);
    this.http = HttpClient.newBuilder().connectTimeout(policy.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    this.latency = Timer.builder("news.fetch.duration").description("Time to fetch one URL, retries included")
        .publishPercentileHistogram().register(metrics);
  }

  public FetchResult fetch(URI url, Kind kind) {
    long started = System.nanoTime();
    try {
      return fetchFollowingRedirects(url, kind);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new FetchResult.Failed(url, "interrupted", 0, 0);
    } finally {
      latency.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }
  }

  private FetchResult fetchFollowingRedirects(URI original, Kind kind) throws InterruptedException {
    URI url = original;
    int attempts = 0;
    for (int hop = 0; hop <= policy.maxRedirects(); hop++) {
      Optional<String> refused = guard.refuse(url);
      if (refused.isPresent()) {
        return denied(original, hop == 0 ? refused.get() : "redirect-" + refused.get());
      }
      String host = hostOf(url);
      CircuitBreaker breaker = breaker(host);
      if (!breaker.allowsRequest()) {
        return denied(original, "circuit-open");
      }
      BaseRobotRules rules = robotsFor(url);
      if (!rules.isAllowed(url.toString())) {
        metrics.counter("news.robots", "result", "denied").increment();
        return denied(original, "robots-disallowed");
      }
      metrics.counter("news.robots", "result", "allowed").increment();
      Attempt attempt = fetchWithRetries(url, kind, rules, breaker);
      attempts += attempt.tries;
      if (attempt.redirectTo == null) {
        return attempt.result instanceof FetchResult.Fetched f
            ? new FetchResult.Fetched(original, f.finalUrl(), f.status(), f.contentType(), f.charset(), f.body(),
                f.etag(), f.lastModified(), attempts)
            : attempt.result;
      }
      url = attempt.redirectTo;
    }
    return failed(original, "too-many-redirects", 0, attempts);
  }

  private static final class Attempt {
    FetchResult result;
    URI redirectTo;
    int tries;
  }

  private Attempt fetchWithRetries(URI url, Kind kind, BaseRobotRules rules, CircuitBreaker breaker)
      throws InterruptedException {
    String host = hostOf(url);
    HostThrottle throttle = throttle(host);
    Duration delay = politeDelay(rules);
    Attempt attempt = new Attempt();
    for (int tryNo = 0; tryNo <= policy.maxRetries(); tryNo++) {
      attempt.tries++;
      Duration backoff = null;
      String retryReason;
      throttle.acquire();
      try {
        HttpResponse<InputStream> response = send(url);
        int status = response.statusCode();
        count(host, Integer.toString(status));
        if (status == 304) {
          consume(response);
          breaker.success();
          metrics.counter("news.fetch.not.modified", "host", host).increment();
          attempt.result = new FetchResult.NotModified(url);
          return attempt;
        }
        if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
          consume(response);
          breaker.success();
          attempt.redirectTo = url.resolve(response.headers().firstValue("Location").get().strip());
          return attempt;
        }
        if (status == 429 || status >= 500) {
          consume(response);
          retryReason = Integer.toString(status);
          backoff = retryAfter(response.headers()).orElse(null);
          if (backoff != null && backoff.compareTo(policy.maxBackoff()) > 0) {
            // the server wants longer than we will wait in line: leave the host alone until then
            breaker.openFor(backoff);
            throttle.deferBy(backoff);
            attempt.result = failed(url, "retry-after-too-long", status, attempt.tries);
            return attempt;
          }
          if (backoff != null) {
            throttle.deferBy(backoff);
          }
        } else if (status != 200) {
          consume(response);
          breaker.success(); // the host answered; the page is just not there
          attempt.result = failed(url, "status-" + status, status, attempt.tries);
          return attempt;
        } else {
          attempt.result = readBody(url, response, kind, host);
          if (attempt.result instanceof FetchResult.Fetched) {
            breaker.success();
          }
          return attempt;
        }
      } catch (IOException | TimeoutException e) {
        retryReason = e instanceof TimeoutException ? "timeout" : "io";
        count(host, retryReason);
      } finally {
        throttle.release(delay);
      }
      breaker.failure();
      if (tryNo == policy.maxRetries() || !breaker.allowsRequest()) {
        attempt.result = failed(url, "gave-up-after-" + retryReason, 0, attempt.tries);
        return attempt;
      }
      metrics.counter("news.retry", "host", host, "reason", retryReason).increment();
      Thread.sleep((backoff != null ? backoff : backoff(tryNo)).toMillis());
    }
    attempt.result = failed(url, "gave-up", 0, attempt.tries);
    return attempt;
  }

  private HttpResponse<InputStream> send(URI url) throws IOException, TimeoutException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(url).GET().timeout(policy.readTimeout())
        .header("User-Agent", policy.userAgent())
        .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
        .header("Accept-Encoding", "gzip, deflate")
        .header("Accept-Language", "vi,en;q=0.5");
    Validators v = validators.get(url);
    if (v != null) {
      if (v.etag != null) {
        request.header("If-None-Match", v.etag);
      }
      if (v.lastModified != null) {
        request.header("If-Modified-Since", v.lastModified);
      }
    }
    try {
      return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream())
          .get(policy.readTimeout().toMillis() + policy.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof java.net.http.HttpTimeoutException) {
        throw new TimeoutException(cause.getMessage());
      }
      throw cause instanceof IOException io ? io : new IOException(cause);
    }
  }

  private FetchResult readBody(URI url, HttpResponse<InputStream> response, Kind kind, String host)
      throws IOException, TimeoutException, InterruptedException {
    String contentType = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    if (!acceptable(contentType, kind)) {
      consume(response);
      return failed(url, "unsupported-content-type:" + (contentType.isEmpty() ? "none" : contentType.split(";")[0]),
          200, 1);
    }
    long deadline = System.nanoTime() + policy.readTimeout().toNanos();
    byte[] body;
    try (InputStream raw = response.body()) {
      InputStream in = decoded(raw, response.headers());
      body = CappedReader.read(in, policy.maxBytes(), deadline);
    } catch (CappedReader.TooLargeException e) {
      return failed(url, "too-large", 200, 1);
    }
    metrics.counter("news.fetch.bytes", "host", host).increment(body.length);
    if (kind == Kind.HTML && Sniffer.looksBinary(body)) {
      return failed(url, "binary-content", 200, 1);
    }
    String etag = response.headers().firstValue("ETag").orElse(null);
    String lastModified = response.headers().firstValue("Last-Modified").orElse(null);
    if (etag != null || lastModified != null) {
      validators.put(url, new Validators(etag, lastModified));
    }
    return new FetchResult.Fetched(url, response.uri(), 200, contentType, Sniffer.charset(contentType, body), body,
        etag, lastModified, 1);
  }

  private static boolean acceptable(String contentType, Kind kind) {
    if (contentType.isEmpty()) {
      return true; // sniffed below
    }
    boolean html = contentType.startsWith("text/html") || contentType.startsWith("application/xhtml");
    boolean xml = contentType.contains("xml") || contentType.startsWith("text/plain");
    return kind == Kind.HTML ? html : xml || html;
  }

  private static InputStream decoded(InputStream raw, HttpHeaders headers) throws IOException {
    String encoding = headers.firstValue("Content-Encoding").orElse("").toLowerCase(Locale.ROOT).strip();
    return switch (encoding) {
      case "gzip", "x-gzip" -> new GZIPInputStream(raw);
      case "deflate" -> new InflaterInputStream(raw);
      default -> raw;
    };
  }

  private static void consume(HttpResponse<InputStream> response) {
    try (InputStream in = response.body()) {
      in.skipNBytes(0);
    } catch (IOException e) {
      // closing is all we wanted
    }
  }

  private BaseRobotRules robotsFor(URI url) throws InterruptedException {
    return robots.rulesFor(url, robotsUrl -> {
      HostThrottle throttle = throttle(hostOf(url));
      throttle.acquire();
      try {
        HttpResponse<InputStream> response = send(robotsUrl);
        if (response.statusCode() != 200) {
          consume(response);
          return new RobotsCache.Answer(response.statusCode(), null);
        }
        try (InputStream in = decoded(response.body(), response.headers())) {
          return new RobotsCache.Answer(200, CappedReader.read(in, 512 * 1024,
              System.nanoTime() + policy.readTimeout().toNanos()));
        }
      } finally {
        throttle.release(policy.minDelay());
      }
    });
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

  private HostThrottle throttle(String host) {
    return throttles.computeIfAbsent(host, h -> {
      HostThrottle t = new HostThrottle();
      Gauge.builder("news.host.queue.depth", t, HostThrottle::waiting).tag("host", h)
          .description("Requests waiting for this host's politeness slot").register(metrics);
      return t;
    });
  }

  private CircuitBreaker breaker(String host) {
    return breakers.computeIfAbsent(host, h -> {
      CircuitBreaker b = new CircuitBreaker(policy.breakerFailures(), policy.breakerOpenFor(), clock);
      Gauge.builder("news.circuit.state", b, cb -> cb.state().ordinal()).tag("host", h)
          .description("Circuit breaker per host: 0 closed, 1 half-open, 2 open").register(metrics);
      return b;
    });
  }

  private void count(String host, String status) {
    Counter.builder("news.fetch").description("Fetches by host and HTTP status (or io/timeout)")
        .tag("host", host).tag("status", status).register(metrics).increment();
  }

  private FetchResult denied(URI url, String reason) {
    metrics.counter("news.fetch.denied", "reason", reason).increment();
    log.debug("not fetching {}: {}", url, reason);
    return new FetchResult.Denied(url, reason);
  }

  private static FetchResult failed(URI url, String reason, int status, int attempts) {
    return new FetchResult.Failed(url, reason, status, attempts);
  }

  private static String hostOf(URI url) {
    return url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT)
        + (url.getPort() > 0 ? ":" + url.getPort() : "");
  }

  @Override
  public void close() {
    // HttpClient on Java 17 has no close(); its threads are daemons
  }
}
