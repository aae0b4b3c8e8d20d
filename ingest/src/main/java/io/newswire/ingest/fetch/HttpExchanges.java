package io.newswire.ingest.fetch;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * One HTTP exchange as the crawler makes it: its headers (User-Agent, Accept, compression, language), the
 * validators of the last answer for a conditional GET, redirects left to the caller, and a body read within the
 * size cap and one deadline, decompressed and checked for binary content. Politeness is the caller's.
 */
final class HttpExchanges {
  private final FetchPolicy policy;
  private final MeterRegistry metrics;
  private final HttpClient http;
  private final Map<URI, Validators> validators = new ConcurrentHashMap<>();

  private record Validators(String etag, String lastModified) {}

  HttpExchanges(FetchPolicy policy, MeterRegistry metrics) {
    this.policy = policy;
    this.metrics = metrics;
    this.http = HttpClient.newBuilder().connectTimeout(policy.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
  }

  HttpResponse<InputStream> send(URI url) throws IOException, TimeoutException, InterruptedException {
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

  /**
   * Reads a 200's body within the size cap and the read deadline. Every way it ends without an exception is one
   * fetch with status 200 for {@code news_fetch_total}; a body that hangs ends in a {@link TimeoutException}.
   */
  FetchResult readBody(URI url, HttpResponse<InputStream> response, PoliteFetcher.Kind kind, String host)
      throws IOException, TimeoutException, InterruptedException {
    String contentType = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    if (!acceptable(contentType, kind)) {
      consume(response);
      return failed(url, "unsupported-content-type:" + (contentType.isEmpty() ? "none" : contentType.split(";")[0]),
          200, 1);
    }
    // a socket's deadline is real time, whatever clock the crawl runs on
    long deadline = System.nanoTime() + policy.readTimeout().toNanos();
    byte[] body;
    try (InputStream raw = response.body()) {
      InputStream in = decoded(raw, response.headers());
      body = CappedReader.read(in, policy.maxBytes(), deadline);
    } catch (CappedReader.TooLargeException e) {
      return failed(url, "too-large", 200, 1);
    }
    metrics.counter("news.fetch.bytes", "host", host).increment(body.length);
    if (kind == PoliteFetcher.Kind.HTML && Sniffer.looksBinary(body)) {
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

  private static boolean acceptable(String contentType, PoliteFetcher.Kind kind) {
    if (contentType.isEmpty()) {
      return true; // sniffed below
    }
    boolean html = contentType.startsWith("text/html") || contentType.startsWith("application/xhtml");
    boolean xml = contentType.contains("xml") || contentType.startsWith("text/plain");
    return kind == PoliteFetcher.Kind.HTML ? html : xml || html;
  }

  static InputStream decoded(InputStream raw, HttpHeaders headers) throws IOException {
    String encoding = headers.firstValue("Content-Encoding").orElse("").toLowerCase(Locale.ROOT).strip();
    return switch (encoding) {
      case "gzip", "x-gzip" -> new GZIPInputStream(raw);
      case "deflate" -> new InflaterInputStream(raw);
      default -> raw;
    };
  }

  static void consume(HttpResponse<InputStream> response) {
    try (InputStream in = response.body()) {
      in.skipNBytes(0);
    } catch (IOException e) {
      // closing is all we wanted
    }
  }

  private static FetchResult failed(URI url, String reason, int status, int attempts) {
    return new FetchResult.Failed(url, reason, status, attempts);
  }
}
