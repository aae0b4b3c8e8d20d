package io.newswire.app;

import static io.newswire.app.NewswireProcess.awaitHealthy;
import static io.newswire.app.NewswireProcess.awaitLogged;
import static io.newswire.app.NewswireProcess.freePort;
import static io.newswire.app.NewswireProcess.start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every stop ends, as an operator sends it to a real process: SIGTERM while the pipeline is still starting, and a
 * second SIGTERM on top; a stop that outlives {@code shutdown.timeout}, which halts with exit status 3; SIGTERM in
 * the middle of a replay, which still removes its temporary broker. Each waits for the process to end (15 s is the
 * issue's bound before a halt, not a measure of speed) and then checks the state the next start finds.
 */
class StopSignalTest {

  private static List<String> runArgs(Path dir, int metricsPort, String... more) throws Exception {
    List<String> args = new ArrayList<>(List.of("run", "--data-dir", dir.resolve("broker").toString(),
        "--set", "embedded.port=" + freePort(), "--set", "embedded.controller.port=" + freePort(),
        "--set", "state.dir=" + dir.resolve("state"), "--metrics-port", Integer.toString(metricsPort),
        "--set", "board.port=" + freePort()));
    args.addAll(List.of(more));
    return args;
  }

  private static void assertEnds(Process process, Path log) throws Exception {
    assertTrue(process.waitFor(15, TimeUnit.SECONDS), "still running 15 s after SIGTERM:\n" + Files.readString(log));
  }

  @Test
  void sigtermWhileStartingAndASecondOneStillEndInACleanStop(@TempDir Path dir) throws Exception {
    int metricsPort = freePort();
    Path log = dir.resolve("first.log");
    Process first = start(runArgs(dir, metricsPort), log);
    try {
      awaitLogged(first, log, "embedded Kafka broker ready"); // the roles are still starting
      first.destroy();
      first.destroy(); // an impatient operator: the second signal changes nothing
      assertEnds(first, log);
      assertEquals(143, first.exitValue(), "128 + SIGTERM after a clean stop\n" + Files.readString(log));
    } finally {
      first.destroyForcibly();
    }
    Path again = dir.resolve("second.log");
    Process second = start(runArgs(dir, metricsPort), again);
    try {
      awaitHealthy("http://127.0.0.1:" + metricsPort + "/health", second, again);
      String output = Files.readString(again);
      assertTrue(!output.contains("TaskCorruptedException") && !output.contains("wipe out"), output);
    } finally {
      second.destroyForcibly();
      second.waitFor();
    }
  }

  @Test
  void aStopThatOutlivesShutdownTimeoutHaltsAndTheNextStartIsHealthy(@TempDir Path dir) throws Exception {
    int metricsPort = freePort();
    String health = "http://127.0.0.1:" + metricsPort + "/health";
    Path log = dir.resolve("first.log");
    // a deadline no close can keep: the halt path, as a stalled broker shutdown would take it
    Process first = start(runArgs(dir, metricsPort, "--set", "shutdown.timeout=1ms"), log);
    try {
      awaitHealthy(health, first, log);
      first.destroy();
      assertEnds(first, log);
      assertEquals(3, first.exitValue(), Files.readString(log));
      assertTrue(Files.readString(log).contains("halting with exit status 3"), Files.readString(log));
    } finally {
      first.destroyForcibly();
    }
    Path again = dir.resolve("second.log");
    Process second = start(runArgs(dir, metricsPort), again);
    try {
      awaitHealthy(health, second, again); // recovered like after a kill -9: nothing was left half-written
    } finally {
      second.destroyForcibly();
      second.waitFor();
    }
  }

  @Test
  void sigtermDuringAReplayEndsAndRemovesItsTemporaryBroker(@TempDir Path dir) throws Exception {
    Path warc = ExtractAndReplayCommandTest.fixtureWarc(dir);
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Path log = dir.resolve("replay.log");
    Process replay = start(List.of("replay", "--warc", warc.toString(), "--out", dir.resolve("out").toString()), log,
        "-Djava.io.tmpdir=" + tmp);
    try {
      awaitLogged(replay, log, "newswire running"); // the replay's processor and sink are up, the pages not through
      replay.destroy();
      assertEnds(replay, log);
      try (var left = Files.list(tmp)) {
        List<String> names = left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("newswire-replay-")).toList();
        assertTrue(names.isEmpty(), "left behind: " + names + "\n" + Files.readString(log));
      }
    } finally {
      replay.destroyForcibly();
    }
  }
}
