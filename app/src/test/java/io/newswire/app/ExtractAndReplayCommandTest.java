package io.newswire.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.ingest.extract.FixtureCorpus;
import io.newswire.ingest.fetch.FetchResult;
import io.newswire.ingest.warc.WarcArchive;
import io.newswire.json.RecordJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newswire extract} and {@code newswire replay} as a user calls them. */
class ExtractAndReplayCommandTest {

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int exit = Newswire.commandLine().execute(args);
      return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void extractPrintsTheRawArticleAsJson(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("page.html");
    Files.writeString(page, FixtureCorpus.text("pages/vnp-2026-giam-sat.html"));
    Run run = run("extract", "--html", page.toString(), "--url",
        "https://www.vietnamplus.vn/doan-giam-sat-cua-uy-ban-thuong-vu-quoc-hoi-lam-viec-tai-tinh-gia-lai-post1128990.vnp");
    assertEquals(0, run.exit(), run.err());
    JsonNode json = RecordJson.MAPPER.readTree(run.out());
    assertEquals("Đoàn giám sát của Ủy ban Thường vụ Quốc hội làm việc tại tỉnh Gia Lai", json.get("title").asText());
    assertEquals("2026-08-08T16:45:00+07:00", json.get("publishedAt").asText());
    assertEquals("vietnamplus", json.get("source").asText());
    assertEquals("vietnamplus/1", json.get("extractor").asText());
    assertEquals(3, json.get("paragraphs").size());
    assertTrue(!json.has("rawHtmlGzip"));
  }

  @Test
  void extractOfAPageWithoutAnArticleExitsOneWithTheReason(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("empty.html");
    Files.writeString(page, "<html><body><div class=menu>Trang chủ</div></body></html>");
    Run run = run("extract", "--html", page.toString(), "--url", "https://baotintuc.vn/a/b-20240918090000000.htm");
    assertEquals(1, run.exit());
    assertTrue(run.err().contains("no-title"), run.err());
    assertEquals("", run.out());
  }

  /** Three articles (one a copy of another at a second outlet) and a page without one. */
  static Path fixtureWarc(Path dir) throws Exception {
    Path warcDir = dir.resolve("warc");
    try (WarcArchive archive = new WarcArchive(warcDir, 1 << 30)) {
      for (String id : List.of("btt-2023-seed-538", "vnp-2026-seed-538", "btt-2026-gia-vang")) {
        var fixture = FixtureCorpus.byId(id);
        archive.write(fetched(fixture.url(), fixture.html()), Instant.parse("2026-11-28T00:00:00Z"));
      }
      archive.write(fetched(URI.create("https://baotintuc.vn/x/trang-loi-20240918090000000.htm"),
          "<html><body>lỗi</body></html>"), Instant.parse("2026-11-28T00:00:00Z"));
    }
    try (var files = Files.list(warcDir)) {
      return files.findFirst().orElseThrow();
    }
  }

  private static final String FIXTURE_SUMMARY =
      "4 pages, 3 articles, verdicts {DUPLICATE=1, NEW=2}, 2 stories, 1 alerts, 1 dead letters";

  @Test
  void replayIntoARunningPipelineOnlyExtractsAndPublishes(@TempDir Path dir) throws Exception {
    Path warc = fixtureWarc(dir);
    try (io.newswire.app.broker.EmbeddedBroker broker = TestBroker.withTopics(dir)) {
      Run run = run("replay", "--warc", warc.toString(), "--into", broker.bootstrapServers());
      assertEquals(0, run.exit(), run.err());
      assertTrue(run.out().contains("4 pages, 3 articles onto news.pages.raw and 1 dead letters"), run.out());
      Path raw = dir.resolve("raw.jsonl");
      io.newswire.app.replay.TopicExport.toJsonLines(TestBroker.client(broker), io.newswire.topics.Topics.PAGES_RAW, raw,
          b -> io.newswire.json.RecordJson.toJson(io.newswire.schemas.NewswireSerdes.rawArticle()
              .deserialize(io.newswire.topics.Topics.PAGES_RAW, b), java.util.Set.of("rawHtmlGzip")));
      assertEquals(3, Files.readAllLines(raw).size());
    }
    assertEquals(2, run("replay", "--warc", warc.toString(), "--into", "127.0.0.1:9", "--out", "x").exit(),
        "--into and --out do not go together");
  }

