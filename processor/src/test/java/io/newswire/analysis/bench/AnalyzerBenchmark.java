package io.newswire.analysis.bench;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import io.newswire.analysis.AnalysisInput;
import io.newswire.analysis.ArticleAnalyzer;
import io.newswire.analysis.SeedCorpus;
import io.newswire.analysis.entity.Gazetteer;
import io.newswire.analysis.text.VietnameseText;
import io.newswire.analysis.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
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
 * thread. For the gazetteer step, its word automaton is compared in the same run with two alternatives: a char
 * automaton over the same names (a double-array trie, what it used before) and one {@code indexOf} scan of the text
 * per name.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// the JIT takes about eight seconds over the analysis: warm-up iterations of 2 s ran at 1,068, 2,090, 2,825, 3,699,
// 3,873 and 3,956 articles/s on 2026-11-30, so three of them let the first measured ones count compilation
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class AnalyzerBenchmark {
  private ArticleAnalyzer analyzer;
  private AnalysisInput seed;
  private Gazetteer gazetteer;
  private Words bodyWords;
  private String bodyKey;
  private List<String> names;
  private AhoCorasickDoubleArrayTrie<Gazetteer.Entry> charAutomaton;

  @Setup
  public void setUp() {
    gazetteer = Gazetteer.load();
    analyzer = new ArticleAnalyzer(gazetteer);
    seed = SeedCorpus.input();
    bodyWords = VietnameseText.words(VietnameseText.clean(String.join("\n", seed.paragraphs())));
    bodyKey = bodyWords.key();
    names = new ArrayList<>(gazetteer.names().keySet());
    charAutomaton = new AhoCorasickDoubleArrayTrie<>();
    charAutomaton.build(new TreeMap<>(gazetteer.names()));
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
  public Object gazetteerWordAutomaton() {
    return gazetteer.find(bodyWords);
  }

  /** What the gazetteer used before: a double-array char automaton over the body's key, then the same syllable test. */
  @Benchmark
  public Object gazetteerCharAutomaton() {
    List<Gazetteer.Hit> hits = new ArrayList<>();
    charAutomaton.parseText(bodyKey, (AhoCorasickDoubleArrayTrie.IHit<Gazetteer.Entry>) (start, end, entry) -> {
      if (Gazetteer.wholeSyllable(bodyKey, start, end)) {
        hits.add(new Gazetteer.Hit(start, end, entry));
      }
    });
    return hits;
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
