package io.newswire.app.cli;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.app.Pipeline;
import io.newswire.app.broker.EmbeddedBroker;
import io.newswire.app.config.NewswireConfig;
import io.newswire.app.kafka.TopicAdmin;
import io.newswire.app.replay.Drain;
import io.newswire.app.replay.Exports;
import io.newswire.app.replay.Exports.Summary;
import io.newswire.app.roles.IngestRole;
import io.newswire.ingest.extract.Extractors;
import io.newswire.ingest.extract.Page;
import io.newswire.ingest.kafka.KafkaArticleSink;
import io.newswire.ingest.pipeline.PageProcessor;
import io.newswire.ingest.source.Source;
import io.newswire.ingest.source.SourceCatalogue;
import io.newswire.ingest.warc.WarcPages;
import io.newswire.topics.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "replay", mixinStandardHelpOptions = true,
    description = {"Feed the HTML response records of WARC files (ours, a past crawl, a public web archive) through "
        + "the same extraction, processor and sink, wait until everything is processed, and print a summary.",
        "Without --bootstrap-servers it runs on a fresh embedded broker in a temporary dir. With --out DIR every "
            + "downstream topic (newsroom.stories, alerts.inspection-delegations, newsroom.delegations, "
            + "newsroom.entities.trending, news.dlq) is written as JSON Lines to DIR/<topic>.jsonl."})
public final class ReplayCommand implements Callable<Integer> {

  @Option(names = "--warc", paramLabel = "FILE", arity = "1..*", required = true,
      description = "WARC files (.warc or .warc.gz).")
  List<Path> warcs;

  @Option(names = "--out", paramLabel = "DIR", description = "Write each topic as DIR/<topic>.jsonl.")
  Path out;

  @Option(names = "--into", paramLabel = "BOOTSTRAP",
      description = "Only extract, and publish to news.pages.raw of the running pipeline at BOOTSTRAP (its processor, "
          + "sink and board do the rest); returns once the pages are written.")
  String into;

  @Mixin
  ClusterOptions common;

  /** One archived page through the extract stage, onto news.pages.raw or news.dlq, with a progress line every 100. */
  private static void extractAndPublish(WarcPages.Capture capture, List<Source> sources, PageProcessor extract,
                                        KafkaArticleSink sink, AtomicInteger pages, AtomicInteger articles,
                                        AtomicInteger rejected) {
    Source source = SourceCatalogue.forUrl(sources, capture.url());
    PageProcessor.Processed page = extract.process(
        new Page(capture.url(), source.id(), capture.html(), capture.capturedAt(), null), source.extractors());
    if (page instanceof PageProcessor.Extracted e) {
      sink.publish(e.article(), articles::incrementAndGet);
    } else if (page instanceof PageProcessor.Rejected r) {
      sink.deadLetter(r.letter().getUrl(), r.letter());
      rejected.incrementAndGet();
    }
    if (pages.incrementAndGet() % 100 == 0) {
      System.err.printf("replay: %d pages extracted…%n", pages.get());
    }
  }

  /** Extraction only: the WARCs' pages onto news.pages.raw (or news.dlq) of a running pipeline. */
  private int publishInto(NewswireConfig config) throws Exception {
    Properties client = config.kafkaClientProperties(into);
    List<Source> sources = IngestRole.sources(config);
    PageProcessor extract = new PageProcessor(new Extractors(sources), config.getBoolean("ingest.keep.raw.html"),
        new SimpleMeterRegistry());
    AtomicInteger pages = new AtomicInteger();
    AtomicInteger articles = new AtomicInteger();
    AtomicInteger rejected = new AtomicInteger();
    try (KafkaArticleSink sink = new KafkaArticleSink(client, new SimpleMeterRegistry())) {
      for (Path warc : warcs) {
        WarcPages.read(warc, capture -> extractAndPublish(capture, sources, extract, sink, pages, articles, rejected));
      }
      sink.flush();
    }
    System.out.printf("replay: %d pages, %d articles onto %s and %d dead letters at %s%n", pages.get(), articles.get(),
        Topics.PAGES_RAW, rejected.get(), into);
    return 0;
  }

