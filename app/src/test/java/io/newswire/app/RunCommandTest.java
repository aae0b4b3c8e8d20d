package io.newswire.app;

import static io.newswire.app.NewswireProcess.awaitBody;
import static io.newswire.app.NewswireProcess.awaitHealthy;
import static io.newswire.app.NewswireProcess.freePort;
import static io.newswire.app.NewswireProcess.get;
import static io.newswire.app.NewswireProcess.start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newswire run} as a user runs it: a separate JVM with the embedded broker, /health answering 200 once
 * ready, /metrics in Prometheus format, a second run on the same data dir refused while the first keeps serving,
 * a stop on SIGTERM that ends, and restarts — after that stop or after a kill -9 — that take their partitions
 * back at once and wipe no store after a clean stop.
 */
class RunCommandTest {
  @Test
  void runStartsServesHealthAndMetricsAndStopsOnSigterm(@TempDir Path dir) throws Exception {
    int metricsPort = freePort();
    int boardPort = freePort();
    Path log = dir.resolve("run.log");
    Process process = start(List.of("run", "--data-dir", dir.resolve("broker").toString(),
        "--set", "embedded.port=" + freePort(), "--set", "embedded.controller.port=" + freePort(),
        "--set", "state.dir=" + dir.resolve("state"), "--metrics-port", Integer.toString(metricsPort),
        "--set", "board.port=" + boardPort), log);
    try {
      String base = "http://127.0.0.1:" + metricsPort;
      HttpResponse<String> health = awaitHealthy(base + "/health", process, log);
      assertEquals(200, health.statusCode(), health.body());
      assertTrue(health.body().contains("UP   kafka"), health.body());
      assertTrue(health.body().contains("UP   ingest: discovery running"), health.body());
      // the news sites cannot be reached from here: each failing source is a WARN line, and the process stays ready
      HttpResponse<String> offline = awaitBody(base + "/health", process, "WARN ingest: source baotintuc failing", log);
      assertEquals(200, offline.statusCode(), offline.body());
      HttpResponse<String> live = get(base + "/health/live");
      assertEquals(200, live.statusCode());
      assertTrue(live.body().contains("UP   live"), live.body());

      HttpResponse<String> board = get("http://127.0.0.1:" + boardPort + "/");
      assertEquals(200, board.statusCode(), "run serves the board");
      assertTrue(board.body().contains("Bảng tin tòa soạn"), board.body());
      assertTrue(board.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
      assertEquals(200, get("http://127.0.0.1:" + boardPort + "/api/stories").statusCode());

      String metrics = get(base + "/metrics").body();
      assertTrue(metrics.contains("jvm_memory_used_bytes"), "JVM meters");
      assertTrue(metrics.contains("process_cpu_usage"), "process meters");
      assertTrue(metrics.contains("kafka_admin_client_connection_count"), "Kafka client meters");

      // a second run on the same data dir, other ports: refused with the owner named, the first untouched
      Path secondLog = dir.resolve("second.log");
      Process second = start(List.of("run", "--data-dir", dir.resolve("broker").toString(),
          "--set", "embedded.port=" + freePort(), "--set", "embedded.controller.port=" + freePort(),
          "--set", "state.dir=" + dir.resolve("state2"), "--metrics-port", Integer.toString(freePort())), secondLog);
      assertTrue(second.waitFor(60, TimeUnit.SECONDS), "the second run did not give up:\n" + Files.readString(secondLog));
      String refusal = Files.readString(secondLog);
      assertEquals(2, second.exitValue(), refusal);
      assertTrue(refusal.contains("in use by another newswire (pid " + process.pid() + ")"), refusal);
      assertEquals(200, get(base + "/health").statusCode(), "the first run keeps serving");

      process.destroy(); // SIGTERM
      // the stop must end (the issue allows 15 s before a halt); this waits for it, it does not time it
      assertTrue(process.waitFor(15, TimeUnit.SECONDS), "still running 15 s after SIGTERM:\n" + Files.readString(log));
      int exit = process.exitValue();
      assertTrue(exit == 0 || exit == 143, "exit status " + exit + "\n" + Files.readString(log));
      String output = Files.readString(log);
      assertTrue(output.contains("newswire stopped"), output);
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void aRestartAfterAStopOrAKillIsAssignedAtOnceAndKeepsItsStores(@TempDir Path dir) throws Exception {
    int metricsPort = freePort();
    List<String> args = List.of("run", "--data-dir", dir.resolve("broker").toString(),
        "--set", "embedded.port=" + freePort(), "--set", "embedded.controller.port=" + freePort(),
        "--set", "state.dir=" + dir.resolve("state"), "--metrics-port", Integer.toString(metricsPort),
        "--set", "board.port=" + freePort(),
        // five minutes: a restart that waited for the previous members' session to lapse would fail the waits below
        "--set", "kafka.session.timeout.ms=300000");
    String health = "http://127.0.0.1:" + metricsPort + "/health";

    Path firstLog = dir.resolve("first.log");
    Process first = start(args, firstLog);
    try {
      awaitHealthy(health, first, firstLog);
      first.destroy(); // SIGTERM: a clean stop
      assertTrue(first.waitFor(15, TimeUnit.SECONDS), "still running 15 s after SIGTERM:\n" + Files.readString(firstLog));
    } finally {
      first.destroyForcibly();
    }

    Path secondLog = dir.resolve("second.log");
    Process second = start(args, secondLog);
    try {
      awaitHealthy(health, second, secondLog);
      String output = Files.readString(secondLog);
      assertTrue(!output.contains("TaskCorruptedException") && !output.contains("wipe out"),
          "a clean stop leaves every store checkpointed:\n" + output);
    } finally {
      second.destroyForcibly(); // SIGKILL: no close, no leave, no checkpoint
      second.waitFor();
    }

    Path thirdLog = dir.resolve("third.log");
    Process third = start(args, thirdLog);
    try {
      awaitHealthy(health, third, thirdLog);
      third.destroy();
      assertTrue(third.waitFor(15, TimeUnit.SECONDS), "still running 15 s after SIGTERM:\n" + Files.readString(thirdLog));
    } finally {
      third.destroyForcibly();
    }
  }

}
