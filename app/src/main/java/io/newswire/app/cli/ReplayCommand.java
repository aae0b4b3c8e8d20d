package io.newswire.app.cli;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.app.broker.EmbeddedBroker;
import io.newswire.app.config.NewswireConfig;
import io.newswire.app.kafka.TopicAdmin;
import io.newswire.app.replay.TopicExport;
import io.newswire.app.roles.IngestRole;
import io.newswire.ingest.extract.Extractors;
import io.newswire.ingest.extract.Page;
import io.newswire.ingest.fetch.FetchPolicy;
import io.newswire.ingest.fetch.PoliteFetcher;
import io.newswire.ingest.kafka.KafkaArticleSink;
import io.newswire.ingest.pipeline.IngestService;
import io.newswire.ingest.pipeline.SeenSet;
import io.newswire.ingest.source.Source;
import io.newswire.ingest.warc.WarcPages;
import io.newswire.json.RecordJson;
import io.newswire.schemas.NewswireSerdes;
import io.newswire.topics.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "replay", mixinStandardHelpOptions = true,
    description = {"Feed the HTML response records of WARC files (ours, a past crawl, a public web archive) through "
        + "the same extraction into the pipeline.",
        "Without --bootstrap-servers it runs on a fresh embedded broker in a temporary dir. With --out DIR every "
            + "output topic is written as JSON Lines to DIR/<topic>.jsonl. Prints a summary and exits 0."})
public final class ReplayCommand implements Callable<Integer> {

  @Option(names = "--warc", paramLabel = "FILE", arity = "1..*", required = true,
      description = "WARC files (.warc or .warc.gz).")
  List<Path> warcs;

  @Option(names = "--out", paramLabel = "DIR", description = "Write each topic as DIR/<topic>.jsonl.")
  Path out;

  @Mixin
  CommonOptions common;

  @Override
  public Integer call() throws Exception {
    for (Path warc : warcs) {
      if (!Files.isReadable(warc)) {
        throw new NewswireConfig.ConfigException("cannot read WARC file " + warc);
      }
    }
    NewswireConfig config = common.load();
    long started = System.nanoTime();
    Path tempBroker = null;
    EmbeddedBroker broker = null;
    String bootstrap;
    if (config.isSet("bootstrap.servers")) {
      bootstrap = config.get("bootstrap.servers");
    } else {
      tempBroker = Files.createTempDirectory("newswire-replay-");
      broker = EmbeddedBroker.start(tempBroker, 0, 0);
      bootstrap = broker.bootstrapServers();
    }
    try {
      Properties client = config.kafkaClientProperties(bootstrap);
      try (Admin admin = Admin.create(client)) {
        new TopicAdmin(admin, client, config.getDuration("admin.timeout")).ensure(Topics.ALL,
            config.getInt("topics.replication.factor"));
      }
      List<Source> sources = IngestRole.sources(config);
      AtomicInteger pages = new AtomicInteger();
      int records = 0;
      int skipped = 0;
      SimpleMeterRegistry metrics = new SimpleMeterRegistry();
      try (KafkaArticleSink sink = new KafkaArticleSink(client, metrics);
           IngestService ingest = new IngestService(sources, new PoliteFetcher(FetchPolicy.defaults(Set.of()), metrics),
               new Extractors(), sink, new SeenSet(List.of(), 3, e -> { }, List.of()), null,
               config.getBoolean("ingest.keep.raw.html"), 1, metrics)) {
        for (Path warc : warcs) {
          WarcPages.Counts counts = WarcPages.read(warc, capture -> {
            Source source = sources.stream().filter(s -> s.isArticle(capture.url().toString())).findFirst().orElse(null);
            String id = source != null ? source.id() : Extractors.sourceIdForHost(capture.url().getHost());
            ingest.process(new Page(capture.url(), id, capture.html(), capture.capturedAt(), null), source, false);
            if (pages.incrementAndGet() % 100 == 0) {
              System.err.printf("replay: %d pages…%n", pages.get());
            }
          });
          records += counts.records();
          skipped += counts.skipped();
        }
        sink.flush();
        long articles = ingest.articlesPublished();
        long dead = (long) metrics.find("news.dead.letters").counters().stream().mapToDouble(c -> c.count()).sum();
        if (out != null) {
          Files.createDirectories(out);
          var rawSerde = NewswireSerdes.rawArticle();
          var dlqSerde = NewswireSerdes.deadLetter();
          TopicExport.toJsonLines(client, Topics.PAGES_RAW, out.resolve(Topics.PAGES_RAW + ".jsonl"),
              b -> RecordJson.toJson(rawSerde.deserialize(Topics.PAGES_RAW, b), Set.of("rawHtmlGzip")));
          TopicExport.toJsonLines(client, Topics.DLQ, out.resolve(Topics.DLQ + ".jsonl"),
              b -> RecordJson.toJson(dlqSerde.deserialize(Topics.DLQ, b), Set.of("payload")));
        }
        System.out.printf("replay: %d WARC records, %d pages, %d articles, %d dead letters, %d skipped, %.1f s%n",
            records, pages.get(), articles, dead, skipped, (System.nanoTime() - started) / 1e9);
      }
    } finally {
      if (broker != null) {
        broker.close();
        deleteQuietly(tempBroker);
      }
    }
    return 0;
  }

  private static void deleteQuietly(Path dir) {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      // a temp dir left behind is harmless
    }
  }

}
