package io.newswire.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.app.sample.SampleWarc;
import io.newswire.ingest.warc.WarcPages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample archive README replays: in step with the fixture pages it is made of, and with what README shows. */
class SampleWarcTest {

  private static List<String> captures(Path warc) throws Exception {
    List<String> out = new ArrayList<>();
    WarcPages.read(warc, c -> out.add(c.url() + " " + c.capturedAt() + " " + c.html()));
    return out;
  }

  @Test
  void theCommittedSampleIsWhatTheFixturePagesMakeToday(@TempDir Path dir) throws Exception {
    Path fresh = dir.resolve("sample.warc.gz");
    SampleWarc.write(fresh);
    assertEquals(captures(fresh), captures(SampleWarc.COMMITTED),
        "docs/sample is stale: run io.newswire.app.sample.SampleWarc (see its comment) and commit the file");
  }

  @Test
  void replayingTheSampleGivesWhatReadmeShows(@TempDir Path dir) throws Exception {
    String[] run = CliRun.run("replay", "--warc", SampleWarc.COMMITTED.toString(), "--out", dir.toString());
    assertEquals("0", run[0]);
    assertTrue(run[1].contains("7 WARC records, 7 pages, 7 articles, verdicts {DUPLICATE=1, NEW=5, UPDATED=1}, "
        + "5 stories, 2 alerts, 0 dead letters"), run[1]);
    String readme = Files.readString(Path.of("..", "README.md"));
    assertTrue(readme.contains("verdicts {DUPLICATE=1, NEW=5, UPDATED=1}, 5 stories, 2 alerts, 0 dead letters"),
        "README's 'see it work' shows the replay's summary");
    List<String> stories = Files.readAllLines(dir.resolve("newsroom.stories.jsonl"));
    assertTrue(stories.stream().anyMatch(l -> l.contains("\"verdict\":\"UPDATED\"")
        && l.contains("\"changes\":\"1 paragraph(s) added\"")), stories.toString());
  }
}