  @Test
  void replayRunsAWarcThroughExtractionOnAFreshEmbeddedBroker(@TempDir Path dir) throws Exception {
    Path warc = fixtureWarc(dir);
    Path out = dir.resolve("out");
    Run run = run("replay", "--warc", warc.toString(), "--out", out.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains(FIXTURE_SUMMARY), run.out());
    List<String> stories = Files.readAllLines(out.resolve("newsroom.stories.jsonl"));
    assertEquals(2, stories.size(), "latest version per story");
    assertTrue(stories.stream().anyMatch(l -> l.contains("Giá vàng trong nước tăng mạnh")));
    // whichever copy reached the dedup stage first is the story; the other is listed under it
    assertTrue(stories.stream().anyMatch(l -> l.contains("Đoàn kiểm tra số 538") && l.contains("\"alsoPublishedAt\":[{\"source\":")),
        stories.toString());
    List<String> alerts = Files.readAllLines(out.resolve("alerts.inspection-delegations.jsonl"));
    assertEquals(1, alerts.size(), "one alert for the story, none for its copy");
    assertTrue(alerts.get(0).contains("\"delegationNumber\":\"538\""), alerts.get(0));
    assertTrue(Files.readAllLines(out.resolve("newsroom.delegations.jsonl")).get(0).contains("Bộ Chính trị | số 538 | 2022"));
    assertTrue(Files.size(out.resolve("newsroom.entities.trending.jsonl")) > 0);
    List<String> dlq = Files.readAllLines(out.resolve("news.dlq.jsonl"));
    assertEquals(1, dlq.size());
    assertTrue(dlq.get(0).contains("\"reason\":\"no-title\""), dlq.get(0));
  }

  /**
   * The export is written only once every stage has consumed everything, so twenty replays of one WARC export the
   * same records: same lines per topic, same stories, alerts and dead letters (times and which of two copies came
   * first aside).
   */
  @Test
  void replayExportsTheSameRecordsEveryTime(@TempDir Path dir) throws Exception {
    Path warc = fixtureWarc(dir);
    String first = null;
    for (int i = 0; i < 20; i++) {
      Path out = dir.resolve("out-" + i);
      Run run = run("replay", "--warc", warc.toString(), "--out", out.toString());
      assertEquals(0, run.exit(), run.err());
      assertTrue(run.out().contains(FIXTURE_SUMMARY), "replay " + i + ": " + run.out());
      String exported = exported(out);
      if (first == null) {
        first = exported;
      }
      assertEquals(first, exported, "replay " + i + " exported something else");
    }
  }

  /** Per exported file: its line count and, per line, the fields that do not depend on time or arrival order. */
  private static String exported(Path out) throws Exception {
    StringBuilder b = new StringBuilder();
    try (var files = Files.list(out)) {
      for (Path file : files.sorted().toList()) {
        List<String> lines = Files.readAllLines(file);
        b.append(file.getFileName()).append(' ').append(lines.size()).append('\n');
        List<String> stable = new java.util.ArrayList<>();
        for (String line : lines) {
          JsonNode json = RecordJson.MAPPER.readTree(line);
          stable.add(String.join("|", json.path("title").asText(), json.path("headline").asText(),
              json.path("inspection").path("delegationNumber").asText(), json.path("reason").asText(),
              json.path("type").asText(), json.path("delegation").asText()));
        }
        java.util.Collections.sort(stable);
        stable.forEach(l -> b.append("  ").append(l).append('\n'));
      }
    }
    return b.toString();
  }

  private static FetchResult.Fetched fetched(URI url, String html) {
    return new FetchResult.Fetched(url, url, 200, "text/html; charset=utf-8", StandardCharsets.UTF_8,
        html.getBytes(StandardCharsets.UTF_8), null, null, 1);
  }
}
