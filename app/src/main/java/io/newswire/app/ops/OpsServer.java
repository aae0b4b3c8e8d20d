package io.newswire.app.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@code /metrics} in Prometheus text format; {@code /health}, the readiness of this process, which
 * answers 200 only when every registered {@link HealthCheck} passes (503 otherwise, with one line per check and a
 * {@code WARN} line per warning either way); and {@code /health/live}, liveness: 200 unless the JVM's threads
 * are deadlocked, for an orchestrator to restart a wedged process (readiness failing only takes it out of service).
 */
public final class OpsServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(OpsServer.class);

  private final HttpServer server;
  private final ExecutorService executor;
  private final PrometheusMeterRegistry registry;
  private final List<HealthCheck> checks = new CopyOnWriteArrayList<>();

  private OpsServer(HttpServer server, ExecutorService executor, PrometheusMeterRegistry registry) {
    this.server = server;
    this.executor = executor;
    this.registry = registry;
  }

  public static OpsServer start(String host, int port, PrometheusMeterRegistry registry) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(host, port), 16);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serve metrics on " + host + ":" + port + " (" + e.getMessage()
          + "; set metrics.port, or metrics.enabled=false)", e);
    }
    ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "newswire-ops-http");
      t.setDaemon(true);
      return t;
    });
    OpsServer ops = new OpsServer(server, executor, registry);
    server.createContext("/metrics", ops::metrics);
    server.createContext("/health", ops::health);
    server.createContext("/health/live", ops::live);
    server.setExecutor(executor);
    server.start();
    log.info("serving /metrics and /health on http://{}:{}", host, ops.port());
    return ops;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public void register(HealthCheck check) {
    checks.add(check);
  }

  private void metrics(HttpExchange exchange) throws IOException {
    respond(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape());
  }

  private void health(HttpExchange exchange) throws IOException {
    StringBuilder body = new StringBuilder();
    boolean healthy = !checks.isEmpty();
    for (HealthCheck check : checks) {
      HealthCheck.Result result;
      try {
        result = check.check();
      } catch (RuntimeException e) {
        result = HealthCheck.Result.down(e.getClass().getSimpleName() + ": " + e.getMessage());
      }
      healthy &= result.healthy();
      body.append(result.healthy() ? "UP   " : "DOWN ").append(check.name()).append(": ")
          .append(result.detail()).append('\n');
      result.warnings().forEach(w -> body.append("WARN ").append(check.name()).append(": ").append(w).append('\n'));
    }
    if (checks.isEmpty()) {
      body.append("DOWN starting: no role registered yet\n");
    }
    respond(exchange, healthy ? 200 : 503, "text/plain; charset=utf-8", body.toString());
  }

  private void live(HttpExchange exchange) throws IOException {
    long[] deadlocked = java.lang.management.ManagementFactory.getThreadMXBean().findDeadlockedThreads();
    if (deadlocked == null) {
      respond(exchange, 200, "text/plain; charset=utf-8", "UP   live: no deadlocked threads\n");
    } else {
      respond(exchange, 503, "text/plain; charset=utf-8", "DOWN live: " + deadlocked.length + " deadlocked thread(s)\n");
    }
  }

  private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
