package io.newswire.app.broker;

import io.newswire.app.config.NewswireConfig.ConfigException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One owner per data dir: {@code run} takes an exclusive lock on {@code DIR/newswire.lock} before it starts
 * anything, and writes its process id there. A second instance on the same dir is refused at once, with the first
 * one's pid, before it touches the broker's files; the first keeps running untouched. The operating system drops
 * the lock when the process ends, however it ends, so a kill -9 leaves no stale lock behind.
 */
public final class DataDirLock implements AutoCloseable {
  public static final String FILE = "newswire.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private DataDirLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Locks {@code dir}, creating it if needed; a ConfigException (exit 2) names the owner when it is taken. */
  public static DataDirLock acquire(Path dir) {
    Path file = dir.resolve(FILE);
    FileChannel channel = null;
    try {
      Files.createDirectories(dir);
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held by this very JVM
      }
      if (lock == null) {
        String owner = Files.readString(file, StandardCharsets.UTF_8).strip();
        channel.close();
        throw new ConfigException("data dir " + dir + " is in use by another newswire" + (owner.isEmpty() ? ""
            : " (pid " + owner + ")") + "; stop it first, or give this one its own --data-dir");
      }
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
      channel.force(true);
      return new DataDirLock(channel, lock);
    } catch (IOException e) {
      if (channel != null) {
        try {
          channel.close();
        } catch (IOException ignored) {
          // already failing
        }
      }
      throw new UncheckedIOException("cannot lock data dir " + dir, e);
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
