package io.newswire.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class NewswireCliTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Newswire.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void helpListsEverySubcommand() {
    assertEquals(0, run("--help"));
    for (String command : List.of("run", "ingest", "process", "sink", "board", "topics", "extract", "enrich", "replay",
        "eval-text", "tail")) {
      assertTrue(out.toString().contains("\n  " + command + " "), command + " missing from:\n" + out);
    }
  }

  @Test
  void everySubcommandHasHelp() {
    for (String command : List.of("run", "ingest", "process", "sink", "board", "topics", "extract", "enrich", "replay",
        "eval-text", "tail")) {
      assertEquals(0, run(command, "--help"), command);
      assertTrue(out.toString().contains("Usage: newswire " + command), command);
    }
  }

  @Test
  void unknownOptionExitsTwoWithOneLine() {
    assertEquals(2, run("--frobnicate"));
    assertEquals(1, err.toString().strip().lines().count(), err.toString());
    assertTrue(err.toString().startsWith("newswire: Unknown option: '--frobnicate'"), err.toString());
  }

  @Test
  void unknownSubcommandOptionNamesTheSubcommand() {
    assertEquals(2, run("topics", "--nope"));
    assertTrue(err.toString().startsWith("newswire topics: Unknown option"), err.toString());
  }

  @Test
  void unknownSettingExitsTwoWithOneLine() {
    assertEquals(2, run("topics", "--set", "bootstrap.server=x:1"));
    assertEquals(1, err.toString().strip().lines().count(), err.toString());
    assertTrue(err.toString().contains("unknown setting 'bootstrap.server'"), err.toString());
  }

  @Test
  void topicsWithoutAClusterSaysWhatToDo() {
    assertEquals(2, run("topics"));
    assertTrue(err.toString().contains("--bootstrap-servers"), err.toString());
  }

  @Test
  void versionNamesTheProjectAndKafka() {
    assertEquals(0, run("-V"));
    assertTrue(out.toString().matches("(?s)newswire \\d+\\.\\d+\\.\\d+\\S* \\(Kafka \\d.*"), out.toString());
  }

  @Test
  void eachCommandsHelpListsOnlyTheOptionsItUses() {
    assertEquals(0, run("extract", "--help"));
    assertTrue(!out.toString().contains("--bootstrap-servers") && !out.toString().contains("--metrics-port"), out.toString());
    assertEquals(0, run("tail", "--help"));
    assertTrue(out.toString().contains("--bootstrap-servers") && !out.toString().contains("--metrics-port"), out.toString());
  }

  @Test
  void usageErrorsExitTwoWithOneLineBeforeAnythingStarts(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path text = dir.resolve("story.txt");
    java.nio.file.Files.writeString(text, "Tiêu đề\nĐoạn một.");
    java.nio.file.Path json = dir.resolve("article.json");
    java.nio.file.Files.writeString(json, "{\"title\": \"Tiêu đề\"}");
    java.nio.file.Path notWarc = dir.resolve("notes.warc.gz");
    java.nio.file.Files.writeString(notWarc, "# notes");
    try (java.net.ServerSocket busy = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      List<String[]> cases = List.of(
          new String[] {"frobnicate"},
          new String[] {"enrich", "--text", text.toString(), "--published", "yesterday"},
          new String[] {"enrich", "--text", json.toString()},
          new String[] {"replay", "--warc", notWarc.toString()},
          new String[] {"run", "--data-dir", dir.resolve("broker").toString(), "--metrics-port",
              Integer.toString(busy.getLocalPort())});
      for (String[] args : cases) {
        err.getBuffer().setLength(0);
        assertEquals(2, run(args), String.join(" ", args) + ": " + err);
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
      }
      assertFalse(java.nio.file.Files.exists(dir.resolve("broker").resolve("meta.properties")), "no broker started");
    }
  }

  @Test
  void anUnreachableClusterIsOneLineWithinTheAdminTimeout() {
    assertEquals(1, run("topics", "-b", "127.0.0.1:1", "--set", "admin.timeout=2s"));
    assertEquals(1, err.toString().strip().lines().count(), err.toString());
    assertTrue(err.toString().contains("no answer from Kafka at 127.0.0.1:1 within 2 s"), err.toString());
  }
}
