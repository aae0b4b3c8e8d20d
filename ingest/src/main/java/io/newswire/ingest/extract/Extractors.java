package io.newswire.ingest.extract;

import io.newswire.schemas.RawArticle;
import io.newswire.ingest.source.Source;
import io.newswire.ingest.source.SourceCatalogue;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one extractor chain: a source's extractors in the order {@code sources.json} lists them (site extractors,
 * then the generic fallback). Ingest, {@code extract} and {@code replay} all come through here.
 */
public final class Extractors {
  public static final String GENERIC = "generic";
  public static final Set<String> NAMES = Set.of("baotintuc", "vietnamplus", GENERIC);

  private final Map<String, ArticleExtractor> byName = Map.of("baotintuc", new BaotintucExtractor(),
      "vietnamplus", new VietnamplusExtractor(), GENERIC, new GenericExtractor());
  private final List<Source> catalogue;

  /** With the built-in source catalogue. */
  public Extractors() {
    this(SourceCatalogue.builtIn());
  }

  public Extractors(List<Source> catalogue) {
    this.catalogue = List.copyOf(catalogue);
  }

  /** Through the chain of the page's source in the catalogue (the generic extractor for other hosts). */
  public RawArticle extract(Page page) throws ExtractionException {
    return extract(page, SourceCatalogue.forUrl(catalogue, page.url()).extractors());
  }

  /** Through one named extractor, then the generic fallback. */
  public RawArticle extract(Page page, String extractorName) throws ExtractionException {
    return extract(page, extractorName.equals(GENERIC) ? List.of(GENERIC) : List.of(extractorName, GENERIC));
  }

  /**
   * Each extractor of the chain in turn, until one yields an article. When none does, the first one's reason is
   * reported: the site extractor's is the more telling.
   */
  public RawArticle extract(Page page, List<String> chain) throws ExtractionException {
    ExtractionException first = null;
    for (String name : chain) {
      ArticleExtractor extractor = byName.get(name);
      if (extractor == null) {
        throw new IllegalArgumentException("no extractor named '" + name + "' (known: " + NAMES + ")");
      }
      try {
        return extractor.extract(page);
      } catch (ExtractionException e) {
        first = first == null ? e : first;
      }
    }
    if (first == null) {
      throw new IllegalArgumentException("empty extractor chain");
    }
    throw first;
  }
}
