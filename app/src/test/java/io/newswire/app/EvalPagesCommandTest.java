package io.newswire.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newswire eval-pages} on pages of our own in the structure of a Vietnamese newspaper (real pages are their
 * publishers' and are not in the repository): an article with a sapo, a related-news box, a signature paragraph, a
 * lazy image with its caption and tag links, and a "not found" page. The gold says where each field stands.
 */
class EvalPagesCommandTest {

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(EvalPagesCommandTest.class.getResource("/realpages/" + name).toURI());
  }

  /** The pages in a folder of their own, the article gzipped as pages are kept. */
  private static Path pages(Path dir) throws Exception {
    Files.copy(resource("pages/fx-not-found.html"), dir.resolve("fx-not-found.html"));
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("fx-generic.html.gz")))) {
      out.write(Files.readAllBytes(resource("pages/fx-generic.html")));
    }
    return dir;
  }

  @Test
  void scoresNewswireAndReadabilityOnTheSamePages(@TempDir Path dir) throws Exception {
    String[] out = CliRun.run("eval-pages", "--gold", resource("gold.jsonl").toString(), "--dir", pages(dir).toString(),
        "--errors");
    assertEquals("0", out[0], out[1]);
    assertTrue(out[1].contains(", 2 pages:"), out[1]);
    // refused, title, sapo, sapo found, body F1, date, author, captions, tags
    assertTrue(out[1].contains(
        "| bao-mau.vn | newswire | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 |"), out[1]);
    assertTrue(out[1].contains("| bao-mau.vn | Readability4J alone | 0.000 |"), "it takes the error page: " + out[1]);
    assertTrue(out[1].matches("(?s).*\\| \\*\\*all\\*\\* \\| Readability4J alone \\|( [^|]+ \\|){4} [^|]+ \\| 0\\.000 \\|.*"),
        "no date from Readability4J: " + out[1]);
    assertTrue(out[1].contains("Missing (1): fx-missing"), out[1]);
  }

  @Test
  void scoresOneSplit(@TempDir Path dir) throws Exception {
    String[] out = CliRun.run("eval-pages", "--gold", resource("gold.jsonl").toString(), "--dir", pages(dir).toString(),
        "--split", "heldout");
    assertEquals("0", out[0], out[1]);
    assertTrue(out[1].contains(", 1 pages:"), out[1]);
    assertTrue(out[1].contains("| bao-mau.vn | newswire | 1.000 | – |"), out[1]);
  }

  @Test
  void aGoldSelectorThatFindsNothingIsReported(@TempDir Path dir) throws Exception {
    Path gold = Files.writeString(dir.resolve("gold.jsonl"), "{\"id\": \"fx-generic\", \"outlet\": \"bao-mau.vn\", "
        + "\"url\": \"https://bao-mau.vn/kinh-te/tinh-mo-rong-vung-trong-lua-huu-co-post300100.html\", "
        + "\"title\": {\"select\": \"h1.no-such-class\"}}\n");
    String[] out = CliRun.run("eval-pages", "--gold", gold.toString(), "--dir", pages(dir).toString(), "--errors");
    assertEquals("0", out[0], out[1]);
    assertTrue(out[1].contains("fx-generic gold title: \"h1.no-such-class\" finds nothing on the page"), out[1]);
  }

  @Test
  void badUsageExitsTwo(@TempDir Path empty) throws Exception {
    assertEquals("2", CliRun.run("eval-pages", "--gold", resource("gold.jsonl").toString(), "--dir", empty.toString(),
        "--split", "nosuch")[0]);
    assertEquals("2", CliRun.run("eval-pages", "--gold", empty.resolve("none.jsonl").toString(), "--dir",
        empty.toString())[0]);
    Path bad = Files.writeString(empty.resolve("bad.jsonl"), "{\"id\": \"x\", \"url\": \"https://a.vn/x\", \"title\": {}}\n");
    assertEquals("2", CliRun.run("eval-pages", "--gold", bad.toString(), "--dir", empty.toString())[0],
        "a gold line without a selector is a usage error");
    assertEquals("1", CliRun.run("eval-pages", "--gold", resource("gold.jsonl").toString(), "--dir", empty.toString())[0],
        "no page for any item: nothing was scored");
  }
}
