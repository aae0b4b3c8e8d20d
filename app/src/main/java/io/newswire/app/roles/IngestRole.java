package io.newswire.app.roles;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.newswire.app.config.NewswireConfig;
import io.newswire.app.ops.HealthCheck;
import io.newswire.ingest.extract.Extractors;
import io.newswire.ingest.fetch.FetchPolicy;
import io.newswire.ingest.fetch.PoliteFetcher;
import io.newswire.ingest.kafka.KafkaArticleSink;
import io.newswire.ingest.kafka.KafkaSeenStore;
import io.newswire.ingest.pipeline.DiscoveryHealth;
import io.newswire.ingest.crawl.Retries;
import io.newswire.ingest.crawl.SourceOwnership;
import io.newswire.ingest.fetch.Waiting;
import io.newswire.ingest.kafka.KafkaSourceOwnership;
import io.newswire.ingest.pipeline.IngestService;
import io.newswire.ingest.pipeline.PageProcessor;
import io.newswire.ingest.pipeline.SeenSet;
import io.newswire.ingest.source.Source;
import io.newswire.ingest.source.SourceCatalogue;
import io.newswire.ingest.warc.WarcArchive;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/** Builds the ingest role from configuration: fetcher, sources, seen-set restored from Kafka, sink, archive. */
public final class IngestRole implements AutoCloseable, HealthCheck {
  private final IngestService service;
  private final KafkaArticleSink sink;
  private final KafkaClientMetrics producerMetrics;
  private final Duration shortestInterval;
  private final AutoCloseable seenFollower;
  private final String groupId;

