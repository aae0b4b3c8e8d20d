package io.newswire.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.schemas.Image;
import io.newswire.schemas.RawArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The article this project started from, rendered as a Báo Tin tức page, against its hand-made gold
 * annotation ({@code corpus/baotintuc-doan-kiem-tra-538.gold.json} in the test resources).
 */
class SeedArticleTest {
  private final JsonNode gold = FixtureCorpus.read("corpus/baotintuc-doan-kiem-tra-538.gold.json").get("article");

  @Test
  void theCopiedGoldIsTheSharedOne() throws Exception {
    Path shared = Path.of("..", "..", "shared", "corpus", "gold", "baotintuc-doan-kiem-tra-538.gold.json");
    if (Files.exists(shared)) {
      assertEquals(Files.readString(shared), FixtureCorpus.text("corpus/baotintuc-doan-kiem-tra-538.gold.json"));
    }
  }

  @Test
  void seedPageMatchesTheGoldAnnotation() throws Exception {
    RawArticle article = new BaotintucExtractor().extract(FixtureCorpus.byId("btt-2023-seed-538").page());

    assertEquals(gold.get("title").asText(), article.getTitle());
    // the page carries the first paragraph as its sapo; the gold counts it
    int paragraphs = article.getParagraphs().size() + (article.getLead() == null ? 0 : 1);
    assertEquals(gold.get("paragraphCount").asInt(), paragraphs);
    String first = article.getLead() != null ? article.getLead() : article.getParagraphs().get(0);
    assertTrue(first.startsWith(gold.get("firstParagraphStartsWith").asText()), first);
    String last = article.getParagraphs().get(article.getParagraphs().size() - 1);
    assertTrue(last.endsWith(gold.get("lastParagraphEndsWith").asText()), last);
    assertEquals(gold.get("sourceCredit").asText(), article.getSourceCredit());

    assertEquals(gold.get("images").size(), article.getImages().size());
    for (int i = 0; i < article.getImages().size(); i++) {
      Image image = article.getImages().get(i);
      assertEquals(gold.get("images").get(i).get("caption").asText(), image.getCaption());
      assertEquals(gold.get("images").get(i).get("credit").asText(), image.getCredit());
      assertTrue(image.getUrl().startsWith("https://cdnmedia.baotintuc.vn/"), image.getUrl());
    }

    String everything = String.join("\n", article.getTitle(), article.getLead(), String.join("\n", article.getParagraphs()));
    for (JsonNode banned : gold.get("mustNotContain")) {
      assertFalse(everything.contains(banned.asText()), "body contains '" + banned.asText() + "'");
    }
    assertEquals(LocalDate.of(2022, 10, 11), article.getPublishedAt().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate());
  }
}
