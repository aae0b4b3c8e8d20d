package io.newswire.analysis.bench;

import io.newswire.analysis.AnalysisInput;
import io.newswire.analysis.ArticleAnalyzer;
import io.newswire.analysis.SeedCorpus;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Bench command (not a test): the seed article analysed N times after N warm-up analyses on one thread, reported
 * per second of wall clock and per second of the thread's CPU time. On a shared virtual machine the CPU-time
 * figure is the steadier one for A/B runs of two builds, alternated.
 *
 * <pre>
 * java -cp processor/target/test-classes:processor/target/classes:&lt;test classpath&gt; \
 *   io.newswire.analysis.bench.AnalyzerCpuBench 3000
 * </pre>
 */
public final class AnalyzerCpuBench {
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
    ArticleAnalyzer analyzer = new ArticleAnalyzer();
    AnalysisInput seed = SeedCorpus.input();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < n; i++) {
      analyzer.analyze(seed);
    }
    long cpu = threads.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    for (int i = 0; i < n; i++) {
      analyzer.analyze(seed);
    }
    double wallRate = n * 1e9 / (System.nanoTime() - wall);
    double cpuRate = n * 1e9 / (threads.getCurrentThreadCpuTime() - cpu);
    System.out.printf(Locale.ROOT, "ops/s %.0f cpu-ops/s %.0f%n", wallRate, cpuRate);
  }
}
