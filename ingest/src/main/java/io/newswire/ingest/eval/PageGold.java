package io.newswire.ingest.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The gold of one saved page, as a person wrote it from reading the page's HTML. A real page is its publisher's
 * work, so its gold does not copy its text: each text field says where on the page the truth stands (a CSS
 * selector, elements to leave out, or an attribute), and is read from the saved page when it is scored. Our own
 * fixture pages may give the text itself. A field left out of the gold is not scored for that page.
 *
 * <pre>
 * {"id": "…", "outlet": "vnexpress.net", "url": "https://…", "split": "heldout", "kind": "article",
 *  "source": {"repository": "…", "path": "…", "commit": "…"},
 *  "title": {"select": "h1.title-detail"}, "sapo": {"select": "p.description", "exclude": ["span.location-stamp"]},
 *  "body": {"select": "article.fck_detail > p.Normal", "exclude": ["p[style*=right]"]},
 *  "published": "2025-10-22T10:05:00+07:00", "author": "Name Of Author",
 *  "captions": {"select": "figcaption", "strip": "\\s*Ảnh:.*$"}, "tags": {"select": "div.tags a"}}
 * </pre>
 * {@code attr} reads an attribute instead of the text; {@code strip} removes what a regular expression matches
 * (a photo credit after the caption).
 */
public record PageGold(String id, String outlet, URI url, String split, boolean article, JsonNode source,
                       Field title, Field sapo, Field body, Instant published, Field author, Field captions,
                       Field tags) {

  /** A gold text field: either its values written out, or where to read them on the page. */
  public record Field(List<String> literal, String select, List<String> exclude, String attr,
                      java.util.regex.Pattern strip) {

    /** Every value: one per element the selector finds (a paragraph, a caption, a tag), whitespace collapsed. */
    public List<String> values(Document page) {
      if (literal != null) {
        return literal.stream().map(PageGold::normalize).filter(v -> !v.isEmpty()).toList();
      }
      Document copy = exclude.isEmpty() ? page : page.clone();
      for (String gone : exclude) {
        copy.select(gone).remove();
      }
      List<String> values = new ArrayList<>();
      for (Element e : copy.select(select)) {
        String value = attr == null ? e.text() : e.attr(attr);
        value = normalize(strip == null ? value : strip.matcher(normalize(value)).replaceAll(""));
        if (!value.isEmpty()) {
          values.add(value);
        }
      }
      return values;
    }

    static Field of(JsonNode node, String name) {
      if (node == null || node.isMissingNode() || node.isNull()) {
        return null;
      }
      if (node.isTextual()) {
        return new Field(List.of(node.asText()), null, List.of(), null, null);
      }
      if (node.isArray()) {
        List<String> values = new ArrayList<>();
        node.forEach(v -> values.add(v.asText()));
        return new Field(values, null, List.of(), null, null);
      }
      if (!node.path("select").isTextual()) {
        throw new IllegalArgumentException(name + " needs a text, a list of texts or {\"select\": …}");
      }
      List<String> exclude = new ArrayList<>();
      node.path("exclude").forEach(v -> exclude.add(v.asText()));
      return new Field(null, node.get("select").asText(), List.copyOf(exclude),
          node.path("attr").isTextual() ? node.get("attr").asText() : null,
          node.path("strip").isTextual() ? java.util.regex.Pattern.compile(node.get("strip").asText()) : null);
    }
  }

  /** NFC, every run of white space one space, no space at either end. */
  public static String normalize(String text) {
    return java.text.Normalizer.normalize(text == null ? "" : text, java.text.Normalizer.Form.NFC)
        .replaceAll("[\\s\\u00A0]+", " ").strip();
  }

  /** Reads a gold file, one JSON object per line; a line it cannot read is an error that names the line. */
  public static List<PageGold> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<PageGold> gold = new ArrayList<>();
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      try {
        gold.add(of(json.readTree(line)));
      } catch (IOException | RuntimeException e) {
        throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return gold;
  }

  static PageGold of(JsonNode n) {
    String id = n.path("id").asText("");
    if (id.isEmpty() || !id.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("an item needs an id of letters, digits, '.', '_' or '-'");
    }
    String kind = n.path("kind").asText("article");
    if (!kind.equals("article") && !kind.equals("not-article")) {
      throw new IllegalArgumentException(id + ": kind is article or not-article, not " + kind);
    }
    String published = n.path("published").asText(null);
    return new PageGold(id, n.path("outlet").asText("?"), URI.create(n.path("url").asText()),
        n.path("split").asText("all"), kind.equals("article"), n.path("source"),
        Field.of(n.get("title"), "title"), Field.of(n.get("sapo"), "sapo"), Field.of(n.get("body"), "body"),
        published == null ? null : OffsetDateTime.parse(published).toInstant(), Field.of(n.get("author"), "author"),
        Field.of(n.get("captions"), "captions"), Field.of(n.get("tags"), "tags"));
  }
}
