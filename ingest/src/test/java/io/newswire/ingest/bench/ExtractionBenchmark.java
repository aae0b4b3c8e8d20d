package io.newswire.ingest.bench;

import io.newswire.ingest.extract.ExtractionException;
import io.newswire.ingest.extract.Extractors;
import io.newswire.ingest.extract.FixtureCorpus;
import io.newswire.ingest.extract.Page;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.dankito.readability4j.Readability4J;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Pages extracted per second on one thread over the site-layout fixture corpus: our extractors (jsoup parse
 * plus the site extractor), our generic fallback (what a page of an outlet without a site extractor gets) and
 * Readability4J alone (its own jsoup parse plus scoring) on the same pages.
 * One operation extracts the whole corpus once; pages/s = ops/s × corpus size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ExtractionBenchmark {
  private List<Page> pages;
  private Extractors extractors;

  @Setup
  public void load() {
    pages = FixtureCorpus.all().stream().filter(f -> !f.layout().equals("generic")).map(FixtureCorpus.Fixture::page)
        .toList();
    extractors = new Extractors();
  }

  @Benchmark
  public void newswireExtractors(Blackhole hole) throws ExtractionException {
    for (Page page : pages) {
      hole.consume(extractors.extract(page));
    }
  }

  /** The generic fallback (press conventions, then Readability4J for the body) on the same pages. */
  @Benchmark
  public void genericFallback(Blackhole hole) throws ExtractionException {
    for (Page page : pages) {
      hole.consume(extractors.extract(page, Extractors.GENERIC));
    }
  }

  @Benchmark
  public void readability4jAlone(Blackhole hole) {
    for (Page page : pages) {
      hole.consume(new Readability4J(page.url().toString(), page.html()).parse().getTextContent());
    }
  }
}
