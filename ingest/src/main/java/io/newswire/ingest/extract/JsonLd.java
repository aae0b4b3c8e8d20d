package io.newswire.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The article object of a page's JSON-LD ({@code NewsArticle}, {@code Article}, also inside {@code @graph}). */
final class JsonLd {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
      "AnalysisNewsArticle", "BlogPosting");

  private JsonLd() {}

  static Optional<JsonNode> article(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode found = find(MAPPER.readTree(script.data()));
        if (found != null) {
          return Optional.of(found);
        }
      } catch (Exception e) {
        // malformed JSON-LD is common; the page's own markup still counts
      }
    }
    return Optional.empty();
  }

  private static JsonNode find(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        JsonNode found = find(item);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (node.has("@graph")) {
      return find(node.get("@graph"));
    }
    JsonNode type = node.get("@type");
    if (type != null) {
      if (type.isTextual() && ARTICLE_TYPES.contains(type.asText())) {
        return node;
      }
      if (type.isArray()) {
        for (JsonNode t : type) {
          if (ARTICLE_TYPES.contains(t.asText())) {
            return node;
          }
        }
      }
    }
    return null;
  }

  static Optional<String> text(JsonNode article, String field) {
    JsonNode value = article.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (value.isTextual()) {
      return Optional.of(value.asText()).filter(s -> !s.isBlank());
    }
    if (value.isArray() && value.size() > 0) {
      value = value.get(0);
    }
    if (value.has("name")) {
      return Optional.of(value.get("name").asText()).filter(s -> !s.isBlank());
    }
    return Optional.empty();
  }
}
