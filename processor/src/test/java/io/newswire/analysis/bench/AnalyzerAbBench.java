package io.newswire.analysis.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Bench command (not a test): two builds of the analyser in one JVM, each in a class loader of its own, analysing the
 * seed article in alternating chunks of 200, with the thread's CPU time per chunk. On a shared virtual machine whose
 * speed drifts by half from one minute to the next, separate runs of two builds cannot show a 10 % difference;
 * chunks a fraction of a second apart see the same machine, so the per-round ratio B/A holds.
 *
 * <pre>
 * java -cp processor/target/test-classes io.newswire.analysis.bench.AnalyzerAbBench \
 *   "&lt;build A: test-classes:classes:test classpath&gt;" "&lt;build B: the same&gt;" 30
 * </pre>
 * Prints each side's median and best articles/s of CPU and the median of the per-round ratios B/A with its
 * quartiles.
 */
public final class AnalyzerAbBench {
  private static final int CHUNK = 200;

  private record Side(Object analyzer, Method analyze, Object input) {
    void run(int n) throws Exception {
      for (int i = 0; i < n; i++) {
        analyze.invoke(analyzer, input);
      }
    }
  }

  private static Side load(String classpath) throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String part : classpath.split(":")) {
      if (!part.isEmpty()) {
        urls.add(Path.of(part).toUri().toURL());
      }
    }
    ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    Class<?> analyzer = loader.loadClass("io.newswire.analysis.ArticleAnalyzer");
    Object input = loader.loadClass("io.newswire.analysis.SeedCorpus").getMethod("input").invoke(null);
    return new Side(analyzer.getConstructor().newInstance(),
        analyzer.getMethod("analyze", loader.loadClass("io.newswire.analysis.AnalysisInput")), input);
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: AnalyzerAbBench CLASSPATH_A CLASSPATH_B [ROUNDS]");
      System.exit(2);
    }
    Side[] sides = {load(args[0]), load(args[1])};
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < 15; i++) { // warm-up: 3,000 analyses each, interleaved too
      sides[0].run(CHUNK);
      sides[1].run(CHUNK);
    }
    double[][] rates = new double[2][rounds];
    double[] ratios = new double[rounds];
    for (int k = 0; k < rounds; k++) {
      for (int turn = 0; turn < 2; turn++) {
        int side = k % 2 == 0 ? turn : 1 - turn; // A first in even rounds, B first in odd ones
        long cpu = threads.getCurrentThreadCpuTime();
        sides[side].run(CHUNK);
        rates[side][k] = CHUNK * 1e9 / (threads.getCurrentThreadCpuTime() - cpu);
      }
      ratios[k] = rates[1][k] / rates[0][k];
    }
    Arrays.sort(rates[0]);
    Arrays.sort(rates[1]);
    Arrays.sort(ratios);
    System.out.printf(Locale.ROOT, "A median %.0f best %.0f | B median %.0f best %.0f | B/A median %.3f (quartiles %.3f, %.3f)%n",
        rates[0][rounds / 2], rates[0][rounds - 1], rates[1][rounds / 2], rates[1][rounds - 1], ratios[rounds / 2],
        ratios[rounds / 4], ratios[3 * rounds / 4]);
  }
}
