package io.newswire.app.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** /health is readiness with warnings that do not fail it; /health/live is liveness. */
class OpsServerTest {
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(OpsServer ops, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ops.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HealthCheck check(String name, HealthCheck.Result result) {
    return new HealthCheck() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Result check() {
        return result;
      }
    };
  }

  @Test
  void warningsAreShownWithoutMakingTheProcessUnready() throws Exception {
    try (OpsServer ops = OpsServer.start("127.0.0.1", 0, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))) {
      ops.register(check("ingest", HealthCheck.Result.up("discovery running")
          .withWarnings(List.of("source example failing: feed: unknown host (last success: never)"))));
      HttpResponse<String> health = get(ops, "/health");
      assertEquals(200, health.statusCode(), health.body());
      assertTrue(health.body().contains("WARN ingest: source example failing: feed: unknown host"), health.body());

      ops.register(check("processor", HealthCheck.Result.down("Kafka Streams REBALANCING")));
      assertEquals(503, get(ops, "/health").statusCode(), "a role that is down makes the process unready");
      HttpResponse<String> live = get(ops, "/health/live");
      assertEquals(200, live.statusCode(), "but the process is alive");
      assertTrue(live.body().startsWith("UP   live"), live.body());
    }
  }
}
