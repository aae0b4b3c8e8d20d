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
    ArticleAssembler article = new ArticleAssembler(page, CanonicalUrls.of(doc, page.url()));
    String title = ld.flatMap(a -> JsonLd.text(a, "headline")).orElse(null);
    if (title == null) {
      title = Dom.meta(doc, "og:title");
    }
    if (title == null) {
      title = Dom.firstText(doc, "h1", "title");
    }
    article.title(title);
    article.publishedAt(PublishedTimes.fromMetadata(doc)
        .orElse(page.feedPublishedAt()));
    article.author(ld.flatMap(a -> JsonLd.text(a, "author")).orElse(Dom.meta(doc, "author")));
    article.category(Dom.meta(doc, "article:section"));
    String content = new Readability4J(page.url().toString(), page.html()).parse().getContent();
    if (content == null || content.isBlank()) {
      throw new ExtractionException(ExtractionException.NO_BODY, "readability found no article body on " + page.url());
    }
    Element body = Jsoup.parse(content, page.url().toString()).body();
    body.select("h1").remove(); // the headline, already read
    List<BodyWalker.Block> blocks = BodyWalker.walk(body);
    article.body(blocks);
    return article.build(NAME);
  }
}
