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

  /** What a review of the compose file found missing once, each point held here (no Docker engine runs the file). */
  @Test
  void composeDeploysWhatItSays() throws Exception {
    JsonNode services = DeploymentFiles.yaml("compose.yaml").get("services");
    JsonNode kafka = services.get("kafka");
    assertEquals("apache/kafka:" + org.apache.kafka.common.utils.internals.AppInfoParser.getVersion(),
        kafka.get("image").asText(), "the broker image is the version of the clients");
    String logDirs = kafka.get("environment").get("KAFKA_LOG_DIRS").asText();
    assertTrue(kafka.get("volumes").toString().contains("kafka-data:" + logDirs + "\""), "the data volume holds the logs");
    for (String role : List.of("topics", "ingest", "processor", "sink", "board")) {
      JsonNode service = services.get(role);
      assertTrue(service.has("build"), role + " builds its image instead of pulling newswire:latest");
      if (!role.equals("topics")) {
        String check = service.get("healthcheck").get("test").toString();
        assertTrue(check.contains("/health/live") && check.contains("/health "), role + ": " + check);
      }
    }
    for (JsonNode service : services) {
      for (JsonNode port : service.path("ports")) {
        String hostSide = port.asText().replaceFirst(":\\d+$", ""); // "127.0.0.1:9094:9093" → "127.0.0.1:9094"
        assertTrue(!hostSide.endsWith("9092") && !hostSide.endsWith("9093"),
            "the embedded broker of newswire run listens on that host port: " + port.asText());
      }
    }
    JsonNode receivers = DeploymentFiles.yaml("alertmanager/alertmanager.yml").get("receivers");
    for (JsonNode receiver : receivers) {
      if (!receiver.get("name").asText().equals("null")) {
        assertTrue(receiver.has("webhook_configs") || receiver.has("email_configs"),
            "receiver " + receiver.get("name") + " sends nowhere");
      }
    }
    List<String> ignore = Files.readAllLines(DeploymentFiles.DOCKER.resolve("..").resolve(".dockerignore"));
    assertTrue(ignore.contains("**") && ignore.contains("!app/target/newswire.jar"), ignore.toString());
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
    DeploymentFiles.promtool(prometheus, "check", "rules", "alerts.yml");
    DeploymentFiles.promtool(prometheus, "test", "rules", "alerts.test.yml");
    // the config names the rules at their in-container path; check a copy that points at the file here
    Path dir = Files.createTempDirectory("promtool");
    Files.copy(prometheus.resolve("alerts.yml"), dir.resolve("alerts.yml"));
    Files.writeString(dir.resolve("prometheus.yml"), Files.readString(prometheus.resolve("prometheus.yml"))
        .replace("/etc/prometheus/alerts.yml", "alerts.yml"));
    DeploymentFiles.promtool(dir, "check", "config", "prometheus.yml");
  }
}
