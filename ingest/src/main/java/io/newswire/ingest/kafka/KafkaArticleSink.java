package io.newswire.ingest.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.newswire.ingest.pipeline.ArticleSink;
import io.newswire.schemas.AvroSerde;
import io.newswire.schemas.DeadLetter;
import io.newswire.schemas.NewswireSerdes;
import io.newswire.schemas.RawArticle;
import io.newswire.topics.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes RawArticles to {@code news.pages.raw} keyed by canonical URL, and dead letters to {@code news.dlq}.
 * Idempotent producer with {@code acks=all}; the producer itself retries until {@code delivery.timeout.ms}, and a
 * send that still fails is counted and logged — and, because the seen-set is only updated on delivery, the
 * article is fetched again on the next discovery round instead of being lost.
 */
public final class KafkaArticleSink implements ArticleSink {
  private static final Logger log = LoggerFactory.getLogger(KafkaArticleSink.class);

  private final Producer<String, byte[]> producer;
  private final AvroSerde<RawArticle> articles = NewswireSerdes.rawArticle();
  private final AvroSerde<DeadLetter> letters = NewswireSerdes.deadLetter();
  private final MeterRegistry metrics;
  /**
   * Delivery callbacks run here, not on the producer's I/O thread: they send seen-set records, and a send
   * from the I/O thread that must wait for metadata would wait for itself.
   */
  private final ExecutorService callbacks = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "newswire-ingest-delivered");
    t.setDaemon(true);
    return t;
  });

  public KafkaArticleSink(Properties clientProps, MeterRegistry metrics) {
    Map<String, Object> props = new HashMap<>();
    clientProps.forEach((k, v) -> props.put((String) k, v));
    props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "newswire-ingest");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
    props.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
    this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    this.metrics = metrics;
  }

  public Producer<String, byte[]> producer() {
    return producer;
  }

  @Override
  public void publish(RawArticle article, Runnable onDelivered) {
    byte[] value = articles.serialize(Topics.PAGES_RAW, article);
    producer.send(new ProducerRecord<>(Topics.PAGES_RAW, article.getCanonicalUrl(), value), (metadata, error) -> {
      if (error == null) {
        callbacks.execute(onDelivered);
      } else {
        metrics.counter("news.ingest.send.failures", "topic", Topics.PAGES_RAW).increment();
        log.error("could not publish {} (it will be fetched again): {}", article.getCanonicalUrl(), error.toString());
      }
    });
  }

  @Override
  public void deadLetter(String key, DeadLetter letter) {
    metrics.counter("news.dead.letters", "stage", letter.getStage(), "reason", letter.getReason()).increment();
    producer.send(new ProducerRecord<>(Topics.DLQ, key, letters.serialize(Topics.DLQ, letter)), (metadata, error) -> {
      if (error != null) {
        metrics.counter("news.ingest.send.failures", "topic", Topics.DLQ).increment();
        log.error("could not dead-letter {}: {}", key, error.toString());
      }
    });
  }

  @Override
  public void flush() {
    producer.flush();
    try {
      callbacks.submit(() -> { }).get(30, TimeUnit.SECONDS); // every callback queued before it has run
      producer.flush(); // and what those callbacks sent
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
      log.warn("delivery callbacks did not drain: {}", e.toString());
    }
  }

  @Override
  public void close() {
    flush();
    callbacks.shutdown();
    producer.close(Duration.ofSeconds(5));
  }
}
