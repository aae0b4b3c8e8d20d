package io.newswire.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    for (String command : List.of("run", "ingest", "process", "sink", "topics", "extract", "enrich", "replay")) {
      assertTrue(out.toString().contains("\n  " + command + " "), command + " missing from:\n" + out);
    }
  }

  @Test
  void everySubcommandHasHelp() {
    for (String command : List.of("run", "ingest", "process", "sink", "topics", "extract", "enrich", "replay")) {
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
}
