package io.newswire.processor.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.analysis.ArticleAnalyzer;
import io.newswire.processor.ArticleFactory;
import io.newswire.processor.ProcessorSettings;
import io.newswire.processor.ProcessorTopology;
import io.newswire.schemas.EnrichedArticle;
import io.newswire.schemas.NewswireSerdes;
import io.newswire.schemas.RawArticle;
import io.newswire.topics.Topics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * Command (not a test): whether a change to the processor kept its dedup verdicts. It runs {@code N} of the
 * benchmark's template articles ({@link ArticleFactory#varied}) through the processor topology on
 * {@link TopologyTestDriver}, with an exact copy under another URL of every seventh, the same page again of every
 * tenth, and a corrected page of every eleventh, and prints a SHA-256 of every output's key, story id and verdict
 * (kind, version, duplicate of, similarity, changes). Run it on two builds; the same digest means the same verdicts.
 * With {@code --dump FILE} it also writes one output per line, to diff when they differ.
 *
 * <pre>
 * java -cp processor/target/test-classes:processor/target/classes:&lt;test classpath&gt; \
 *   io.newswire.processor.bench.VerdictDigest 8000 [--dump FILE]
 * </pre>
 */
public final class VerdictDigest {
  private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");

  private VerdictDigest() {}

  public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      System.out.println("usage: VerdictDigest N [--dump FILE]: a SHA-256 of the dedup verdicts of N template articles"
          + " (with copies, repeats and corrections) through the processor topology; the same on two builds means the"
          + " same verdicts");
      return;
    }
    if (args.length < 1 || !args[0].matches("\\d+") || (args.length > 1 && (args.length != 3 || !args[1].equals("--dump")))) {
      System.err.println("usage: VerdictDigest N [--dump FILE]");
      System.exit(2);
    }
    int n = Integer.parseInt(args[0]);
    Path state = Files.createTempDirectory("verdict-digest-");
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "verdict-digest");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    var raw = NewswireSerdes.rawArticle();
    var enriched = NewswireSerdes.enrichedArticle();
    int outputs = 0;
    try (TopologyTestDriver driver = new TopologyTestDriver(ProcessorTopology.build(ProcessorSettings.defaults(),
             new ArticleAnalyzer(), new SimpleMeterRegistry()), props, START);
         PrintWriter dump = args.length == 3 ? new PrintWriter(Files.newBufferedWriter(Path.of(args[2]))) : null) {
      var in = driver.createInputTopic(Topics.PAGES_RAW, Serdes.String().serializer(), Serdes.ByteArray().serializer());
      var out = driver.createOutputTopic(Topics.ARTICLES_ENRICHED, Serdes.String().deserializer(),
          Serdes.ByteArray().deserializer());
      for (int i = 0; i < n; i++) {
        for (RawArticle a : sightings(i)) {
          in.pipeInput(a.getCanonicalUrl(), raw.serialize(Topics.PAGES_RAW, a));
        }
        for (var record : out.readKeyValuesToList()) {
          EnrichedArticle e = enriched.deserialize(Topics.ARTICLES_ENRICHED, record.value);
          String line = record.key + "|" + e.getStoryId() + "|" + e.getDedup().getVerdict() + "|"
              + e.getDedup().getVersion() + "|" + e.getDedup().getDuplicateOf() + "|" + e.getDedup().getSimilarity()
              + "|" + e.getDedup().getChanges();
          sha.update(line.getBytes(StandardCharsets.UTF_8));
          sha.update((byte) '\n');
          if (dump != null) {
            dump.println(line);
          }
          outputs++;
        }
        if ((i + 1) % 1000 == 0) {
          System.err.printf("%d / %d%n", i + 1, n);
        }
      }
    } finally {
      try (Stream<Path> walk = Files.walk(state)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    System.out.println("articles=" + n + " outputs=" + outputs + " sha256=" + HexFormat.of().formatHex(sha.digest()));
  }

  /** Article {@code i}, then what the wire does to some: a copy elsewhere, the same page again, a correction. */
  private static List<RawArticle> sightings(int i) {
    RawArticle a = ArticleFactory.varied(i);
    List<RawArticle> all = new ArrayList<>(List.of(a));
    if (i % 7 == 0) {
      all.add(RawArticle.newBuilder(a).setCanonicalUrl(a.getCanonicalUrl() + "?copy").build());
    }
    if (i % 10 == 0) {
      all.add(RawArticle.newBuilder(a).build());
    }
    if (i % 11 == 0) {
      List<String> corrected = new ArrayList<>(a.getParagraphs());
      corrected.set(0, corrected.get(0) + " (cập nhật)");
      all.add(RawArticle.newBuilder(a).setParagraphs(corrected).build());
    }
    return all;
  }
}
