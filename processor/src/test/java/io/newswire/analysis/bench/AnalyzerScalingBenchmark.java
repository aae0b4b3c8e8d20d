package io.newswire.analysis.bench;

import io.newswire.analysis.AnalysisInput;
import io.newswire.analysis.ArticleAnalyzer;
import io.newswire.analysis.SeedCorpus;
import io.newswire.analysis.entity.Gazetteer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How analysis time grows with the text: the seed article's body repeated to about 6 k, 60 k, 600 k and 5 M
 * characters, analysed whole (no budget), one thread. Linear cost shows as the same time per character at every
 * size; divide the average time by {@link #chars} (the report does it in {@code docs/BENCHMARKS.md}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = "-Xmx3g")
@Threads(1)
public class AnalyzerScalingBenchmark {
  @Param({"6000", "60000", "600000", "5000000"})
  public int chars;

  private ArticleAnalyzer analyzer;
  private AnalysisInput input;

  @Setup
  public void setUp() throws Exception {
    analyzer = new ArticleAnalyzer(Gazetteer.load(), Integer.MAX_VALUE);
    AnalysisInput seed = SeedCorpus.input();
    List<String> paragraphs = new ArrayList<>();
    int length = 0;
    while (length < chars) {
      for (String p : seed.paragraphs()) {
        paragraphs.add(p);
        length += p.length() + 1;
        if (length >= chars) {
          break;
        }
      }
    }
    input = new AnalysisInput(seed.title(), seed.lead(), paragraphs, seed.captions(), seed.credits(), seed.author(),
        seed.publishedAt());
  }

  @Benchmark
  public Object analyze() {
    return analyzer.analyze(input);
  }
}
