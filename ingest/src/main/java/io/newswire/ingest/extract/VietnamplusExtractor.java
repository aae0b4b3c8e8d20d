package io.newswire.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.schemas.RawArticle;
import java.time.Instant;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * VietnamPlus (vietnamplus.vn), TTXVN's online paper: the current layout ({@code .article__title},
 * {@code .article__sapo}, {@code .article__body}, JSON-LD) and the older {@code details__} layout.
 */
public final class VietnamplusExtractor implements ArticleExtractor {
  public static final String NAME = "vietnamplus/1";

  private static final String CHROME = "script, style, iframe, .article-relate, .box-related-news, .timeline, "
      + ".article__tag, .article__source, .details__morenews, .related, .social, .share";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public RawArticle extract(Page page) throws ExtractionException {
    Document doc = page.parse();
    Optional<JsonNode> ld = JsonLd.article(doc);
    ArticleAssembler article = new ArticleAssembler(page, CanonicalUrls.of(doc, page.url()));
    String title = Dom.firstText(doc, "h1.article__title", ".cms-title", "h1.details__headline", "h1");
    article.title(title != null ? title : ld.flatMap(a -> JsonLd.text(a, "headline")).orElse(Dom.meta(doc, "og:title")));
    article.lead(Dom.firstText(doc, ".article__sapo", ".cms-desc", ".details__summary"));
    article.publishedAt(publishedAt(doc, page));
    String category = category(doc);
    article.category(category != null ? category : Dom.meta(doc, "article:section"));
    // the tag box also links the story's region (a section page, not a /tag/ page): only real tags are tags
    Elements tagLinks = doc.select(".article__tag a[href*=/tag/], .article__tag a[href*=/tags/]");
    (tagLinks.isEmpty() ? doc.select(".article__tag a") : tagLinks).forEach(a -> article.tag(a.text()));
    String author = Dom.firstText(doc, ".article__author", "span.cms-author", ".article__meta .author",
        ".details__meta .source");
    article.author(author != null ? author : ld.flatMap(a -> JsonLd.text(a, "author")).orElse(null));
    Element source = doc.selectFirst(".article__source");
    if (source != null) {
      article.sourceCredit(source.text().replaceFirst("(?i)^\\s*Nguồn\\s*:?\\s*", ""));
    }
    // no container: build() still reports the missing title first, then the missing body
    Dom.first(doc, ".article__body", ".cms-body", ".details__content", "#article-body")
        .ifPresent(container -> article.body(BodyWalker.walk(Dom.withoutChrome(container, CHROME))));
    return article.build(NAME);
  }

  /** Story formats the breadcrumb names before the section: a video story's category is its section. */
  private static final java.util.Set<String> FORMATS = java.util.Set.of("multimedia", "video", "ảnh",
      "infographics", "infographic", "podcast", "megastory", "emagazine", "e-magazine", "longform");

  private static String category(Document doc) {
    Elements crumbs = doc.select("div.breadcrumb.breadcrumb-detail h2 a, div.breadcrumb.breadcrumb-detail a, .breadcrumb a");
    String first = null;
    for (Element crumb : crumbs) {
      String text = Texts.clean(crumb.text());
      if (text.isEmpty()) {
        continue;
      }
      first = first == null ? text : first;
      if (!FORMATS.contains(text.toLowerCase(java.util.Locale.ROOT))) {
        return text;
      }
    }
    return first;
  }

  private static Instant publishedAt(Document doc, Page page) {
    return PublishedTimes.fromMetadata(doc)
        .or(() -> PublishedTimes.fromPageText(Dom.firstText(doc, "time.time", ".article__meta .time",
            ".details__meta time", "time")))
        .orElse(page.feedPublishedAt());
  }
}
