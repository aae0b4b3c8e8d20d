package io.newswire.ingest.warc;

import io.newswire.ingest.fetch.FetchResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes every fetched response to gzip-compressed WARC files (jwarc), starting a new file once the current
 * one passes {@code maxBytes}, so a crawl can be replayed or re-extracted later with standard tools.
 */
public final class WarcArchive implements AutoCloseable {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);

  private final Path dir;
  private final long maxBytes;
  private FileChannel channel;
  private WarcWriter writer;
  private Path current;
  private int sequence;

  public WarcArchive(Path dir, long maxBytes) {
    this.dir = dir;
    this.maxBytes = maxBytes;
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create WARC dir " + dir, e);
    }
  }

  public synchronized void write(FetchResult.Fetched fetched, Instant at) throws IOException {
    if (writer == null || channel.size() >= maxBytes) {
      rotate(at);
    }
    HttpResponse http = new HttpResponse.Builder(fetched.status(), "OK")
        .addHeader("Content-Type", fetched.contentType().isEmpty() ? "text/html; charset=" + fetched.charset().name()
            : fetched.contentType())
        .addHeader("Content-Length", Integer.toString(fetched.body().length))
        .body(MediaType.parse(fetched.contentType().isEmpty() ? "text/html" : fetched.contentType()), fetched.body())
        .build();
    writer.write(new WarcResponse.Builder(fetched.finalUrl()).date(at).body(http).build());
  }

  private void rotate(Instant at) throws IOException {
    close();
    current = dir.resolve("newswire-" + STAMP.format(at) + "-" + String.format("%05d", sequence++) + ".warc.gz");
    channel = FileChannel.open(current, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    writer = new WarcWriter(channel, WarcCompression.GZIP);
  }

  @Override
  public synchronized void close() {
    try {
      if (writer != null) {
        writer.close();
      }
      if (channel != null && channel.isOpen()) {
        channel.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer = null;
      channel = null;
    }
  }
}
