package io.newswire.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newswire eval-text} on a small gold file of our own paraphrases (the real set's text is its publishers'
 * and is not in the repository): the figures it prints are the ones the items call for.
 */
class EvalTextCommandTest {

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(EvalTextCommandTest.class.getResource("/realtext/" + name).toURI());
  }

  private static String[] run(String... args) {
    return CliRun.run(args);
  }


  @Test
  void scoresEveryItemThatHasAText() throws Exception {
    String[] out = run("eval-text", "--gold", resource("gold.jsonl").toString(), "--dir", resource("texts").toString(),
        "--errors");
    assertEquals("0", out[0], out[1]);
    assertTrue(out[1].contains("3 items scored"), out[1]);
    assertTrue(out[1].contains("| clear items | 2 | 0 | 0 | 1 | 1.00 | 1.00 |"), out[1]);
    assertTrue(out[1].contains("| CENTRAL_PARTY | 1 / 1 | 1.00 |"), out[1]);
    assertTrue(out[1].contains("| LOCAL | 1 / 1 | 1.00 |"), out[1]);
    assertTrue(out[1].contains("| head | 2 / 2 | 1.00 |"), out[1]);
    assertTrue(out[1].contains("| kind | 2 / 2 | 1.00 |"), out[1]);
    assertTrue(out[1].contains("Missing (1): fx-missing"), out[1]);
  }

  @Test
  void scoresOneSplit() throws Exception {
    String[] out = run("eval-text", "--gold", resource("gold.jsonl").toString(), "--dir", resource("texts").toString(),
        "--split", "tune");
    assertEquals("0", out[0], out[1]);
    assertTrue(out[1].contains("1 items scored"), out[1]);
  }

  @Test
  void badUsageExitsTwo(@TempDir Path empty) throws Exception {
    assertEquals("2", run("eval-text", "--gold", resource("gold.jsonl").toString(), "--dir",
        resource("texts").toString(), "--split", "nosuch")[0]);
    assertEquals("2", run("eval-text", "--gold", empty.resolve("none.jsonl").toString(), "--dir", empty.toString())[0]);
    assertEquals("1", run("eval-text", "--gold", resource("gold.jsonl").toString(), "--dir", empty.toString())[0],
        "no text for any item: nothing was scored");
  }
}
