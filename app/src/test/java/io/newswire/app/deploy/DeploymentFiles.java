package io.newswire.app.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The files under docker/, and the metric names their queries use. */
public final class DeploymentFiles {
  public static final Path DOCKER = Path.of("..", "docker");
  private static final Pattern METRIC = Pattern.compile("\\b((?:news|kafka|jvm|process)_[a-z_]+)\\b");
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  static final ObjectMapper JSON = new ObjectMapper();

  private DeploymentFiles() {}

  /** Runs promtool in {@code dir} and fails the test, with its output, unless it exits 0. */
  public static void promtool(Path dir, String... args) throws Exception {
    java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("promtool"));
    command.addAll(java.util.List.of(args));
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    org.junit.jupiter.api.Assertions.assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "promtool did not end");
    org.junit.jupiter.api.Assertions.assertEquals(0, p.exitValue(), String.join(" ", command) + "\n" + output);
  }

  /**
   * Skips the calling test where promtool is not installed, and fails it under CI, where .ci/run installs it: a
   * check of the alert rules must not pass by not running.
   */
  public static void assumePromtool() {
    boolean available = new java.io.File("/usr/bin/promtool").canExecute();
    if (System.getenv("CI") != null) {
      org.junit.jupiter.api.Assertions.assertTrue(available,
          "promtool missing: .ci/run installs the Debian package 'prometheus'");
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(available, "promtool not installed (apt-get install prometheus)");
  }

  public static JsonNode yaml(String relative) throws IOException {
    return YAML.readTree(Files.readString(DOCKER.resolve(relative)));
  }

  public static JsonNode dashboard() throws IOException {
    return JSON.readTree(Files.readString(DOCKER.resolve("grafana/dashboards/newswire.json")));
  }

  /** Every metric family the alert rules and the dashboard query, histogram suffixes removed. */
  public static Set<String> metricsUsed() throws IOException {
    Set<String> names = new TreeSet<>();
    for (JsonNode group : yaml("prometheus/alerts.yml").get("groups")) {
      for (JsonNode rule : group.get("rules")) {
        collect(rule.get("expr").asText(), names);
      }
    }
    for (JsonNode panel : dashboard().get("panels")) {
      for (JsonNode target : panel.get("targets")) {
        collect(target.get("expr").asText(), names);
      }
    }
    return names;
  }

  private static void collect(String expr, Set<String> names) {
    Matcher m = METRIC.matcher(expr);
    while (m.find()) {
      names.add(m.group(1).replaceAll("_(bucket|count|sum)$", ""));
    }
  }
}
