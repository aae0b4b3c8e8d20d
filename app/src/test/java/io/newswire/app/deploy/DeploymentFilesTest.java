package io.newswire.app.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs here, so what can be checked without one is: the compose file parses and every file it
 * mounts or builds from exists; the dashboard loads; promtool accepts the rules, their unit tests and the
 * Prometheus configuration. (That the queries name metrics the application exports is checked against a live
 * scrape in PipelineEndToEndTest.)
 */
class DeploymentFilesTest {

  @Test
  void composeParsesAndReferencesExistingFiles() throws Exception {
    JsonNode compose = DeploymentFiles.yaml("compose.yaml");
    Set<String> expected = Set.of("kafka", "topics", "ingest", "processor", "sink", "board", "prometheus", "alertmanager",
        "grafana");
    List<String> services = new ArrayList<>();
    compose.get("services").fieldNames().forEachRemaining(services::add);
    assertTrue(services.containsAll(expected), services.toString());
    assertTrue(compose.get("services").get("kafka").get("image").asText().startsWith("apache/kafka:"));
    for (JsonNode service : compose.get("services")) {
      for (JsonNode volume : service.path("volumes")) {
        String source = volume.asText().split(":")[0];
        if (source.startsWith("./")) {
          assertTrue(Files.exists(DeploymentFiles.DOCKER.resolve(source)), "mounted file missing: " + source);
        }
      }
      JsonNode build = service.get("build");
      if (build != null) {
        Path context = DeploymentFiles.DOCKER.resolve(build.get("context").asText());
        assertTrue(Files.exists(context.resolve(build.get("dockerfile").asText())), "Dockerfile missing");
      }
    }
    for (String role : List.of("ingest", "processor", "sink", "board")) {
      assertEquals("--bootstrap-servers", compose.get("services").get(role).get("command").get(1).asText(), role);
    }
  }

  @Test
  void dashboardLoadsAndEveryPanelHasAQuery() throws Exception {
    JsonNode dashboard = DeploymentFiles.dashboard();
    assertEquals("newswire", dashboard.get("uid").asText());
    assertTrue(dashboard.get("panels").size() >= 10);
    for (JsonNode panel : dashboard.get("panels")) {
      assertFalse(panel.get("targets").get(0).get("expr").asText().isBlank(), panel.get("title").asText());
    }
    assertFalse(DeploymentFiles.metricsUsed().isEmpty());
  }

  @Test
  void promtoolAcceptsRulesTestsAndConfig() throws Exception {
    DeploymentFiles.assumePromtool();
    Path prometheus = DeploymentFiles.DOCKER.resolve("prometheus");
    run(prometheus, "promtool", "check", "rules", "alerts.yml");
    run(prometheus, "promtool", "test", "rules", "alerts.test.yml");
    // the config names the rules at their in-container path; check a copy that points at the file here
    Path dir = Files.createTempDirectory("promtool");
    Files.copy(prometheus.resolve("alerts.yml"), dir.resolve("alerts.yml"));
    Files.writeString(dir.resolve("prometheus.yml"), Files.readString(prometheus.resolve("prometheus.yml"))
        .replace("/etc/prometheus/alerts.yml", "alerts.yml"));
    run(dir, "promtool", "check", "config", "prometheus.yml");
  }

  private static void run(Path dir, String... command) throws Exception {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), String.join(" ", command) + "\n" + output);
  }
}
