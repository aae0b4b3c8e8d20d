package io.newswire.ingest.extract;

import crawlercommons.domains.EffectiveTldFinder;
import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The canonical URL of a page, with tracking parameters and fragments removed. */
public final class CanonicalUrls {
  private static final Set<String> TRACKING = Set.of("utm_source", "utm_medium", "utm_campaign", "utm_term",
      "utm_content", "utm_id", "utm_name", "fbclid", "gclid", "dclid", "msclkid", "zarsrc", "mc_cid", "mc_eid", "_ga",
      "igshid", "ref", "cmpid", "gidzl");
  private static final BasicURLNormalizer NORMALIZER =
      BasicURLNormalizer.newBuilder().queryParamsToRemove(TRACKING).build();

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

  /**
   * The URL normalized by crawler-commons (scheme and host lower-cased, default port, dot segments and fragment
   * removed, escaping made consistent) without tracking parameters; {@code fallback} when it is not a URL.
   */
  public static String clean(String url, URI fallback) {
    String cleaned = NORMALIZER.filter(url.strip());
    if (cleaned == null) {
      return fallback.toString();
    }
    URI uri = URI.create(cleaned);
    return uri.getHost() == null ? fallback.toString() : cleaned;
  }
}
