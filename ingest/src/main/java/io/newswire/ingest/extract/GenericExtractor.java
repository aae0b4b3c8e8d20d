package io.newswire.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.schemas.RawArticle;
import java.util.List;
import java.util.Optional;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The fallback for layouts we have no extractor for: metadata from JSON-LD and OpenGraph, the body from
 * Readability4J (a jsoup port of Mozilla's Readability), read block by block like the site extractors.
 */
public final class GenericExtractor implements ArticleExtractor {
  public static final String NAME = "generic-readability/1";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public RawArticle extract(Page page) throws ExtractionException {
    Document doc = page.parse();
    Optional<JsonNode> ld = JsonLd.article(doc);
    String why = PressConventions.notAnArticle(doc, ld.isPresent(), page.url());
    if (why != null) {
      throw new ExtractionException(ExtractionException.NOT_AN_ARTICLE, "not an article: " + why + ": " + page.url());
    }
    ArticleAssembler article = new ArticleAssembler(page, CanonicalUrls.of(doc, page.url()));
    article.title(PressConventions.title(doc, ld));
    article.publishedAt(PublishedTimes.fromMetadata(doc)
        .or(() -> PublishedTimes.fromPageText(Dom.firstText(doc, "time", "[class*=date]", "[class*=time]")))
        .orElse(page.feedPublishedAt()));
    article.author(PressConventions.author(doc, ld));
    article.category(PressConventions.category(doc));
    PressConventions.tags(doc, ld).forEach(article::tag);
    Document story = doc.clone();
    story.select(PressConventions.NOT_THE_STORY).remove();
    for (Element byline : story.select("p[align=right], p[style*=right]")) { // a right-aligned byline paragraph
      if (byline.text().length() < 80) {
        byline.remove();
      }
    }
    String content = new Readability4J(page.url().toString(), story.outerHtml()).parse().getContent();
    if (content == null || content.isBlank()) {
      throw new ExtractionException(ExtractionException.NO_BODY, "readability found no article body on " + page.url());
    }
    Element body = Jsoup.parse(content, page.url().toString()).body();
    body.select("h1").remove(); // the headline, already read
    refuseWhatIsNoArticle(doc, ld.isPresent(), body, page);
    List<BodyWalker.Block> blocks = BodyWalker.walk(body);
    List<String> texts = blocks.stream().filter(b -> b instanceof BodyWalker.Text)
        .map(b -> ((BodyWalker.Text) b).text()).limit(1).toList();
    article.lead(PressConventions.sapo(doc, ld, texts));
    article.body(blocks);
    return article.build(NAME);
  }

  /** Below this much text (a two-line brief has more), a page that does not say it is an article is an error page. */
  static final int MIN_UNMARKED_TEXT = 150;

  /**
   * Readability picks the largest block of text on any page; on a home page, a section front or a 404 page that is
   * a menu or a list of links. A page that does not say it is an article (no JSON-LD article, no {@code og:type}
   * article, no publication time) is accepted only with a body of real prose: enough text, and mostly not link
   * text.
   */
  private static void refuseWhatIsNoArticle(Document doc, boolean jsonLdArticle, Element body, Page page)
      throws ExtractionException {
    // not the <article> element: home pages wrap every teaser in one
    boolean marked = jsonLdArticle || "article".equalsIgnoreCase(Dom.meta(doc, "og:type"))
        || Dom.meta(doc, "article:published_time") != null;
    if (marked) {
      return;
    }
    int text = body.text().length();
    int linked = 0;
    for (Element a : body.select("a")) {
      linked += a.text().length();
    }
    if (text < MIN_UNMARKED_TEXT || linked * 2 > text) {
      throw new ExtractionException(ExtractionException.NOT_AN_ARTICLE, "not an article (no article markup, "
          + text + " characters of text, " + linked + " of them links): " + page.url());
    }
  }
}
