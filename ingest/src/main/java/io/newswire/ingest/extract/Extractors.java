package io.newswire.ingest.extract;

import io.newswire.schemas.RawArticle;
import java.util.Locale;
import java.util.Map;

/** Chooses the extractor for a page: the source's own when it has one, the generic fallback otherwise. */
public final class Extractors {
  private final Map<String, ArticleExtractor> byName;
  private final ArticleExtractor fallback = new GenericExtractor();

  public Extractors() {
    this.byName = Map.of("baotintuc", new BaotintucExtractor(), "vietnamplus", new VietnamplusExtractor(),
        "generic", fallback);
  }

  /** The extractor a host gets when the source catalogue names none. */
  public ArticleExtractor forHost(String host) {
    String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
    if (h.equals("baotintuc.vn") || h.endsWith(".baotintuc.vn")) {
      return byName.get("baotintuc");
    }
    if (h.equals("vietnamplus.vn") || h.endsWith(".vietnamplus.vn")) {
      return byName.get("vietnamplus");
    }
    return fallback;
  }

  /** The source id pages of a host get when no catalogue entry names one. */
  public static String sourceIdForHost(String host) {
    String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
    if (h.equals("baotintuc.vn") || h.endsWith(".baotintuc.vn")) {
      return "baotintuc";
    }
    if (h.equals("vietnamplus.vn") || h.endsWith(".vietnamplus.vn")) {
      return "vietnamplus";
    }
    return "web";
  }

  public ArticleExtractor byName(String name) {
    ArticleExtractor extractor = byName.get(name);
    if (extractor == null) {
      throw new IllegalArgumentException("no extractor named '" + name + "' (known: " + byName.keySet() + ")");
    }
    return extractor;
  }

  /** The host's site extractor, falling back to the generic one when the site's layout yields nothing. */
  public RawArticle extract(Page page) throws ExtractionException {
    return extract(page, null);
  }

  /**
   * The one extractor chain: the extractor the source catalogue names ({@code null}: the host's own), then, when
   * that yields nothing, the generic fallback. Ingest, {@code extract} and {@code replay} all come through here.
   */
  public RawArticle extract(Page page, String extractorName) throws ExtractionException {
    ArticleExtractor site = extractorName == null ? forHost(page.host()) : byName(extractorName);
    try {
      return site.extract(page);
    } catch (ExtractionException e) {
      if (site == fallback) {
        throw e;
      }
      try {
        return fallback.extract(page);
      } catch (ExtractionException ignored) {
        throw e; // the site extractor's reason is the more telling one
      }
    }
  }
}
