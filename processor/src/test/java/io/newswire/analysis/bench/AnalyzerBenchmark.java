package io.newswire.analysis.bench;

import io.newswire.analysis.AnalysisInput;
import io.newswire.analysis.ArticleAnalyzer;
import io.newswire.analysis.SeedCorpus;
import io.newswire.analysis.entity.Gazetteer;
import io.newswire.analysis.text.VietnameseText;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Normalize + tag + detect on the seed article (≈ 6,600 characters of body, 12 paragraphs, 2 captions), one
 * thread. For the gazetteer step, the Aho-Corasick automaton is compared in the same run with the obvious
 * alternative: one {@code indexOf} scan of the text per gazetteer name.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class AnalyzerBenchmark {
  private ArticleAnalyzer analyzer;
  private AnalysisInput seed;
  private Gazetteer gazetteer;
  private String bodyKey;
  private List<String> names;

  @Setup
  public void setUp() throws Exception {
    gazetteer = Gazetteer.load();
    analyzer = new ArticleAnalyzer(gazetteer);
    seed = SeedCorpus.input();
    bodyKey = VietnameseText.key(VietnameseText.clean(String.join("\n", seed.paragraphs())));
    names = new ArrayList<>();
    for (String file : Gazetteer.FILES) {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(
          getClass().getClassLoader().getResourceAsStream("gazetteer/" + file), StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (!line.isBlank() && !line.startsWith("#")) {
            String[] cols = line.split("\t", -1);
            names.add(VietnameseText.keyOf(cols[1]));
            if (cols.length > 2 && !cols[2].isBlank()) {
              for (String alias : cols[2].split("\\|")) {
                names.add(VietnameseText.keyOf(alias));
              }
            }
          }
        }
      }
    }
  }

  @Benchmark
  public Object analyzeArticle() {
    return analyzer.analyze(seed);
  }

  @Benchmark
  public Object normalizeOnly() {
    return VietnameseText.key(VietnameseText.clean(String.join("\n", seed.paragraphs())));
  }

  @Benchmark
  public Object gazetteerAhoCorasick() {
    return gazetteer.find(bodyKey);
  }

  @Benchmark
  public int gazetteerIndexOfPerName() {
    int hits = 0;
    for (String name : names) {
      for (int at = bodyKey.indexOf(name); at >= 0; at = bodyKey.indexOf(name, at + 1)) {
        hits++;
      }
    }
    return hits;
  }
}
