package io.newswire.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schemas.RawArticle;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Pages as they arrive on bad days: cut off, unbalanced, empty, or not an article at all. */
class RobustnessTest {
  private final Extractors extractors = new Extractors();

  private static Page page(String url, String html) {
    return new Page(URI.create(url), "baotintuc", html, Instant.parse("2026-11-28T00:00:00Z"), null);
  }

  @Test
  void aTruncatedPageStillYieldsWhatArrived() throws Exception {
    String html = FixtureCorpus.text("pages/btt-2023-seed-538.html");
    String cut = html.substring(0, html.indexOf("<div id=\"divend\">") + 300); // the connection dropped mid-body
    RawArticle article = extractors.extract(page("https://baotintuc.vn/thoi-su/x-20221011184512345.htm", cut));
    assertEquals("Đoàn kiểm tra số 538 của Bộ Chính trị làm việc với Ban Tổ chức Trung ương", article.getTitle());
    assertTrue(article.getParagraphs().size() >= 4, "paragraphs before the cut: " + article.getParagraphs().size());
  }

  @Test
  void unbalancedTagsDoNotLeakChromeIntoTheBody() throws Exception {
    String html = FixtureCorpus.text("pages/btt-2023-sea-games.html")
        .replace("</p>", "").replace("</div></div></body>", "");
    RawArticle article = extractors.extract(page("https://baotintuc.vn/the-thao/x-20230513172628530.htm", html));
    String body = String.join("\n", article.getParagraphs());
    assertTrue(body.contains("Lại Lý Huynh"));
    for (String chrome : new String[] {"Bình luận", "Cùng chuyên mục", "Đọc nhiều", "Chú thích ảnh"}) {
      assertFalse(body.contains(chrome), chrome);
    }
  }

  @Test
  void aPageWithoutTitleOrBodyIsRefusedWithTheReason() {
    ExtractionException noTitle = assertThrows(ExtractionException.class,
        () -> extractors.extract(page("https://baotintuc.vn/a/b-20230513172628530.htm", "<html><body><p>x</p>")));
    assertEquals(ExtractionException.NO_TITLE, noTitle.reason());
    ExtractionException noBody = assertThrows(ExtractionException.class,
        () -> extractors.extract(page("https://baotintuc.vn/a/b-20230513172628530.htm",
            "<html><body><h1 class=detail-title>Tiêu đề</h1><div class=contents></div></body></html>")));
    assertEquals(ExtractionException.NO_BODY, noBody.reason());
  }

  @Test
  void garbageBytesDoNotThrowAnythingButTheExtractionError() {
    String garbage = new String(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3, (byte) 0xFF}, java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThrows(ExtractionException.class, () -> extractors.extract(page("https://baotintuc.vn/a/b-1.htm", garbage)));
  }

  @Test
  void publicationTimeFallsBackToTheBaotintucUrlId() throws Exception {
    String html = "<html><body><h1 class=detail-title>Tin</h1><div class=contents><p>Nội dung bài.</p></div></body></html>";
    RawArticle article = extractors.extract(page("https://baotintuc.vn/thoi-su/tin-20230513172628530.htm", html));
    assertEquals(Instant.parse("2023-05-13T10:26:28.530Z"), article.getPublishedAt());
  }

  @Test
  void trackingParametersAreStrippedFromTheCanonicalUrl() {
    assertEquals("https://baotintuc.vn/a/b-1.htm?id=3", CanonicalUrls.clean(
        "https://BaoTinTuc.vn:443/a/b-1.htm?utm_source=fb&id=3&fbclid=xyz#comments", URI.create("https://x")));
  }

