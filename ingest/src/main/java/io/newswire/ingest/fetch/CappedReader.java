package io.newswire.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/** Reads a body up to a byte cap and a deadline, so a huge or endless response cannot exhaust memory or time. */
final class CappedReader {
  static final class TooLargeException extends Exception {
    private static final long serialVersionUID = 1L;

    TooLargeException(long cap) {
      super("body larger than " + cap + " bytes");
    }
  }

  /** Closes streams whose server stopped sending, so a hanging body cannot block a fetch thread forever. */
  private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "newswire-fetch-watchdog");
    t.setDaemon(true);
    return t;
  });

  private CappedReader() {}

  static byte[] read(InputStream in, long cap, long deadlineNanos)
      throws IOException, TooLargeException, TimeoutException {
    AtomicBoolean expired = new AtomicBoolean();
    ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
      expired.set(true);
      try {
        in.close();
      } catch (IOException e) {
        // the reader sees the stream closed either way
      }
    }, Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    try {
      return readAll(in, cap, deadlineNanos);
    } catch (IOException e) {
      if (expired.get()) {
        throw new TimeoutException("body not read within the read timeout");
      }
      throw e;
    } finally {
      watchdog.cancel(false);
    }
  }

  private static byte[] readAll(InputStream in, long cap, long deadlineNanos)
      throws IOException, TooLargeException, TimeoutException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    byte[] buffer = new byte[16 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) != -1) {
      total += n;
      if (total > cap) {
        throw new TooLargeException(cap);
      }
      out.write(buffer, 0, n);
      if (System.nanoTime() > deadlineNanos) {
        throw new TimeoutException("body not read within the read timeout");
      }
    }
    return out.toByteArray();
  }
}
