package io.newswire.app.cli;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.analysis.AnalysisInput;
import io.newswire.analysis.ArticleAnalyzer;
import io.newswire.analysis.eval.RealTextEvaluation;
import io.newswire.analysis.eval.RealTextGold;
import io.newswire.app.config.NewswireConfig.ConfigException;
import io.newswire.app.roles.IngestRole;
import io.newswire.ingest.extract.ExtractionException;
import io.newswire.ingest.extract.Extractors;
import io.newswire.ingest.extract.Page;
import io.newswire.ingest.fetch.FetchPolicy;
import io.newswire.ingest.fetch.FetchResult;
import io.newswire.ingest.fetch.PoliteFetcher;
import io.newswire.ingest.fetch.Sniffer;
import io.newswire.processor.Enrichment;
import io.newswire.schemas.RawArticle;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "eval-text", mixinStandardHelpOptions = true,
    description = {"Score inspection-delegation detection, its facts and the entities against a real-text gold file.",
        "Each gold item is read from DIR/ID.txt (first line the headline, then one paragraph per line) or "
            + "DIR/ID.html (a saved page, run through the extractor chain). Items with neither are reported as "
            + "missing; --fetch downloads them first, politely, where the network allows.",
        "Example: newswire eval-text --gold docs/realtext/gold.jsonl --dir realtext/ --split heldout"})
public final class EvalTextCommand implements Callable<Integer> {

  @Mixin
  GoldOptions goldOptions;

  @Option(names = "--dir", paramLabel = "DIR", required = true, description = "Folder of ID.txt or ID.html files.")
  Path dir;

  @Option(names = "--fetch", description = "Download the pages of items missing from DIR into DIR/ID.html first.")
  boolean fetch;

  @Option(names = "--errors", description = "Also list every miss and wrong field, and the entities the gold lacks.")
  boolean errors;

  @Mixin
  ConfigOptions common;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(dir) && !fetch) {
      throw new ConfigException("--dir " + dir + " is not a folder");
    }
    List<RealTextGold> items = goldOptions.items(RealTextGold::read, RealTextGold::split);
    if (fetch) {
      fetchMissing(items);
    }
    ArticleAnalyzer analyzer = new ArticleAnalyzer(common.load().getInt("processor.max.chars"));
    RealTextEvaluation eval = new RealTextEvaluation();
    List<String> missing = new ArrayList<>();
    for (RealTextGold item : items) {
      Optional<AnalysisInput> input = inputFor(item);
      if (input.isEmpty()) {
        missing.add(item.id());
        continue;
      }
      eval.score(item, analyzer.analyze(input.get()));
    }
    if (eval.items() == 0) {
      System.err.println("newswire eval-text: none of the " + items.size() + " items has a file in " + dir
          + " (ID.txt or ID.html); use --fetch where the network allows");
      return 1;
    }
    System.out.println(goldOptions.describe() + ": " + eval.report());
    if (!missing.isEmpty()) {
      System.out.println("Missing (" + missing.size() + "): " + String.join(", ", missing));
    }
    if (errors) {
      System.out.println("\nErrors:");
      eval.errors().forEach(e -> System.out.println("- " + e));
      System.out.println("\nEntities not in the gold:");
      eval.extras().forEach(e -> System.out.println("- " + e));
    }
    return 0;
  }

  private Optional<AnalysisInput> inputFor(RealTextGold item) throws IOException {
    Path text = dir.resolve(item.id() + ".txt");
    if (Files.isReadable(text)) {
      List<String> lines = Files.readAllLines(text, StandardCharsets.UTF_8).stream().map(String::strip)
          .filter(l -> !l.isEmpty()).toList();
      if (lines.isEmpty()) {
        return Optional.empty();
      }
      // as 'enrich --text' reads it: the headline, then paragraphs
      return Optional.of(new AnalysisInput(lines.get(0), null, lines.subList(1, lines.size()), List.of(), List.of(),
          null, item.published()));
    }
    Path html = dir.resolve(item.id() + ".html");
    if (!Files.isReadable(html)) {
      return Optional.empty();
    }
    byte[] bytes = Files.readAllBytes(html);
    URI url = URI.create(item.url());
    try {
      RawArticle raw = new Extractors().extract(new Page(url,
          io.newswire.ingest.source.SourceCatalogue.forUrl(io.newswire.ingest.source.SourceCatalogue.builtIn(), url).id(),
          new String(bytes, Sniffer.charset("", bytes)), Instant.now(), null));
      if (raw.getPublishedAt() == null) {
        raw.setPublishedAt(item.published());
      }
      return Optional.of(Enrichment.inputOf(raw));
    } catch (ExtractionException e) {
      System.err.println("newswire eval-text: " + item.id() + ": no article in " + html + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  private void fetchMissing(List<RealTextGold> items) throws IOException {
    Files.createDirectories(dir);
    Set<String> hosts = new LinkedHashSet<>();
    List<RealTextGold> todo = new ArrayList<>();
    for (RealTextGold item : items) {
      if (!Files.exists(dir.resolve(item.id() + ".txt")) && !Files.exists(dir.resolve(item.id() + ".html"))) {
        todo.add(item);
        hosts.add(URI.create(item.url()).getHost());
      }
    }
    FetchPolicy policy = IngestRole.fetchPolicy(common.load(), List.of()).withAllowedHosts(hosts);
    PoliteFetcher fetcher = new PoliteFetcher(policy, new SimpleMeterRegistry());
    int done = 0;
    for (RealTextGold item : todo) {
      FetchResult result = fetcher.fetch(URI.create(item.url()), PoliteFetcher.Kind.HTML);
      done++;
      if (result instanceof FetchResult.Fetched fetched) {
        Files.writeString(dir.resolve(item.id() + ".html"), fetched.text(), StandardCharsets.UTF_8);
        System.err.printf("[%d/%d] %s fetched%n", done, todo.size(), item.id());
      } else {
        System.err.printf("[%d/%d] %s not fetched: %s%n", done, todo.size(), item.id(), result);
      }
    }
  }
}
