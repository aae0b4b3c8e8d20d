package io.newswire.app.cli;

import io.newswire.app.Pipeline;
import picocli.CommandLine.Command;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Discover, fetch politely and extract articles onto news.pages.raw (one role, external cluster).",
        "Sources: the built-in baotintuc.vn and vietnamplus.vn, plus ingest.sources.file. Stops on SIGTERM."})
public final class IngestCommand extends RoleCommand {
  @Override
  Pipeline.Role role() {
    return Pipeline.Role.INGEST;
  }
}
