package io.newswire.app.roles;

import io.micrometer.core.instrument.MeterRegistry;
import io.newswire.analysis.ArticleAnalyzer;
import io.newswire.app.config.NewswireConfig;
import io.newswire.processor.ProcessorSettings;
import io.newswire.processor.ProcessorTopology;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The processor role: {@link ProcessorTopology} on Kafka Streams with exactly-once v2. */
public final class ProcessorRole extends StreamsApp {
  private static final Logger log = LoggerFactory.getLogger(ProcessorRole.class);

  private ProcessorRole(Topology topology, Properties props, MeterRegistry registry) {
    super("processor", topology, props, registry);
  }

  public static ProcessorRole start(NewswireConfig config, Properties clientProps, MeterRegistry registry) {
    ProcessorSettings settings = new ProcessorSettings(Double.parseDouble(config.get("processor.dedup.threshold")),
        config.getDuration("processor.dedup.retention"), config.getDuration("processor.dedup.purge.interval"));
    Topology topology = ProcessorTopology.build(settings, new ArticleAnalyzer(config.getInt("processor.max.chars")),
        registry);
    log.debug("processor topology:\n{}", topology.describe());
    return new ProcessorRole(topology, streamsProperties(config, clientProps, config.get("processor.application.id"),
        config.getInt("processor.threads")), registry);
  }

  /** Settings every newswire Streams application shares: exactly-once v2, handlers that never stop the app. */
  public static Properties streamsProperties(NewswireConfig config, Properties clientProps, String applicationId, int threads) {
    Properties p = new Properties();
    p.putAll(clientProps);
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(StreamsConfig.STATE_DIR_CONFIG, Path.of(config.get("state.dir")).toString());
    p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
    // static membership: a restart, clean or after kill -9, gets its tasks back without a session-timeout wait
    p.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG), instanceId(config));
    p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, config.getInt("topics.replication.factor"));
    p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
    p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueProcessingExceptionHandler.class);
    p.put("processing.exception.handler.global.enabled", true);
    p.put(StreamsConfig.producerPrefix("max.request.size"), 8 * 1024 * 1024);
    // lz4, not zstd: these producers write each record again (repartition, changelogs, output), compressing on the
    // stream thread and its producer's I/O thread, and the broker decompresses each batch to check it; with zstd the
    // stream thread spent about a fifth more CPU per article (docs/BENCHMARKS.md), for somewhat smaller batches
    p.put(StreamsConfig.producerPrefix("compression.type"), "lz4");
    return p;
  }

  /** The configured {@code instance.id}, or this host's name: stable across restarts, distinct between hosts. */
  static String instanceId(NewswireConfig config) {
    String id = config.get("instance.id").strip();
    if (!id.isEmpty()) {
      return id;
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "newswire";
    }
  }
}
