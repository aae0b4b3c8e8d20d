package io.newswire.ingest.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local web server for ingest tests: serves fixture pages, feeds, sitemaps and robots.txt, and misbehaves on
 * demand. It records every request (path, arrival time on the given clock) and the highest number served at once.
 */
public final class FixtureServer implements AutoCloseable {
  public record Hit(String path, long atNanos, Map<String, List<String>> headers) {}

  private final HttpServer server;
  private final Clock clock;
  private final List<Hit> hits = new CopyOnWriteArrayList<>();
  private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();

  public FixtureServer() throws IOException {
    this(Clock.systemUTC());
  }

  /** Records each request's arrival on {@code clock}: a test's manual clock, so gaps are in the crawl's time. */
  public FixtureServer(Clock clock) throws IOException {
    this.clock = clock;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "fixture-server");
      t.setDaemon(true);
      return t;
    }));
    server.createContext("/", this::dispatch);
    server.start();
  }

  public URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  public String host() {
    return "127.0.0.1";
  }

  public FixtureServer route(String path, HttpHandler handler) {
    routes.put(path, handler);
    return this;
  }

  public FixtureServer page(String path, String contentType, String body) {
    return route(path, ex -> send(ex, 200, contentType, body.getBytes(StandardCharsets.UTF_8)));
  }

  public List<Hit> hits() {
    return List.copyOf(hits);
  }

  public List<Hit> hits(String path) {
    return hits.stream().filter(h -> h.path().equals(path)).toList();
  }

  public int maxConcurrent() {
    return maxInFlight.get();
  }

  private void dispatch(HttpExchange exchange) throws IOException {
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
    String path = exchange.getRequestURI().getPath();
    Instant at = clock.instant();
    hits.add(new Hit(path, at.getEpochSecond() * 1_000_000_000L + at.getNano(), Map.copyOf(exchange.getRequestHeaders())));
    try {
      HttpHandler handler = routes.get(path);
      if (handler == null) {
        send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
      } else {
        handler.handle(exchange);
      }
    } catch (IOException e) {
      // the client gave up (timeouts under test); nothing to do
    } finally {
      inFlight.decrementAndGet();
      exchange.close();
    }
  }

  public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    if (contentType != null) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
