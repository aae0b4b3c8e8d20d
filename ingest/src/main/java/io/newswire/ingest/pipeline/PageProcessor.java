package io.newswire.ingest.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import io.newswire.ingest.extract.ExtractionException;
import io.newswire.ingest.extract.Extractors;
import io.newswire.ingest.extract.Page;
import io.newswire.schemas.DeadLetter;
import io.newswire.schemas.RawArticle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * The extract stage: one fetched page becomes a {@link RawArticle} through its source's extractor chain, or a
 * dead letter saying why not. Shared by live ingest and WARC replay; it keeps no state.
 */
public final class PageProcessor {
  /** What a page came to. */
  public sealed interface Processed {}

  /** @param contentHash what tells a corrected article from an unchanged one */
  public record Extracted(RawArticle article, String contentHash) implements Processed {}

  public record Rejected(DeadLetter letter) implements Processed {}

  private final Extractors extractors;
  private final boolean keepHtml;
  private final MeterRegistry metrics;

  public PageProcessor(Extractors extractors, boolean keepHtml, MeterRegistry metrics) {
    this.extractors = extractors;
    this.keepHtml = keepHtml;
    this.metrics = metrics;
  }

  /** @param chain the source's extractor chain; empty: the host's own extractor, then the generic fallback */
  public Processed process(Page page, List<String> chain) {
    String url = page.url().toString();
    try {
      RawArticle article = extractors.extract(page, chain);
      String hash = ContentHash.of(article);
      if (keepHtml) {
        article.setRawHtmlGzip(ByteBuffer.wrap(gzip(page.html())));
      }
      return new Extracted(article, hash);
    } catch (ExtractionException e) {
      metrics.counter("news.extract.failures", "source", page.source(), "reason", e.reason()).increment();
      return new Rejected(DeadLetter.newBuilder().setStage("ingest.extract").setReason(e.reason())
          .setErrorClass(e.getClass().getName()).setErrorMessage(e.getMessage()).setUrl(url)
          .setPayload(ByteBuffer.wrap(gzip(page.html()))).setTime(page.fetchedAt()).build());
    }
  }

  static byte[] gzip(String html) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, html.length() / 4));
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(html.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e); // in-memory streams do not fail
    }
    return out.toByteArray();
  }
}
