package io.newswire.ingest.extract;

import io.newswire.schemas.RawArticle;
import java.time.Instant;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Báo Tin tức (baotintuc.vn), three layout generations: 2016–19 ({@code h1.title}, {@code #plhMain_…Live}),
 * 2023 ({@code h1.detail-title}, {@code .action-link .date}, {@code .boxdetail .contents}) and 2026
 * ({@code .detail-left .date}, {@code .detail-left .author}).
 */
public final class BaotintucExtractor implements ArticleExtractor {
  public static final String NAME = "baotintuc/1";

  /** Removed from the body container after the metadata is read (share bars, related links, ads). */
  private static final String CHROME = "script, style, iframe, .share, .likeshare, .widget, .widget_info, "
      + ".keysword, .btt-bottom, .boxdata, .right-bar, .content_bottom, .box-comment, .action-link, "
      + "#plhMain_NewsDetail1_divRelation, .list-concern, .tinlienquan, .author";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public RawArticle extract(Page page) throws ExtractionException {
    Document doc = page.parse();
    ArticleAssembler article = new ArticleAssembler(page, CanonicalUrls.of(doc, page.url()));
    article.title(Dom.firstText(doc, "h1.detail-title", ".sc-longform-header-title", "h1.title", "h1"));
    if (Dom.firstText(doc, "h1") == null) {
      article.title(Dom.meta(doc, "og:title"));
    }
    article.lead(Dom.firstText(doc, "h2.sapo", ".sapo", "#plhMain_NewsDetail1_divSapoLive"));
    article.publishedAt(publishedAt(doc, page));
    article.category(category(doc, page));
    doc.select(".keysword ul li a, #plhMain_NewsDetail1_divTags ul li a").forEach(a -> article.tag(a.text()));
    Dom.first(doc, ".boxdetail .author", ".detail-left .author", ".author").ifPresent(byline -> {
      Element name = byline.selectFirst("strong");
      article.author(name == null ? byline.ownText() : name.text());
      String agency = byline.select("em, i").text() + " " + byline.ownText(); // "(TTXVN)" in <em>, <i> or bare
      if (name != null && agency.contains("(")) {
        article.sourceCredit(agency.strip());
      }
    });
    // no container: build() still reports the missing title first, then the missing body
    Dom.first(doc, ".boxdetail .contents", ".content_wrapper .contents",
        "#plhMain_NewsDetail1_divContentLive", ".contents", ".boxdetail")
        .ifPresent(container -> article.body(BodyWalker.walk(Dom.withoutChrome(container, CHROME))));
    return article.build(NAME);
  }

  /** Article URLs start with the section's short slug: {@code /xa-hoi/…-20170902094000111.htm}. */
  private static String categoryFromUrl(String path) {
    String[] parts = path == null ? new String[0] : path.split("/");
    return parts.length > 2 ? SECTIONS.get(parts[1]) : null;
  }

  private static final java.util.Map<String, String> SECTIONS = java.util.Map.ofEntries(
      java.util.Map.entry("thoi-su", "Thời sự"), java.util.Map.entry("chinh-tri", "Chính trị"),
      java.util.Map.entry("the-gioi", "Thế giới"), java.util.Map.entry("kinh-te", "Kinh tế"),
      java.util.Map.entry("xa-hoi", "Xã hội"), java.util.Map.entry("phap-luat", "Pháp luật"),
      java.util.Map.entry("van-hoa", "Văn hóa"), java.util.Map.entry("giao-duc", "Giáo dục"),
      java.util.Map.entry("the-thao", "Thể thao"), java.util.Map.entry("quan-su", "Quân sự"),
      java.util.Map.entry("dia-phuong", "Địa phương"), java.util.Map.entry("suc-khoe", "Sức khỏe"),
      java.util.Map.entry("ho-so", "Hồ sơ"), java.util.Map.entry("ha-noi", "Hà Nội"));

  private static Instant publishedAt(Document doc, Page page) {
    String shown = Dom.firstText(doc, ".action-link .date span.txt", ".detail-left .date", ".date", "time");
    return PublishedTimes.fromPageText(shown)
        .or(() -> PublishedTimes.fromMetadata(doc))
        .or(() -> PublishedTimes.fromBaotintucUrl(page.url().toString()))
        .orElse(page.feedPublishedAt());
  }

  private static String category(Document doc, Page page) {
    Element cate = doc.selectFirst(".action-link .date h4.cate a, .detail-left .breadcrumb a, .breadcrumb a");
    if (cate == null) {
      String section = Dom.meta(doc, "article:section");
      return section != null ? section : categoryFromUrl(page.url().getPath());
    }
    return cate.hasAttr("title") && !cate.attr("title").isBlank() ? cate.attr("title") : cate.text();
  }
}
