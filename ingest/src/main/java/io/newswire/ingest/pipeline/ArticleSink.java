package io.newswire.ingest.pipeline;

import io.newswire.schemas.DeadLetter;
import io.newswire.schemas.RawArticle;

/** Where ingest's output goes: {@code news.pages.raw} and {@code news.dlq} in production, a list in tests. */
public interface ArticleSink extends AutoCloseable {

  /** Sends the article; {@code onDelivered} runs only once the write is acknowledged. */
  void publish(RawArticle article, Runnable onDelivered);

  void deadLetter(String key, DeadLetter letter);

  /** Waits until everything sent so far is acknowledged (or failed and counted). */
  void flush();

  @Override
  void close();
}
