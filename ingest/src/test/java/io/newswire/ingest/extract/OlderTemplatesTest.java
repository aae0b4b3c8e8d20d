package io.newswire.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.schemas.RawArticle;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Body markup from older CMS templates, written by hand rather than by the fixture generator. */
class OlderTemplatesTest {

  @Test
  void bareImageParagraphTakesTheItalicCaptionThatFollows() throws Exception {
    String html = """
        <html><head><meta charset="utf-8"></head><body>
        <h1 class="detail-title">Khai mạc Hội nghị Trung ương 10</h1>
        <h2 class="sapo">Sáng 18/9, tại Hà Nội, Hội nghị lần thứ mười Ban Chấp hành Trung ương Đảng khóa XIII khai mạc.</h2>
        <div class="boxdetail"><div class="contents">
          <p style="text-align: justify;">Tổng Bí thư Tô Lâm chủ trì và phát biểu khai mạc Hội nghị.</p>
          <p style="text-align: center;"><img src="/Upload/2024/09/18/hoi-nghi.jpg" alt="Chú thích ảnh"></p>
          <p style="text-align: center;"><em>Quang cảnh Hội nghị. Ảnh: Trí Dũng/TTXVN</em></p>
          <p>&nbsp;</p>
          <p style="text-align: justify;">Hội nghị dự kiến làm việc đến ngày 20/9.</p>
          <p style="text-align: center;"><i>Các đại biểu dự Hội nghị. Ảnh: Trí Dũng/TTXVN</i></p>
          <p style="text-align:right"><strong>Thanh Vân (TTXVN)</strong></p>
        </div></div></body></html>""";
    RawArticle article = new BaotintucExtractor().extract(new Page(
        URI.create("https://baotintuc.vn/thoi-su/khai-mac-hoi-nghi-trung-uong-10-20240918090000000.htm"), "baotintuc",
        html, Instant.EPOCH, null));
    assertEquals(java.util.List.of("Tổng Bí thư Tô Lâm chủ trì và phát biểu khai mạc Hội nghị.",
        "Hội nghị dự kiến làm việc đến ngày 20/9."), article.getParagraphs());
    assertEquals(1, article.getImages().size());
    assertEquals("Quang cảnh Hội nghị.", article.getImages().get(0).getCaption());
    assertEquals("Trí Dũng/TTXVN", article.getImages().get(0).getCredit());
    assertEquals("https://baotintuc.vn/Upload/2024/09/18/hoi-nghi.jpg", article.getImages().get(0).getUrl());
    assertEquals("Thanh Vân", article.getAuthor());
    assertEquals("TTXVN", article.getSourceCredit());
  }
}
