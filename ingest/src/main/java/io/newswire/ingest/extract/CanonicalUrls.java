package io.newswire.ingest.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The canonical URL of a page, with tracking parameters and fragments removed. */
public final class CanonicalUrls {
  private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "zarsrc", "mc_cid",
      "mc_eid", "_ga", "igshid", "ref", "cmpid", "gidzl");

  private CanonicalUrls() {}

  /** {@code link rel=canonical}, then {@code og:url}, then the fetched URL; always cleaned and absolute. */
  public static String of(Document doc, URI fetched) {
    Element link = doc.selectFirst("link[rel=canonical][href]");
    if (link != null && !link.absUrl("href").isBlank()) {
      return clean(link.absUrl("href"), fetched);
    }
    Element og = doc.selectFirst("meta[property=og:url][content]");
    if (og != null && !og.attr("content").isBlank()) {
      return clean(og.absUrl("content").isBlank() ? og.attr("content") : og.absUrl("content"), fetched);
    }
    return clean(fetched.toString(), fetched);
  }

  public static String clean(String url, URI fallback) {
    try {
      URI uri = new URI(url.strip());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return fallback.toString();
      }
      String query = uri.getRawQuery();
      List<String> kept = new ArrayList<>();
      if (query != null) {
        for (String part : query.split("&")) {
          String name = part.split("=", 2)[0].toLowerCase(Locale.ROOT);
          if (!name.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name)) {
            kept.add(part);
          }
        }
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      String host = uri.getHost().toLowerCase(Locale.ROOT);
      int port = uri.getPort();
      boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path
          + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    } catch (URISyntaxException e) {
      return fallback.toString();
    }
  }
}
