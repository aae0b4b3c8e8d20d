package io.newswire.ingest.warc;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the HTML response records of standard WARC files (ours, a past crawl, a public web archive), decoding
 * content encodings, and hands each page on. Requests, metadata, non-200 and non-HTML records are skipped.
 */
public final class WarcPages {

  public record Capture(URI url, Instant capturedAt, String html) {}

  /** Counts what was read, for the replay summary. */
  public record Counts(int records, int pages, int skipped) {}

  private WarcPages() {}

  /**
   * Whether the file opens with a WARC record, gzipped or not: asked before a replay starts anything, so that a
   * wrong file is a usage error and not a parse failure after the broker has started.
   */
  public static boolean looksLikeWarc(Path file) {
    try (InputStream raw = new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(file))) {
      raw.mark(2);
      boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
      raw.reset();
      InputStream in = gzip ? new java.util.zip.GZIPInputStream(raw) : raw;
      byte[] head = in.readNBytes(5);
      return new String(head, StandardCharsets.US_ASCII).equals("WARC/");
    } catch (IOException e) {
      return false;
    }
  }

  public static Counts read(Path warc, Consumer<Capture> pages) throws IOException {
    int records = 0;
    int found = 0;
    int skipped = 0;
    try (WarcReader reader = new WarcReader(warc)) {
      for (WarcRecord record : reader) {
        records++;
        if (!(record instanceof WarcResponse response)) {
          continue;
        }
        try {
          var http = response.http();
          MediaType type = http.contentType();
          String base = type == null ? "" : type.base().toString();
          if (http.status() != 200 || !(base.equals("text/html") || base.equals("application/xhtml+xml"))) {
            skipped++;
            continue;
          }
          byte[] body;
          try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readAllBytes();
          }
          Charset charset = StandardCharsets.UTF_8;
          String name = type.parameters().get("charset");
          if (name != null) {
            try {
              charset = Charset.forName(name);
            } catch (RuntimeException e) {
              // keep UTF-8
            }
          }
          pages.accept(new Capture(response.targetURI(), response.date(), new String(body, charset)));
          found++;
        } catch (IOException | RuntimeException e) {
          skipped++; // a damaged record does not stop the archive
        }
      }
    }
    return new Counts(records, found, skipped);
  }
}
