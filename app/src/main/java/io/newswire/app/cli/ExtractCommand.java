package io.newswire.app.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.app.config.NewswireConfig;
import io.newswire.app.roles.IngestRole;
import io.newswire.ingest.extract.ExtractionException;
import io.newswire.ingest.extract.Extractors;
import io.newswire.ingest.source.Source;
import io.newswire.ingest.source.SourceCatalogue;
import io.newswire.ingest.extract.Page;
import io.newswire.ingest.fetch.FetchPolicy;
import io.newswire.ingest.fetch.FetchResult;
import io.newswire.ingest.fetch.PoliteFetcher;
import io.newswire.ingest.fetch.Sniffer;
import io.newswire.json.RecordJson;
import io.newswire.schemas.RawArticle;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extract one article page and print the RawArticle as one JSON object on stdout.",
        "With --html FILE the page is read from the file (--url says where it came from); with --url alone it is "
            + "fetched politely (robots.txt, User-Agent). A page that yields no article exits 1 with the reason.",
        "Example: newswire extract --html page.html --url https://baotintuc.vn/thoi-su/…-20221011184512345.htm"})
public final class ExtractCommand implements Callable<Integer> {

  @Option(names = "--html", paramLabel = "FILE", description = "The saved page.")
  Path html;

  @Option(names = "--url", paramLabel = "URL", required = true,
      description = "The page's URL: chooses the extractor and resolves relative links.")
  URI url;

  @Option(names = "--source", paramLabel = "ID",
      description = "Source id to record (default: from the host: baotintuc, vietnamplus, web).")
  String source;

  @Option(names = "--with-html", description = "Include rawHtmlGzip (base64) in the output.")
  boolean withHtml;

  @Option(names = "--compact", description = "One line instead of indented JSON.")
  boolean compact;

  @Mixin
  ConfigOptions common;

  @Override
  public Integer call() throws Exception {
    if (url.getScheme() == null || url.getHost() == null) {
      throw new NewswireConfig.ConfigException("--url must be an absolute http(s) URL, not '" + url + "'");
    }
    String text;
    Instant fetchedAt = Instant.now();
    if (html != null) {
      if (!Files.isReadable(html)) {
        throw new NewswireConfig.ConfigException("cannot read --html file " + html);
      }
      byte[] bytes = Files.readAllBytes(html);
      text = new String(bytes, Sniffer.charset("", bytes));
    } else {
      NewswireConfig config = common.load();
      // the user named this URL: its host is allowed, with every other politeness and safety rule in force
      FetchPolicy policy = IngestRole.fetchPolicy(config, List.of()).withAllowedHosts(Set.of(url.getHost()));
      FetchResult result = new PoliteFetcher(policy, new SimpleMeterRegistry()).fetch(url, PoliteFetcher.Kind.HTML);
      if (!(result instanceof FetchResult.Fetched fetched)) {
        System.err.println("newswire extract: cannot fetch " + url + ": " + result);
        return 1;
      }
      text = fetched.text();
    }
    Source catalogued = SourceCatalogue.forUrl(SourceCatalogue.builtIn(), url);
    String sourceId = source != null ? source : catalogued.id();
    RawArticle article;
    try {
      article = new Extractors().extract(new Page(url, sourceId, text, fetchedAt, null), catalogued.extractors());
    } catch (ExtractionException e) {
      System.err.println("newswire extract: cannot extract " + url + ": " + e.reason() + ": " + e.getMessage());
      return 1;
    }
    if (withHtml) {
      article.setRawHtmlGzip(java.nio.ByteBuffer.wrap(gzip(text)));
    }
    var json = RecordJson.toJson(article, withHtml ? Set.of() : Set.of("rawHtmlGzip"));
    var writer = compact ? RecordJson.MAPPER.writer() : RecordJson.MAPPER.writer(SerializationFeature.INDENT_OUTPUT);
    System.out.println(writer.writeValueAsString(json));
    return 0;
  }

  private static byte[] gzip(String text) throws java.io.IOException {
    var out = new java.io.ByteArrayOutputStream();
    try (var gz = new java.util.zip.GZIPOutputStream(out)) {
      gz.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