  /** This process's name among the ingest instances: host name and process id. */
  static String instanceId() {
    String host;
    try {
      host = java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.net.UnknownHostException e) {
      host = "localhost";
    }
    return host + "-" + ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime());
  }

  private IngestRole(IngestService service, KafkaArticleSink sink, KafkaClientMetrics producerMetrics,
                     Duration shortestInterval, AutoCloseable seenFollower, String groupId) {
    this.seenFollower = seenFollower;
    this.groupId = groupId;
    this.shortestInterval = shortestInterval;
    this.service = service;
    this.sink = sink;
    this.producerMetrics = producerMetrics;
  }

  /** Readiness of ingest: its discovery threads run and tried within 3 × the shortest source interval. */
  @Override
  public String name() {
    return "ingest";
  }

  @Override
  public Result check() {
    DiscoveryHealth health = service.health();
    Duration expected = shortestInterval.multipliedBy(3);
    List<String> warnings = new java.util.ArrayList<>();
    for (DiscoveryHealth.SourceState s : health.failing()) {
      warnings.add("source " + s.source() + " failing: " + s.reason() + " (last success: "
          + (s.lastSuccess() == null ? "never" : s.lastSuccess()) + ")");
    }
    Result result;
    if (!service.schedulerAlive()) {
      result = Result.down("discovery threads stopped");
    } else if (service.ownedHosts().isEmpty()) {
      result = Result.up("owns no source now: the other ingest instances of group " + groupId + " crawl them");
    } else if (!health.attemptedWithin(expected)) {
      result = Result.down("no discovery attempt for more than " + expected.toSeconds() + " s (last: "
          + health.lastAttempt() + ")");
    } else {
      result = Result.up("discovery running, last attempt " + (health.lastAttempt() == null ? "pending"
          : health.lastAttempt()));
    }
    return result.withWarnings(warnings);
  }

  /** The shortest discovery interval of the sources (30 s at most: the re-check task). */
  static Duration shortestInterval(List<Source> sources) {
    Duration shortest = Duration.ofSeconds(30);
    for (Source s : sources) {
      for (Duration d : List.of(s.feedInterval(), s.listingInterval(), s.sitemapInterval())) {
        if (d != null && d.compareTo(shortest) < 0) {
          shortest = d;
        }
      }
    }
    return shortest;
  }

  public static IngestRole start(NewswireConfig config, Properties clientProps, MeterRegistry registry) {
    List<Source> sources = sources(config);
    KafkaArticleSink sink = new KafkaArticleSink(clientProps, registry);
    KafkaClientMetrics producerMetrics = new KafkaClientMetrics(sink.producer());
    producerMetrics.bindTo(registry);
    String instance = instanceId();
    KafkaSeenStore.Restored restored = KafkaSeenStore.restore(clientProps, config.getDuration("admin.timeout"));
    SeenSet seen = new SeenSet(config.getDurations("ingest.recheck"), config.getDuration("ingest.seen.retention"),
        new KafkaSeenStore(sink.producer(), instance), restored.entries());
    AutoCloseable follower = KafkaSeenStore.follow(clientProps, restored, seen, instance);
    WarcArchive archive = config.isSet("ingest.warc.dir")
        ? new WarcArchive(Path.of(config.get("ingest.warc.dir")), config.getLong("ingest.warc.max.bytes"))
        : null;
    FetchPolicy policy = fetchPolicy(config, sources);
    Clock clock = Clock.systemUTC();
    SourceOwnership ownership = new KafkaSourceOwnership(clientProps, config.get("ingest.group.id"),
        config.getDuration("ingest.session.timeout"), sources.stream().map(Source::id).toList());
    Retries retries = new Retries(Duration.ofMinutes(1), Duration.ofHours(1), config.getDuration("ingest.retry.for"));
    IngestService service = new IngestService(sources, new PoliteFetcher(policy, registry, clock, Waiting.on(clock)),
        new PageProcessor(new Extractors(sources), config.getBoolean("ingest.keep.raw.html"), registry), sink, seen,
        archive, config.getInt("ingest.fetch.threads"), registry, clock, Waiting.on(clock), ownership, retries);
    service.start();
    return new IngestRole(service, sink, producerMetrics, shortestInterval(sources), follower,
        config.get("ingest.group.id"));
  }

  public static List<Source> sources(NewswireConfig config) {
    Set<String> enable = new LinkedHashSet<>();
    if (config.isSet("ingest.sources.enable")) {
      for (String id : config.get("ingest.sources.enable").split(",")) {
        if (!id.isBlank()) {
          enable.add(id.strip());
        }
      }
    }
    try {
      return SourceCatalogue.load(config.isSet("ingest.sources.file") ? Path.of(config.get("ingest.sources.file")) : null,
          enable);
    } catch (IllegalArgumentException e) {
      throw new NewswireConfig.ConfigException("ingest.sources.enable: " + e.getMessage());
    }
  }

  public static FetchPolicy fetchPolicy(NewswireConfig config, List<Source> sources) {
    Set<String> hosts = new LinkedHashSet<>();
    sources.forEach(s -> hosts.addAll(s.hosts()));
    FetchPolicy defaults = FetchPolicy.defaults(hosts);
    return new FetchPolicy(config.get("ingest.user.agent"), config.getDuration("ingest.min.delay"),
        config.getDuration("ingest.max.crawl.delay"), config.getDuration("ingest.connect.timeout"),
        config.getDuration("ingest.read.timeout"), config.getLong("ingest.max.bytes"),
        config.getInt("ingest.max.redirects"), config.getInt("ingest.max.retries"),
        config.getDuration("ingest.backoff.base"), config.getDuration("ingest.backoff.max"),
        config.getInt("ingest.breaker.failures"), config.getDuration("ingest.breaker.window"),
        config.getDuration("ingest.breaker.open.for"),
        defaults.robotsCacheFor(), Set.copyOf(hosts), config.getBoolean("ingest.allow.private.addresses"));
  }

  public IngestService service() {
    return service;
  }

  @Override
  public void close() {
    service.close();
    try {
      seenFollower.close();
    } catch (Exception e) {
      // closing anyway
    }
    producerMetrics.close();
    sink.close();
  }
}
