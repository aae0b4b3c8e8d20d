package io.newswire.app.ingest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newswire.app.TestBroker;
import io.newswire.app.broker.EmbeddedBroker;
import io.newswire.app.config.NewswireConfig;
import io.newswire.app.deploy.DeploymentFiles;
import io.newswire.app.roles.IngestRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest on a machine that cannot reach its site: the failures are counted where the operator's alerts look, and
 * the alerts' own expressions, fed the series ingest exports, fire. The site's name ends in {@code .invalid}, which
 * never resolves (RFC 2606), so the test behaves the same with or without a network.
 */
class UnreachableSourceAlertTest {
  private static final Pattern SAMPLE = Pattern.compile("^(news_\\w+)\\{([^}]*)} ([0-9.E+-]+)$", Pattern.MULTILINE);

  @TempDir
  Path dir;

  @Test
  void anUnreachableSiteIsCountedAndItsAlertsFire() throws Exception {
    Path sources = dir.resolve("sources.json");
    Files.writeString(sources, """
        [{"id": "offline", "name": "unreachable", "hosts": ["offline.newswire.invalid"], "extractor": "generic",
          "articleUrlPattern": "^https://offline\\\\.newswire\\\\.invalid/.+$",
          "feeds": ["https://offline.newswire.invalid/rss"], "feedInterval": "1s"},
         {"id": "baotintuc", "enabled": false, "articleUrlPattern": "x"},
         {"id": "vietnamplus", "enabled": false, "articleUrlPattern": "x"}]
        """);
    NewswireConfig config = NewswireConfig.defaults().with("ingest.sources.file", sources.toString())
        .with("state.dir", dir.resolve("state").toString());
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    try (EmbeddedBroker broker = TestBroker.withTopics(dir.resolve("broker"));
         IngestRole ingest = IngestRole.start(config, TestBroker.client(broker), registry)) {
      // at start-up, before any request: the source's and host's series exist, at zero
      String first = registry.scrape();
      assertEquals(0.0, value(first, "news_articles_produced_total", "source=\"offline\""), first);
      assertEquals(0.0, value(first, "news_discovered_total", "source=\"offline\""), first);
      // a failure counted per discovery round, rising, with its reason
      await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
          value(registry.scrape(), "news_discovery_failures_total", "reason=\"unknown-host\"") >= 2);
      String scraped = registry.scrape();
      assertTrue(value(scraped, "news_fetch_total", "status=\"unknown-host\"") >= 2, scraped);
      assertTrue(ingest.service().discoveryFailures() >= 2, "the summary line's count");
      alertsFireOn(scraped);
    }
  }

  /**
   * promtool's rule tests, fed every news_ series of the scrape as a counter growing by its scraped value each
   * minute: what Prometheus would see from this ingest for 45 minutes. The failing host's alert and the stalled
   * ingest's alert must fire.
   */
  private void alertsFireOn(String scraped) throws Exception {
    DeploymentFiles.assumePromtool();
    StringBuilder series = new StringBuilder();
    String host = null;
    Matcher m = SAMPLE.matcher(scraped);
    while (m.find()) {
      if (!m.group(1).endsWith("_total")) {
        continue;
      }
      long perMinute = Math.round(Double.parseDouble(m.group(3)));
      series.append("      - series: '").append(m.group(1)).append('{').append(m.group(2)).append("}'\n")
          .append("        values: '0+").append(perMinute).append("x45'\n");
      Matcher h = Pattern.compile("host=\"([^\"]+)\"").matcher(m.group(2));
      if (m.group(1).equals("news_fetch_total") && m.group(2).contains("unknown-host") && h.find()) {
        host = h.group(1);
      }
    }
    assertTrue(host != null, scraped);
    Path rules = Files.createTempDirectory(dir, "promtool");
    Files.copy(DeploymentFiles.DOCKER.resolve("prometheus").resolve("alerts.yml"), rules.resolve("alerts.yml"));
    Files.writeString(rules.resolve("offline.test.yml"), """
        rule_files:
          - alerts.yml
        evaluation_interval: 1m
        tests:
          - interval: 1m
            input_series:
        %s    alert_rule_test:
              - eval_time: 35m
                alertname: NewsSourceErroring
                exp_alerts:
                  - exp_labels: {severity: warning, host: "%s"}
                    exp_annotations:
                      summary: A news site is failing most of our requests.
                      description: "%s failed 100%% of requests (5xx, I/O, timeouts or a name that does not resolve) over 15 minutes."
              - eval_time: 45m
                alertname: NewsIngestStalled
                exp_alerts:
                  - exp_labels: {severity: warning}
                    exp_annotations:
                      summary: No article has been ingested for 30 minutes.
                      description: "Ingest published no article to news.pages.raw in the last 30 minutes (instance ). The national wire publishes around the clock; check discovery failures and host status codes."
        """.formatted(series.toString().indent(4), host, host));
    DeploymentFiles.promtool(rules, "test", "rules", "offline.test.yml");
  }

  /** The sum of a metric's samples whose labels contain {@code labelPart}; -1 when there is none. */
  private static double value(String scraped, String metric, String labelPart) {
    Map<String, Double> found = new LinkedHashMap<>();
    Matcher m = SAMPLE.matcher(scraped);
    while (m.find()) {
      if (m.group(1).equals(metric) && m.group(2).contains(labelPart)) {
        found.put(m.group(2), Double.parseDouble(m.group(3)));
      }
    }
    return found.isEmpty() ? -1 : found.values().stream().mapToDouble(Double::doubleValue).sum();
  }
}
