package io.newswire.app.cli;

import io.newswire.app.config.NewswireConfig.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Option;

/** {@code --gold} and {@code --split}, and the items they name, for {@code eval-text} and {@code eval-pages}. */
final class GoldOptions {

  @Option(names = "--gold", paramLabel = "FILE", required = true, description = "Gold labels, one JSON object per line.")
  Path gold;

  @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "all",
      description = "Which items to score: all, or one split named in the gold file (default: ${DEFAULT-VALUE}).")
  String split;

  /** A reader of one gold format; a line it cannot read is an {@link IllegalArgumentException} naming the line. */
  interface Reader<T> {
    List<T> read(Path file) throws IOException;
  }

  /** The items of the split ("all" for every one); a usage error (exit 2) when the file or the split is wrong. */
  <T> List<T> items(Reader<T> reader, Function<T, String> splitOf) throws IOException {
    if (!Files.isReadable(gold)) {
      throw new ConfigException("cannot read --gold " + gold);
    }
    List<T> all;
    try {
      all = reader.read(gold);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("--gold " + e.getMessage());
    }
    List<T> items = all.stream().filter(g -> split.equals("all") || split.equals(splitOf.apply(g))).toList();
    if (items.isEmpty()) {
      throw new ConfigException("--split " + split + " matches no item; the gold file has: all, "
          + String.join(", ", all.stream().map(splitOf).distinct().toList()));
    }
    return items;
  }

  /** "Gold FILE, split S" for the report's first line. */
  String describe() {
    return "Gold " + gold + ", split " + split;
  }
}
