package io.newswire.app.bench;

import com.sun.management.OperatingSystemMXBean;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.analysis.ArticleAnalyzer;
import io.newswire.app.broker.EmbeddedBroker;
import io.newswire.app.kafka.TopicAdmin;
import io.newswire.app.config.NewswireConfig;
import io.newswire.app.roles.ProcessorRole;
import io.newswire.processor.ArticleFactory;
import io.newswire.processor.ProcessorSettings;
import io.newswire.processor.ProcessorTopology;
import io.newswire.schemas.NewswireSerdes;
import io.newswire.schemas.RawArticle;
import io.newswire.topics.TopicSpec;
import io.newswire.topics.Topics;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * Bench command (not a test): N generated articles through the processor topology on the embedded broker with
 * exactly-once, against a pass-through topology (same broker, same data, same run); then end-to-end latency of
 * the full topology at a steady rate.
 *
 * <pre>
 * mvn -B -ntp -q install -DskipTests
 * mvn -B -ntp -q -pl app exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-Xmx2g -cp %classpath io.newswire.app.bench.ProcessorThroughputBench 50000 50"
 * </pre>
 */
public final class ProcessorThroughputBench {
  private static final OperatingSystemMXBean PROCESS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  /** A drain's stream threads, as {@link #cpuByThreadGroup} names them. */
  private static final String STREAM_THREADS = "<app>-StreamThread-N";

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    int rate = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    Path dir = Files.createTempDirectory("newswire-bench-");
    try (EmbeddedBroker broker = EmbeddedBroker.start(dir.resolve("broker"), 0, 0)) {
      Properties client = new Properties();
      client.put("bootstrap.servers", broker.bootstrapServers());
      List<TopicSpec> topics = new ArrayList<>(Topics.ALL);
      topics.add(new TopicSpec("bench.passthrough.out", 4, false, Duration.ofDays(1), "k", "v", "bench"));
      try (Admin admin = Admin.create(client)) {
        new TopicAdmin(admin, client, Duration.ofSeconds(30)).ensure(topics, -1);
      }
      System.err.printf("producing %d articles…%n", count);
      long bytes = produce(client, count, 0);
      System.err.printf("produced %.1f MB%n", bytes / 1e6);

      NewswireConfig config = NewswireConfig.defaults().with("state.dir", dir.resolve("state").toString());
      double passthrough = drain(config, client, count, true, 1);
      double full = drain(config, client, count, false, 1);
      // the analysis stage has one task per input partition (4): a second stream thread takes half of them
      double twoThreads = drain(config, client, count, false, 2);
      System.out.printf(Locale.ROOT, "articles: %d (%.1f KB each)%n", count, bytes / 1024.0 / count);
      System.out.printf(Locale.ROOT, "pass-through (mapValues, exactly_once_v2): %.0f records/s%n", passthrough);
      System.out.printf(Locale.ROOT, "processor topology (exactly_once_v2):      %.0f records/s%n", full);
      System.out.printf(Locale.ROOT, "processor topology, 2 stream threads:      %.0f records/s (%.2f× one thread)%n",
          twoThreads, twoThreads / full);
      System.out.printf(Locale.ROOT, "ratio full / pass-through:                 %.3f%n", full / passthrough);
      latency(config, client, rate, Math.min(count, rate * 40), dir);
      // the last line of standard output, for scripts: exactly this shape
      System.out.printf(Locale.ROOT, "ratio=%.3f processor=%.0f passthrough=%.0f articles=%d%n", full / passthrough,
          full, passthrough, count);
    } finally {
      try (var walk = Files.walk(dir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static long produce(Properties client, int count, int offset) throws Exception {
    Properties p = new Properties();
    p.putAll(client);
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    var serde = NewswireSerdes.rawArticle();
    long bytes = 0;
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
      for (int i = offset; i < offset + count; i++) {
        RawArticle a = ArticleFactory.varied(i);
        byte[] value = serde.serialize(Topics.PAGES_RAW, a);
        bytes += value.length;
        producer.send(new ProducerRecord<>(Topics.PAGES_RAW, a.getCanonicalUrl(), value), (m, e) -> {
          if (e != null) {
            throw new IllegalStateException(e);
          }
        });
      }
    }
    return bytes;
  }

  /**
   * Runs one topology from the start of news.pages.raw until {@code count} new outputs; records per second. The
   * count starts at the output topic's end, so an earlier run's records are never counted.
   */
  private static double drain(NewswireConfig config, Properties client, int count, boolean passthrough, int threads)
      throws Exception {
    String out = passthrough ? "bench.passthrough.out" : Topics.ARTICLES_ENRICHED;
    var topology = passthrough ? passthroughTopology() : ProcessorTopology.build(ProcessorSettings.defaults(),
        new ArticleAnalyzer(), new SimpleMeterRegistry());
    Properties props = ProcessorRole.streamsProperties(config, client,
        passthrough ? "bench-pass" : "bench-full-" + threads + "t", threads);
    props.put("consumer.auto.offset.reset", "earliest");
    String app = props.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
    long started = System.nanoTime();
    long cpuBefore = PROCESS.getProcessCpuTime();
    Map<Long, Long> threadsBefore = cpuByThread();
    try (KafkaStreams streams = new KafkaStreams(topology, props)) {
      awaitCount(client, out, count, streams::start);
      double seconds = (System.nanoTime() - started) / 1e9;
      // CPU per record, which the machine's other tenants move far less than they move the wall clock, and where
      // it went: the drain's stream threads, the broker's, the producers' I/O threads, and the threads the JVM
      // names no Java thread for (the JIT compilers, GC, RocksDB's own)
      long process = PROCESS.getProcessCpuTime() - cpuBefore;
      Map<String, Long> byGroup = cpuByThreadGroup(app, threadsBefore);
      long named = byGroup.values().stream().mapToLong(Long::longValue).sum();
      System.out.printf(Locale.ROOT, "  %s: CPU per record %.0f µs in the whole JVM (broker included), %.0f µs in the "
          + "stream threads%n", app, process / 1e3 / count, byGroup.getOrDefault(STREAM_THREADS, 0L) / 1e3 / count);
      byGroup.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(6)
          .forEach(e -> System.out.printf(Locale.ROOT, "    %6.0f µs  %s%n", e.getValue() / 1e3 / count, e.getKey()));
      System.out.printf(Locale.ROOT, "    %6.0f µs  threads that are no Java thread (JIT compilers, GC, RocksDB's own) or "
          + "ended before the drain did%n", (process - named) / 1e3 / count);
      return count / seconds;
    }
  }

  /** CPU time so far of every live Java thread, by thread id. */
  private static Map<Long, Long> cpuByThread() {
    Map<Long, Long> cpu = new HashMap<>();
    for (long id : THREADS.getAllThreadIds()) {
      cpu.put(id, THREADS.getThreadCpuTime(id));
    }
    return cpu;
  }

  /**
   * CPU time since {@code before} of every live Java thread, by name with the app id and numbers folded: one row per
   * kind of thread.
   */
  private static Map<String, Long> cpuByThreadGroup(String app, Map<Long, Long> before) {
    Map<String, Long> groups = new HashMap<>();
    for (ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      long nanos = t == null ? -1 : THREADS.getThreadCpuTime(t.getThreadId());
      if (nanos >= 0) {
        String name = t.getThreadName().replaceAll(Pattern.quote(app) + "-[0-9a-f-]{36}", "<app>")
            .replaceAll("[0-9]+", "N");
        groups.merge(name, nanos - Math.max(0, before.getOrDefault(t.getThreadId(), 0L)), Long::sum);
      }
    }
    return groups;
  }

  private static org.apache.kafka.streams.Topology passthroughTopology() {
    StreamsBuilder b = new StreamsBuilder();
    b.stream(Topics.PAGES_RAW, Consumed.with(Serdes.String(), Serdes.ByteArray()))
        .mapValues(v -> v)
        .to("bench.passthrough.out", Produced.with(Serdes.String(), Serdes.ByteArray()));
    return b.build();
  }

  /** Takes the output's end, then runs {@code start}, then waits for {@code count} records past that end. */
  private static void awaitCount(Properties client, String topic, int count, Runnable start) throws Exception {
    Properties p = new Properties();
    p.putAll(client);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    long seen = 0;
    long lastReport = System.nanoTime();
    try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = c.partitionsFor(topic).stream()
          .map(info -> new TopicPartition(topic, info.partition())).toList();
      c.assign(partitions);
      c.seekToEnd(partitions); // what an earlier run wrote is not this run's output
      partitions.forEach(c::position);
      start.run();
      while (seen < count) {
        seen += c.poll(Duration.ofMillis(200)).count();
        if (System.nanoTime() - lastReport > 10_000_000_000L) {
          System.err.printf("  %s: %d / %d%n", topic, seen, count);
          lastReport = System.nanoTime();
        }
      }
    }
  }

  /** New articles at a steady rate into the running full topology; end-to-end latency from send to read. */
  private static void latency(NewswireConfig config, Properties client, int rate, int n, Path dir) throws Exception {
    // a fresh application: a restarted one would wait out the closed member's session before the rebalance
    Properties props = ProcessorRole.streamsProperties(config, client, "bench-latency", 1);
    props.put("consumer.auto.offset.reset", "latest");
    long[] sentAt = new long[n];
    long[] latencies = new long[n];
    AtomicLong received = new AtomicLong();
    try (KafkaStreams streams = new KafkaStreams(ProcessorTopology.build(ProcessorSettings.defaults(), new ArticleAnalyzer(),
        new SimpleMeterRegistry()), props)) {
      streams.start();
      Thread.sleep(5000);
      Properties cp = new Properties();
      cp.putAll(client);
      cp.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
      cp.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
      cp.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-latency-" + System.nanoTime());
      Properties pp = new Properties();
      pp.putAll(client);
      pp.put(ProducerConfig.LINGER_MS_CONFIG, 0);
      var serde = NewswireSerdes.rawArticle();
      try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(cp, new StringDeserializer(), new ByteArrayDeserializer());
           KafkaProducer<String, byte[]> producer = new KafkaProducer<>(pp, new StringSerializer(), new ByteArraySerializer())) {
        consumer.subscribe(List.of(Topics.ARTICLES_ENRICHED));
        while (consumer.assignment().isEmpty()) {
          consumer.poll(Duration.ofMillis(100));
        }
        var enriched = NewswireSerdes.enrichedArticle();
        long start = System.nanoTime();
        int sent = 0;
        while (received.get() < n && System.nanoTime() - start < Duration.ofSeconds(n / rate + 60).toNanos()) {
          long due = start + (long) sent * 1_000_000_000L / rate;
          if (sent < n && System.nanoTime() >= due) {
            RawArticle a = ArticleFactory.varied(10_000_000 + sent);
            sentAt[sent] = System.nanoTime();
            producer.send(new ProducerRecord<>(Topics.PAGES_RAW, a.getCanonicalUrl(), serde.serialize(Topics.PAGES_RAW, a)));
            sent++;
          }
          for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(2))) {
            String url = enriched.deserialize(Topics.ARTICLES_ENRICHED, r.value()).getCanonicalUrl();
            int i = ArticleFactory.indexOf(url) - 10_000_000;
            if (i >= 0 && i < n && latencies[i] == 0) {
              latencies[i] = System.nanoTime() - sentAt[i];
              received.incrementAndGet();
            }
          }
        }
      }
    }
    long[] got = Arrays.stream(latencies).filter(l -> l > 0).sorted().toArray();
    System.out.printf(Locale.ROOT, "end-to-end latency at %d articles/s (%d articles): p50 %.0f ms, p99 %.0f ms%n", rate,
        got.length, got[got.length / 2] / 1e6, got[Math.min(got.length - 1, (int) (got.length * 0.99))] / 1e6);
  }
}
