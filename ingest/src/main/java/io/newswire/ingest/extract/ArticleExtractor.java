package io.newswire.ingest.extract;

import io.newswire.schemas.RawArticle;

/** Turns one page of a known layout into a {@link RawArticle}. Implementations are stateless and thread-safe. */
public interface ArticleExtractor {

  /** Name and version, written into {@code RawArticle.extractor}. */
  String name();

  RawArticle extract(Page page) throws ExtractionException;
}
