package io.newswire.app.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.newswire.analysis.ArticleAnalyzer;
import io.newswire.app.config.NewswireConfig.ConfigException;
import io.newswire.json.RecordJson;
import io.newswire.processor.Enrichment;
import io.newswire.schemas.Dedup;
import io.newswire.schemas.DedupVerdict;
import io.newswire.schemas.EnrichedArticle;
import io.newswire.schemas.RawArticle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "enrich", mixinStandardHelpOptions = true,
    description = {"Enrich one article and print the EnrichedArticle as one JSON object on stdout: normalized text, "
        + "entities (PERSON, ORGANIZATION, LOCATION, POSITION, DOCUMENT, EVENT) and inspection-delegation facts.",
        "Examples:",
        "  newswire extract --html page.html --url URL > article.json && newswire enrich --file article.json",
        "  newswire enrich --text story.txt --published 2022-10-11T15:00+07:00"})
public final class EnrichCommand implements Callable<Integer> {

  static final class Input {
    @Option(names = "--file", paramLabel = "FILE", required = true,
        description = "A RawArticle as JSON, as printed by 'newswire extract'.")
    Path file;

    @Option(names = "--text", paramLabel = "FILE", required = true,
        description = "Plain text: the first line is the title, the rest the body (one paragraph per line).")
    Path text;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Input input;

  @Option(names = "--published", paramLabel = "TIME",
      description = "Publication time for --text, ISO-8601 with offset (e.g. 2022-10-11T15:00+07:00); "
          + "relative dates like 'Chiều 11/10' resolve against it. Default: now.")
  String published;

  @Option(names = "--url", paramLabel = "URL", description = "URL to record for --text (default: file:<path>).")
  String url;

  @Option(names = "--compact", description = "One line instead of indented JSON.")
  boolean compact;

  @Override
  public Integer call() throws Exception {
    RawArticle raw = input.file != null ? fromJson(input.file) : fromText(input.text);
    EnrichedArticle enriched = Enrichment.enrich(new ArticleAnalyzer(), raw, Enrichment.storyIdFor(raw.getCanonicalUrl()),
        Dedup.newBuilder().setVerdict(DedupVerdict.NEW).build(), Instant.now());
    var json = RecordJson.toJson(enriched);
    var writer = compact ? RecordJson.MAPPER.writer() : RecordJson.MAPPER.writer(SerializationFeature.INDENT_OUTPUT);
    System.out.println(writer.writeValueAsString(json));
    return 0;
  }

  private static RawArticle fromJson(Path file) throws Exception {
    if (!Files.isReadable(file)) {
      throw new ConfigException("cannot read --file " + file);
    }
    try {
      return RecordJson.fromJson(RecordJson.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8)),
          RawArticle.getClassSchema());
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new ConfigException("--file " + file + " is not JSON: " + e.getOriginalMessage());
    } catch (IllegalArgumentException e) {
      throw new ConfigException("--file " + file + " is not a RawArticle: " + e.getMessage());
    }
  }

  private RawArticle fromText(Path file) throws Exception {
    if (!Files.isReadable(file)) {
      throw new ConfigException("cannot read --text " + file);
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
        .filter(l -> !l.isEmpty()).toList();
    if (lines.isEmpty()) {
      throw new ConfigException("--text " + file + " is empty: the first line must be the title");
    }
    if (lines.get(0).startsWith("{") || lines.get(0).startsWith("[")) {
      throw new ConfigException("--text " + file + " looks like JSON; a RawArticle in JSON goes with --file");
    }
    Instant when;
    try {
      when = published == null ? Instant.now() : RecordJson.parseInstant(published, "--published");
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage());
    }
    String where = url != null ? url : file.toAbsolutePath().toUri().toString();
    return RawArticle.newBuilder().setUrl(where).setCanonicalUrl(where).setSource("text").setFetchedAt(Instant.now())
        .setPublishedAt(when).setTitle(lines.get(0)).setLead(null).setParagraphs(lines.subList(1, lines.size()))
        .setExtractor("text/1").build();
  }
}