  @Test
  void theNamedExtractorFallsBackToTheGenericOneWhenItsLayoutYieldsNothing() throws Exception {
    // a page of another outlet listed under a source whose catalogue entry names the baotintuc extractor
    String html = "<html><head><title>Đoàn giám sát làm việc tại tỉnh</title></head><body><article>"
        + "<h1>Đoàn giám sát làm việc tại tỉnh</h1><p>Sáng 3/3, đoàn giám sát của Hội đồng nhân dân tỉnh đã làm việc"
        + " với Sở Xây dựng về việc thực hiện chính sách, pháp luật trong quản lý trật tự xây dựng.</p>"
        + "<p>Đoàn đề nghị sở tiếp tục rà soát các dự án chậm tiến độ và báo cáo trước ngày 30/3.</p></article>"
        + "</body></html>";
    Page page = page("https://tinh.example.vn/giam-sat-so-xay-dung.html", html);
    RawArticle article = extractors.extract(page, "baotintuc");
    assertEquals("Đoàn giám sát làm việc tại tỉnh", article.getTitle());
    assertTrue(article.getExtractor().startsWith("generic"), article.getExtractor());
    ExtractionException e = assertThrows(ExtractionException.class,
        () -> extractors.extract(page("https://tinh.example.vn/trong.html", "<html><body></body></html>"), "baotintuc"));
    assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "the site extractor's reason is kept");
  }

  @Test
  void aHomePageIsNotAnArticleButAnUnmarkedPageOfProseIs() throws Exception {
    StringBuilder menu = new StringBuilder("<html><head><title>Trang chủ</title></head><body><div class=main>");
    for (int i = 1; i <= 40; i++) {
      menu.append("<p><a href='/tin-").append(i).append(".html'>Tin thời sự số ").append(i)
          .append(" trong ngày hôm nay của tỉnh</a></p>");
    }
    String home = menu.append("</div></body></html>").toString().replace("<p>", "<article><p>")
        .replace("</p>", "</p></article>"); // teaser cards, as home pages wrap them
    ExtractionException e = assertThrows(ExtractionException.class,
        () -> extractors.extract(page("https://tinh.example.vn/", home), "generic"));
    assertEquals(ExtractionException.NOT_AN_ARTICLE, e.reason());

    StringBuilder prose = new StringBuilder("<html><head><title>Giám sát trật tự xây dựng</title></head><body><div>");
    for (int i = 1; i <= 6; i++) {
      prose.append("<p>Đoàn giám sát của Thường trực Hội đồng nhân dân tỉnh đề nghị các địa phương rà soát lại ")
          .append("công trình thứ ").append(i).append(", báo cáo kết quả xử lý vi phạm trước kỳ họp cuối năm.</p>");
    }
    RawArticle article = extractors.extract(page("https://tinh.example.vn/giam-sat.html",
        prose.append("</div></body></html>").toString()), "generic");
    assertEquals("Giám sát trật tự xây dựng", article.getTitle());
  }

  @Test
  void aCanonicalUrlCountsOnlyOnTheFetchedPagesOwnSite() throws Exception {
    String page = "<html><head><link rel=canonical href='%s'></head><body><h1 class=detail-title>Tin</h1>"
        + "<div class=contents><p>Nội dung bài viết đủ dài để là một bài báo.</p></div></body></html>";
    String fetched = "https://baotintuc.vn/thoi-su/tin-20230513172628530.htm";
    assertEquals(fetched, extractors.extract(page(fetched,
        String.format(page, "https://www.example-news.vn/thoi-su/tin-khac.htm"))).getCanonicalUrl(),
        "another site's URL would take over its story: the fetched URL is the key");
    assertEquals("https://www.baotintuc.vn/thoi-su/tin.htm", extractors.extract(page(fetched,
        String.format(page, "https://www.baotintuc.vn/thoi-su/tin.htm?utm_source=x"))).getCanonicalUrl(),
        "www. and the bare domain are one site");
    assertEquals(fetched, extractors.extract(page(fetched,
        String.format(page, "https://baotintuc.vn.example.com/thoi-su/tin.htm"))).getCanonicalUrl(),
        "a look-alike domain is another site");
  }

  @Test
  void captionsSplitTheirCreditInEveryHouseStyle() {
    assertEquals(new Caption("Quang cảnh buổi làm việc.", "Phương Hoa/TTXVN"),
        Caption.parse("Quang cảnh buổi làm việc. Ảnh: Phương Hoa/TTXVN"));
    assertEquals(new Caption("Phó Chủ tịch Quốc hội phát biểu.", "Hồng Điệp/TTXVN"),
        Caption.parse("Phó Chủ tịch Quốc hội phát biểu. (Ảnh: Hồng Điệp/TTXVN)"));
    assertEquals(new Caption(null, "TTXVN"), Caption.parse("Ảnh: TTXVN"));
    assertEquals(new Caption("Không có tác giả ảnh", null), Caption.parse("Không có tác giả ảnh"));
  }
}
