package io.newswire.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.ingest.extract.FixtureCorpus.Fixture;
import io.newswire.schemas.Image;
import io.newswire.schemas.RawArticle;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture page, through the extractor its site gets, matches its gold record field by field. */
class SiteExtractorsTest {
  private final Extractors extractors = new Extractors();

  static Stream<Fixture> fixtures() {
    return FixtureCorpus.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void extractsTheGoldRecord(Fixture fixture) throws Exception {
    RawArticle article = extractors.extract(fixture.page());
    JsonNode gold = fixture.gold();
    assertEquals(gold.get("title").asText(), article.getTitle(), "title");
    assertEquals(textOrNull(gold.get("lead")), article.getLead(), "lead");
    assertEquals(strings(gold.get("paragraphs")), article.getParagraphs(), "paragraphs");
    List<String> goldImages = new ArrayList<>();
    gold.get("images").forEach(i -> goldImages.add(i.get("caption").asText() + " | " + i.get("credit").asText()));
    assertEquals(goldImages, article.getImages().stream().map(i -> i.getCaption() + " | " + i.getCredit()).toList(),
        "images");
    assertEquals(textOrNull(gold.get("author")), article.getAuthor(), "author");
    assertEquals(textOrNull(gold.get("sourceCredit")), article.getSourceCredit(), "sourceCredit");
    assertEquals(OffsetDateTime.parse(gold.get("publishedAt").asText()).toInstant(), article.getPublishedAt(),
        "publishedAt");
    assertEquals(textOrNull(gold.get("category")), article.getCategory(), "category");
    assertEquals(strings(gold.get("tags")), article.getTags(), "tags");
    assertEquals(gold.get("canonicalUrl").asText(), article.getCanonicalUrl(), "canonicalUrl");
    for (Image image : article.getImages()) {
      assertFalse(image.getUrl().isBlank());
    }
  }

  private static String textOrNull(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
