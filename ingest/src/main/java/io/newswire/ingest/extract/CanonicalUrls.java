package io.newswire.ingest.extract;

import crawlercommons.domains.EffectiveTldFinder;
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

  /**
   * {@code link rel=canonical}, then {@code og:url}, then the fetched URL; always cleaned and absolute. A declared
   * URL counts only on the fetched page's own site (the same registrable domain, by the public-suffix list): a page
   * fetched from one site must not file itself under another site's story and take it over as an update.
   */
  public static String of(Document doc, URI fetched) {
    String fetchedUrl = clean(fetched.toString(), fetched);
    Element link = doc.selectFirst("link[rel=canonical][href]");
    if (link != null && !link.absUrl("href").isBlank()) {
      String declared = clean(link.absUrl("href"), fetched);
      return onSameSite(declared, fetched) ? declared : fetchedUrl;
    }
    Element og = doc.selectFirst("meta[property=og:url][content]");
    if (og != null && !og.attr("content").isBlank()) {
      String declared = clean(og.absUrl("content").isBlank() ? og.attr("content") : og.absUrl("content"), fetched);
      return onSameSite(declared, fetched) ? declared : fetchedUrl;
    }
    return fetchedUrl;
  }

  /** www.baotintuc.vn and baotintuc.vn, m. and www. of one paper: one site; another paper's domain is not. */
  static boolean onSameSite(String declared, URI fetched) {
    String host = URI.create(declared).getHost();
    String fetchedHost = fetched.getHost();
    if (host == null || fetchedHost == null) {
      return false;
    }
    if (host.equalsIgnoreCase(fetchedHost)) {
      return true;
    }
    String site = EffectiveTldFinder.getAssignedDomain(host.toLowerCase(Locale.ROOT), true, false);
    return site != null && site.equals(EffectiveTldFinder.getAssignedDomain(fetchedHost.toLowerCase(Locale.ROOT), true,
        false));
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
