package io.newswire.ingest.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.newswire.config.Durations;
import io.newswire.ingest.extract.Extractors;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads source definitions from JSON: the built-in {@code sources.json}, then an optional user file. */
public final class SourceCatalogue {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SourceCatalogue() {}

  public static List<Source> builtIn() {
    try (InputStream in = SourceCatalogue.class.getClassLoader().getResourceAsStream("sources.json")) {
      return parse(MAPPER.readTree(in), "sources.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Built-in sources, with those in {@code userFile} added or replacing built-ins of the same id. */
  public static List<Source> load(Path userFile) {
    return load(userFile, Set.of());
  }

  /**
   * As {@link #load(Path)}, with the sources named in {@code enable} switched on although their entry says
   * {@code "enabled": false} (the official outlets ship that way).
   *
   * @throws IllegalArgumentException when {@code enable} names a source that does not exist
   */
  public static List<Source> load(Path userFile, Set<String> enable) {
    Map<String, Source> byId = new LinkedHashMap<>();
    builtIn().forEach(s -> byId.put(s.id(), s));
    if (userFile != null) {
      try {
        parse(MAPPER.readTree(Files.readString(userFile)), userFile.toString()).forEach(s -> byId.put(s.id(), s));
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read sources file " + userFile + ": " + e.getMessage());
      }
    }
    for (String id : enable) {
      if (!byId.containsKey(id)) {
        throw new IllegalArgumentException("no source '" + id + "' to enable (known: " + byId.keySet() + ")");
      }
    }
    return byId.values().stream().filter(src -> src.enabled() || enable.contains(src.id())).toList();
  }

  public static List<Source> parse(JsonNode array, String origin) {
    if (!array.isArray()) {
      throw new IllegalArgumentException(origin + ": expected a JSON array of sources");
    }
    List<Source> sources = new ArrayList<>();
    for (JsonNode s : array) {
      String id = required(s, "id", origin);
      String where = origin + " source '" + id + "'";
      Pattern articleUrl;
      try {
        articleUrl = Pattern.compile(required(s, "articleUrlPattern", where));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(where + ": bad articleUrlPattern: " + e.getDescription());
      }
      List<Source.Listing> listings = new ArrayList<>();
      for (JsonNode l : s.path("listings")) {
        listings.add(new Source.Listing(URI.create(required(l, "url", where)), l.path("itemSelector").asText("a[href]"),
            l.path("pageUrl").asText(null), l.path("pages").asInt(1)));
      }
      sources.add(new Source(id, s.path("name").asText(id), strings(s.path("hosts")), chain(s, where),
          articleUrl, uris(s.path("feeds")), listings, uris(s.path("sitemaps")),
          duration(s, "feedInterval", Duration.ofSeconds(60)), duration(s, "listingInterval", Duration.ofMinutes(5)),
          duration(s, "sitemapInterval", Duration.ofMinutes(30)), s.path("enabled").asBoolean(true)));
    }
    return sources;
  }

  /**
   * The source's extractor chain: {@code "extractors": ["baotintuc", "generic"]}, tried in order. The older
   * {@code "extractor": "baotintuc"} means that extractor, then the generic fallback.
   */
  private static List<String> chain(JsonNode s, String where) {
    List<String> chain = s.has("extractors") ? strings(s.path("extractors"))
        : s.has("extractor") && !s.path("extractor").asText().equals(Extractors.GENERIC)
            ? List.of(s.path("extractor").asText(), Extractors.GENERIC) : List.of(Extractors.GENERIC);
    for (String name : chain) {
      if (!Extractors.NAMES.contains(name)) {
        throw new IllegalArgumentException(where + ": no extractor named '" + name + "' (known: " + Extractors.NAMES + ")");
      }
    }
    if (chain.isEmpty()) {
      throw new IllegalArgumentException(where + ": 'extractors' is empty");
    }
    return List.copyOf(chain);
  }

  /** The catalogue's source for a URL's host (or a subdomain of one of its hosts); "web" with the generic extractor otherwise. */
  public static Source forUrl(List<Source> sources, URI url) {
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(java.util.Locale.ROOT);
    for (Source source : sources) {
      for (String h : source.hosts()) {
        if (host.equals(h) || host.endsWith("." + h)) {
          return source;
        }
      }
    }
    return Source.web();
  }

  private static String required(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    if (v == null || v.asText().isBlank()) {
      throw new IllegalArgumentException(where + ": missing '" + field + "'");
    }
    return v.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<URI> uris(JsonNode array) {
    return strings(array).stream().map(URI::create).toList();
  }

  private static Duration duration(JsonNode node, String field, Duration fallback) {
    JsonNode v = node.get(field);
    if (v == null) {
      return fallback;
    }
    try {
      return Durations.parse(v.asText());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("bad duration for " + field + ": " + e.getMessage());
    }
  }
}
