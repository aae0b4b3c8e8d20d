package io.newswire.app.cli;

import io.newswire.app.config.NewswireConfig.ConfigException;
import io.newswire.ingest.eval.PageEvaluation;
import io.newswire.ingest.eval.PageGold;
import io.newswire.ingest.fetch.Sniffer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "eval-pages", mixinStandardHelpOptions = true,
    description = {"Score extraction on saved pages against a gold file, side by side with Readability4J alone, "
        + "per outlet: non-articles refused, title, sapo, body (Zyte's F1), date, author, captions and tags.",
        "Each gold item's page is read from DIR/ID.html or DIR/ID.html.gz; the gold says where on the page each "
            + "field's truth stands, so it holds none of the page's text.",
        "Example: newswire eval-pages --gold docs/realpages/gold.jsonl --dir realpages/ --split heldout"})
public final class EvalPagesCommand implements Callable<Integer> {

  @Mixin
  GoldOptions goldOptions;

  @Option(names = "--dir", paramLabel = "DIR", required = true, description = "Folder of ID.html or ID.html.gz files.")
  Path dir;

  @Option(names = "--errors", description = "Also list every page and field newswire got wrong.")
  boolean errors;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(dir)) {
      throw new ConfigException("--dir " + dir + " is not a folder");
    }
    List<PageGold> items = goldOptions.items(PageGold::read, PageGold::split);
    PageEvaluation eval = new PageEvaluation();
    List<String> missing = new ArrayList<>();
    for (PageGold item : items) {
      byte[] bytes = read(item.id());
      if (bytes == null) {
        missing.add(item.id());
        continue;
      }
      eval.add(item, new String(bytes, Sniffer.charset("", bytes)));
      System.err.printf("[%d/%d] %s%n", eval.pages() + missing.size(), items.size(), item.id());
    }
    if (eval.pages() == 0) {
      System.err.println("newswire eval-pages: none of the " + items.size() + " items has a page in " + dir
          + " (ID.html or ID.html.gz)");
      return 1;
    }
    System.out.println(goldOptions.describe() + ", " + eval.pages() + " pages:\n");
    System.out.print(eval.report());
    if (!missing.isEmpty()) {
      System.out.println("\nMissing (" + missing.size() + "): " + String.join(", ", missing));
    }
    if (errors) {
      System.out.println("\nErrors:");
      eval.errors().forEach(e -> System.out.println("- " + e));
    }
    return 0;
  }

  private byte[] read(String id) throws IOException {
    Path html = dir.resolve(id + ".html");
    if (Files.isReadable(html)) {
      return Files.readAllBytes(html);
    }
    Path gz = dir.resolve(id + ".html.gz");
    if (Files.isReadable(gz)) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
        return in.readAllBytes();
      }
    }
    return null;
  }
}
