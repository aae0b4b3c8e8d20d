package io.newswire.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schemas.RawArticle;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generic extractor on the shapes Vietnamese outlets use (issue #13), each page written here with text of our
 * own in the structure a real site uses: where the sapo sits, how titles carry the site's name, how tags, dates,
 * bylines and lazy images are marked up, what boxes sit inside the body, and what pages are no article at all.
 */
class GenericPressTest {
  private final GenericExtractor generic = new GenericExtractor();

  private static Page page(String url, String html) {
    return new Page(URI.create(url), "web", html, Instant.parse("2026-07-20T03:00:00Z"), null);
  }

  private static final String BODY = """
      <p>Đoàn công tác đã làm việc với lãnh đạo huyện về tiến độ các công trình trọng điểm trên địa bàn trong năm nay.</p>
      <p>Theo báo cáo, huyện đã hoàn thành giải phóng mặt bằng cho ba dự án giao thông và hai dự án thủy lợi lớn.</p>
      <p>Kết luận buổi làm việc, trưởng đoàn đề nghị địa phương đẩy nhanh giải ngân vốn đầu tư công trong quý tới.</p>
      """;

  @Test
  void sapoFromItsContainerOnceTitleWithoutTheSiteNameTagsDateAndVisibleByline() throws Exception {
    String html = """
        <html><head><title>Đoàn công tác làm việc với huyện | Thời sự - Báo Mẫu</title>
        <meta property="og:title" content="Đoàn công tác làm việc với huyện - Báo Mẫu Điện tử">
        <meta property="og:type" content="article">
        <meta property="article:section" content="Thời sự,Địa phương">
        <meta property="article:tag" content="đầu tư công"><meta property="article:tag" content="giải phóng mặt bằng">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Đoàn công tác làm việc với huyện về đầu tư công năm 2026 mới nhất",
         "datePublished":"2026-07-19T14:30:00.000 +07:00","author":{"@type":"Organization","name":"Báo Mẫu"}}</script>
        </head><body><nav><a href="/">Trang chủ</a></nav>
        <div class="singular-container"><h1 class="title-page detail">Đoàn công tác làm việc với huyện</h1>
        <h2 class="singular-sapo">(Mẫu) - Sáng 19/7, đoàn công tác của tỉnh đã làm việc với huyện về các công trình trọng điểm.</h2>
        <div class="singular-content">%s
        <p style="text-align: right;"><strong>Lan Hương</strong></p></div>
        <div class="author-name"><b>Lan Hương</b></div>
        <div class="share-bar"><a href="#">Chia sẻ</a> <a href="#">Facebook</a></div>
        </div></body></html>""".formatted(BODY);
    RawArticle a = generic.extract(page("https://bao-mau.vn/thoi-su/doan-cong-tac-20260719143000123.htm", html));
    assertEquals("Đoàn công tác làm việc với huyện", a.getTitle(), "h1, agreeing with the title's main part");
    assertEquals("(Mẫu) - Sáng 19/7, đoàn công tác của tỉnh đã làm việc với huyện về các công trình trọng điểm.", a.getLead());
    assertEquals(3, a.getParagraphs().size(), a.getParagraphs().toString());
    assertTrue(a.getParagraphs().get(0).startsWith("Đoàn công tác đã làm việc"));
    assertFalse(String.join(" ", a.getParagraphs()).contains("Lan Hương"), "the right-aligned byline is no paragraph");
    assertEquals(Instant.parse("2026-07-19T07:30:00Z"), a.getPublishedAt());
    assertEquals("Lan Hương", a.getAuthor(), "an organisation is no author: the visible byline is");
    assertEquals("Thời sự", a.getCategory());
    assertEquals(List.of("đầu tư công", "giải phóng mặt bằng"), a.getTags());
  }

  @Test
  void theBylineIsTheNameInsideTheAuthorBoxNotTheBoxWithItsTime() throws Exception {
    String html = """
        <html><head><title>Huyện khởi công cầu mới</title><meta property="og:type" content="article"></head>
        <body><article><h1>Huyện khởi công cầu mới</h1>
        <div class="author-wrap"><div class="author-name">Quốc Việt</div>
        <time class="author-time" datetime="2026-07-19 14:30">Thứ Bảy, 19/7/2026 14:30 (GMT+7)</time></div>
        %s</article></body></html>""".formatted(BODY);
    RawArticle a = generic.extract(page("https://bao-mau.vn/huyen-khoi-cong-cau-moi-post100600.html", html));
    assertEquals("Quốc Việt", a.getAuthor());
  }

  @Test
  void theDescriptionIsTheSapoWhenTheBodyOpensWithItAndEmbeddedRelatedBoxesStayOut() throws Exception {
    String html = """
        <html><head><title>Huyện đẩy nhanh giải ngân</title>
        <meta property="og:description" content="Đoàn công tác đã làm việc với lãnh đạo huyện về tiến độ các công trình trọng điểm trên địa bàn trong năm nay.">
        <meta property="article:published_time" content="2026-07-20 06:03 + 07:00">
        <script type="application/ld+json">{"@type":"NewsArticle","keywords":"giải ngân, đầu tư công"}</script>
        </head><body><article><h1>Huyện đẩy nhanh giải ngân</h1>
        <div class="detail-content">%s
        <article class="ck-cms-insert-news"><a href="/bai-khac-1.html">Một bài khác về chuyện giao thông của tỉnh bạn</a></article>
        <p>Huyện cam kết hoàn thành kế hoạch giải ngân trước ngày 30 tháng 9 năm nay theo đúng chỉ đạo của tỉnh.</p>
        <figure><img src="/img/blank.gif" data-original="/img/cong-trinh-1.jpg"><img src="data:image/gif;base64,R0lGOD" data-srcset="/img/cong-trinh-2.jpg 1x, /img/cong-trinh-2@2x.jpg 2x">
        <figcaption>Hai công trình đang thi công. Ảnh: Minh Anh</figcaption></figure>
        <p class="Normal" style="text-align:right;"><strong>Quốc Việt</strong></p>
        </div></article></body></html>""".formatted(BODY);
    RawArticle a = generic.extract(page("https://bao-mau.vn/huyen-day-nhanh-giai-ngan-post100200.html", html));
    assertTrue(a.getLead().startsWith("Đoàn công tác đã làm việc"), a.getLead());
    assertFalse(a.getParagraphs().get(0).startsWith("Đoàn công tác đã làm việc"), "not twice");
    assertFalse(String.join(" ", a.getParagraphs()).contains("Một bài khác"), "the embedded related box");
    assertEquals("Quốc Việt", a.getAuthor(), "the right-aligned last paragraph is the byline");
    assertFalse(String.join(" ", a.getParagraphs()).contains("Quốc Việt"));
    assertEquals(Instant.parse("2026-07-19T23:03:00Z"), a.getPublishedAt());
    assertEquals(List.of("giải ngân", "đầu tư công"), a.getTags());
    assertEquals(List.of("https://bao-mau.vn/img/cong-trinh-1.jpg", "https://bao-mau.vn/img/cong-trinh-2.jpg"),
        a.getImages().stream().map(i -> i.getUrl()).toList(), "lazy images, behind their placeholders");
    assertTrue(a.getImages().stream().allMatch(i -> "Hai công trình đang thi công.".equals(i.getCaption())),
        "one figcaption for both");
  }

  @Test
  void errorPagesAndPodcastsAreNoArticles() {
    String notFound = """
        <html><head><title>404 - Không tìm thấy trang</title><meta property="og:type" content="article"></head>
        <body><h1>Không tìm thấy trang bạn yêu cầu</h1><p>%s</p></body></html>""".formatted(BODY.repeat(2));
    ExtractionException e = assertThrows(ExtractionException.class,
        () -> generic.extract(page("https://bao-mau.vn/bai-da-xoa-post100300.html", notFound)));
    assertEquals(ExtractionException.NOT_AN_ARTICLE, e.reason());
    String podcast = """
        <html><head><title>Bản tin âm thanh sáng 20/7</title>
        <script type="application/ld+json">{"@type":"PodcastEpisode","name":"Bản tin âm thanh sáng 20/7"}</script>
        </head><body><h1>Bản tin âm thanh sáng 20/7</h1><audio src="/a.mp3"></audio><p>%s</p></body></html>""".formatted(BODY);
    assertEquals(ExtractionException.NOT_AN_ARTICLE, assertThrows(ExtractionException.class,
        () -> generic.extract(page("https://bao-mau.vn/podcast/ban-tin-post100400.html", podcast))).reason());
    String homeCanonical = """
        <html><head><title>Bài viết</title><link rel="canonical" href="https://bao-mau.vn/"></head>
        <body><h1>Bài viết</h1>%s</body></html>""".formatted(BODY);
    assertEquals(ExtractionException.NOT_AN_ARTICLE, assertThrows(ExtractionException.class,
        () -> generic.extract(page("https://bao-mau.vn/khong-con-post100500.html", homeCanonical))).reason());
  }

  @Test
  void siteNamesComeOffTitles() {
    assertEquals("Tiêu đề bài báo mẫu", PressConventions.withoutSiteName("Tiêu đề bài báo mẫu | Thời sự - Báo VnExpress"));
    assertEquals("Tiêu đề bài báo mẫu", PressConventions.withoutSiteName("Tiêu đề bài báo mẫu - Tuổi Trẻ Online"));
    assertEquals("Hà Nội - Hải Phòng: tuyến đường mới", PressConventions.withoutSiteName("Hà Nội - Hải Phòng: tuyến đường mới"));
  }
}