  @Override
  public Integer call() throws Exception {
    for (Path warc : warcs) {
      if (!Files.isReadable(warc)) {
        throw new NewswireConfig.ConfigException("cannot read WARC file " + warc);
      }
      if (!WarcPages.looksLikeWarc(warc)) {
        throw new NewswireConfig.ConfigException(warc + " is not a WARC file (.warc or .warc.gz starting with a "
            + "WARC/1.x record)");
      }
    }
    NewswireConfig config = common.load();
    if (into != null) {
      if (out != null) {
        throw new NewswireConfig.ConfigException("--into feeds a running pipeline; --out needs a replay of its own");
      }
      return publishInto(config);
    }
    long started = System.nanoTime();
    Temporaries temps = new Temporaries();
    // a replay stopped by a signal still removes its temporary broker and state, within shutdown.timeout
    Duration stopTimeout = config.getDuration("shutdown.timeout");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        Commands.finishBy(System.nanoTime() + stopTimeout.toNanos(), stopTimeout, temps::remove);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "newswire-replay-cleanup"));
    String bootstrap;
    if (config.isSet("bootstrap.servers")) {
      bootstrap = config.get("bootstrap.servers");
    } else {
      temps.broker(Files.createTempDirectory("newswire-replay-"));
      bootstrap = temps.broker.bootstrapServers();
    }
    try {
      Properties client = config.kafkaClientProperties(bootstrap);
      try (Admin admin = Admin.create(client)) {
        new TopicAdmin(admin, client, config.getDuration("admin.timeout")).ensure(Topics.ALL,
            config.getInt("topics.replication.factor"));
      }
      Path stateDir = temps.add(Files.createTempDirectory("newswire-replay-state-"));
      // fresh application ids: a replay never resumes an earlier replay's offsets or state
      NewswireConfig pipelineConfig = config.with("bootstrap.servers", bootstrap).with("metrics.enabled", "false")
          .with("state.dir", stateDir.toString()).with("topics.create", "false")
          .with("processor.application.id", "newswire-replay-processor-" + System.nanoTime())
          .with("sink.application.id", "newswire-replay-sink-" + System.nanoTime());
      List<Source> sources = IngestRole.sources(config);
      AtomicInteger pages = new AtomicInteger();
      AtomicInteger articles = new AtomicInteger();
      int records = 0;
      int skipped = 0;
      SimpleMeterRegistry metrics = new SimpleMeterRegistry();
      try (Pipeline pipeline = Pipeline.start(pipelineConfig, EnumSet.of(Pipeline.Role.PROCESS, Pipeline.Role.SINK), "replay");
           KafkaArticleSink sink = new KafkaArticleSink(client, metrics)) {
        // the same extract stage as live ingest; every page is published, whatever an earlier run saw
        PageProcessor extract = new PageProcessor(new Extractors(sources), config.getBoolean("ingest.keep.raw.html"),
            metrics);
        for (Path warc : warcs) {
          WarcPages.Counts counts = WarcPages.read(warc,
              capture -> extractAndPublish(capture, sources, extract, sink, pages, articles, new AtomicInteger()));
          records += counts.records();
          skipped += counts.skipped();
        }
        sink.flush();
        System.err.printf("replay: %d pages extracted; waiting for processor and sink…%n", pages.get());
        long[] lastReport = {System.nanoTime()};
        try (Admin admin = Admin.create(client)) {
          Drain.await(admin, client, List.of(pipelineConfig.get("processor.application.id"),
              pipelineConfig.get("sink.application.id")), Duration.ofMinutes(30), () -> {
                if (System.nanoTime() - lastReport[0] > 10_000_000_000L) {
                  System.err.printf("replay: still processing (%.0f s)…%n", (System.nanoTime() - started) / 1e9);
                  lastReport[0] = System.nanoTime();
                }
              });
        }
        Path exportDir = out;
        if (exportDir == null) {
          exportDir = temps.add(Files.createTempDirectory("newswire-replay-out-"));
        }
        Files.createDirectories(exportDir);
        Summary summary = Exports.writeAll(client, exportDir);
        System.out.printf("replay: %d WARC records, %d pages, %d articles, verdicts %s, %d stories, %d alerts, "
            + "%d dead letters, %d skipped, %.1f s%s%n", records, pages.get(), articles.get(),
            summary.verdicts(), summary.stories(), summary.alerts(), summary.deadLetters(), skipped,
            (System.nanoTime() - started) / 1e9, out != null ? " → " + out : "");
      }
    } finally {
      temps.remove();
    }
    return 0;
  }

  /** What a replay creates and must remove, whether it ends normally or on a signal: once, whoever comes first. */
  private static final class Temporaries {
    private final List<Path> dirs = new java.util.ArrayList<>();
    private EmbeddedBroker broker;
    private Path brokerDir;
    private boolean removed;

    synchronized void broker(Path dir) {
      brokerDir = dir;
      broker = EmbeddedBroker.start(dir, 0, 0);
    }

    synchronized Path add(Path dir) {
      dirs.add(dir);
      return dir;
    }

    synchronized void remove() {
      if (removed) {
        return;
      }
      removed = true;
      dirs.forEach(ReplayCommand::deleteQuietly);
      if (broker != null) {
        broker.close();
        deleteQuietly(brokerDir);
      }
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      // a temp dir left behind is harmless
    }
  }

}
