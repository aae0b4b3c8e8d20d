package io.newswire.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The fixture pages under {@code src/test/resources/pages}, each with its gold record. */
public final class FixtureCorpus {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  public record Fixture(String id, String layout, URI url, String html, JsonNode gold) {
    public Page page() {
      String source = url.getHost().contains("baotintuc") ? "baotintuc"
          : url.getHost().contains("vietnamplus") ? "vietnamplus" : "web";
      return new Page(url, source, html, Instant.parse("2026-11-28T00:00:00Z"), null);
    }

    /** The gold body as the benchmark sees it: lead and paragraphs, one per line. */
    public String goldBody() {
      StringBuilder body = new StringBuilder();
      if (!gold.get("lead").isNull()) {
        body.append(gold.get("lead").asText()).append('\n');
      }
      gold.get("paragraphs").forEach(p -> body.append(p.asText()).append('\n'));
      return body.toString().strip();
    }

    @Override
    public String toString() {
      return id;
    }
  }

  private FixtureCorpus() {}

  public static List<Fixture> all() {
    List<Fixture> fixtures = new ArrayList<>();
    for (JsonNode entry : read("pages/index.json")) {
      String id = entry.get("id").asText();
      fixtures.add(new Fixture(id, entry.get("layout").asText(), URI.create(entry.get("url").asText()),
          text("pages/" + id + ".html"), read("pages/" + id + ".gold.json")));
    }
    return fixtures;
  }

  public static Fixture byId(String id) {
    return all().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
  }

  public static String text(String resource) {
    try (InputStream in = FixtureCorpus.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode read(String resource) {
    try {
      return MAPPER.readTree(text(resource));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
