package io.newswire.app.sample;

import io.newswire.ingest.extract.FixtureCorpus;
import io.newswire.ingest.fetch.FetchResult;
import io.newswire.ingest.warc.WarcArchive;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;

/**
 * Writes the sample archive that README's "see it work" replays: the project's own fixture pages (written here in
 * the real sites' layouts, not copies of them) as a crawl would have saved them — six stories, one of them also at a
 * second outlet, one of them corrected an hour later, two of them inspection-delegation stories.
 *
 * <pre>
 * java -cp app/target/test-classes:app/target/classes:&lt;test classpath&gt; io.newswire.app.sample.SampleWarc \
 *   docs/sample/newswire-sample.warc.gz
 * </pre>
 */
public final class SampleWarc {
  public static final Path COMMITTED = Path.of("..", "docs", "sample", "newswire-sample.warc.gz");
  static final List<String> PAGES = List.of("btt-2023-seed-538", "vnp-2026-seed-538", "btt-2026-ubkt",
      "btt-2023-sea-games", "btt-2026-gia-vang", "vnp-2026-thue");
  /** The correction: a paragraph the newsroom added to the gold-price story, in our own words. */
  static final String ADDED = "<p>Cập nhật lúc 10 giờ 30: giá vàng miếng tiếp tục nhích thêm 300.000 đồng mỗi lượng"
      + " ở cả hai chiều mua vào và bán ra.</p>";

  private SampleWarc() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "docs/sample/newswire-sample.warc.gz");
    write(out);
    System.out.println("wrote " + out);
  }

  public static void write(Path file) throws IOException {
    Path dir = Files.createTempDirectory("newswire-sample-");
    Instant at = Instant.parse("2026-11-28T02:00:00Z");
    try (WarcArchive archive = new WarcArchive(dir, Long.MAX_VALUE)) {
      for (String id : PAGES) {
        FixtureCorpus.Fixture page = FixtureCorpus.byId(id);
        archive.write(fetched(page.url(), page.html()), at);
        at = at.plusSeconds(60);
      }
      FixtureCorpus.Fixture gold = FixtureCorpus.byId("btt-2026-gia-vang");
      String corrected = gold.html().replaceFirst("</p>", "</p>\n" + ADDED);
      archive.write(fetched(gold.url(), corrected), at.plusSeconds(3600));
    }
    try (var files = Files.list(dir)) {
      Path written = files.findFirst().orElseThrow();
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.move(written, file, StandardCopyOption.REPLACE_EXISTING);
    }
    Files.delete(dir);
  }

  private static FetchResult.Fetched fetched(URI url, String html) {
    return new FetchResult.Fetched(url, url, 200, "text/html; charset=utf-8", StandardCharsets.UTF_8,
        html.getBytes(StandardCharsets.UTF_8), null, null, 1);
  }
}
