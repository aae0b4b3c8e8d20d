package io.newswire.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.schemas.RawArticle;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DOM structures met on real pages of the two TTXVN sites (issue #13), each reproduced with text of our own: the
 * byline's agency in {@code <i>}, a caption's "Ảnh tư liệu" credit, tag links with commas and hash signs, the
 * {@code ./.} end mark glued to the last sentence, the region link in VietnamPlus' tag box, and a video story's
 * "Multimedia" breadcrumb.
 */
class RealStructuresTest {
  private final Extractors extractors = new Extractors();

  private static Page page(String url, String source, String html) {
    return new Page(URI.create(url), source, html, Instant.parse("2026-07-20T03:00:00Z"), null);
  }

  private static final String BTT = """
      <html><head><title>Tỉnh tổ chức hội nghị tổng kết</title></head><body>
      <h1 class="detail-title">Tỉnh tổ chức hội nghị tổng kết công tác kiểm tra</h1>
      <h2 class="sapo">Sáng 19/7, Tỉnh ủy tổ chức hội nghị tổng kết công tác kiểm tra, giám sát sáu tháng đầu năm.</h2>
      <div class="boxdetail"><div class="contents">
      <p>Hội nghị đánh giá các cấp ủy đã kiểm tra nhiều tổ chức đảng và đảng viên trong sáu tháng qua.</p>
      <figure class="image"><img src="/img/hoi-nghi.jpg"><figcaption>Quang cảnh hội nghị tổng kết. Ảnh tư liệu: AFP/TTXVN</figcaption></figure>
      <p>Các đại biểu thống nhất phương hướng nhiệm vụ cho sáu tháng cuối năm.</p>
      <div class="author"><strong>Minh Khôi</strong><i> (TTXVN)</i></div>
      </div></div>
      <div class="keysword"><ul><li><a href="/tag/kiem-tra.htm"><strong>kiểm tra,</strong></a></li>
      <li><a href="/tag/giam-sat.htm"><strong>giám sát</strong></a></li></ul></div>
      </body></html>""";

  @Test
  void baotintucReadsTheAgencyInItalicsTheArchiveCreditAndCleanTags() throws Exception {
    RawArticle a = extractors.extract(page("https://baotintuc.vn/thoi-su/hoi-nghi-20260719100000123.htm", "baotintuc", BTT));
    assertEquals("Minh Khôi", a.getAuthor());
    assertEquals("TTXVN", a.getSourceCredit());
    assertEquals("Quang cảnh hội nghị tổng kết.", a.getImages().get(0).getCaption());
    assertEquals("AFP/TTXVN", a.getImages().get(0).getCredit());
    assertEquals(List.of("kiểm tra", "giám sát"), a.getTags());
  }

  private static final String VNP = """
      <html><head><title>Bài video</title></head><body>
      <div class="breadcrumb breadcrumb-detail"><h2><a href="/multimedia/">Multimedia</a></h2><a href="/the-gioi/">Thế giới</a></div>
      <h1 class="article__title">Hội nghị bàn về hợp tác khu vực</h1>
      <div class="article__sapo">Các bộ trưởng thảo luận về hợp tác kinh tế trong khu vực.</div>
      <time class="time">20/07/2026 09:15</time>
      <div class="article__body">
      <p>Hội nghị diễn ra trong hai ngày với sự tham dự của nhiều đoàn.</p>
      <p>Các bên cam kết tăng cường kết nối hạ tầng và thương mại./.</p>
      </div>
      <div class="article__tag"><a href="/dong-nam-a/" class="region">Đông Nam Á</a><a href="/tag/hop-tac.vnp">#hợp tác</a><a href="/tag/kinh-te.vnp">#kinh tế</a></div>
      </body></html>""";

  @Test
  void vietnamplusKeepsTheLastFullStopSkipsTheRegionLinkAndTheFormatCrumb() throws Exception {
    RawArticle a = extractors.extract(page("https://www.vietnamplus.vn/hoi-nghi-post1000001.vnp", "vietnamplus", VNP));
    assertEquals("Các bên cam kết tăng cường kết nối hạ tầng và thương mại.",
        a.getParagraphs().get(a.getParagraphs().size() - 1));
    assertEquals(List.of("hợp tác", "kinh tế"), a.getTags());
    assertEquals("Thế giới", a.getCategory());
  }
}
