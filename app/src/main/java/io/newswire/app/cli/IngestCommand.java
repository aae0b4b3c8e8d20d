package io.newswire.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Discover, fetch politely and extract articles onto news.pages.raw (one role, external cluster).")
public final class IngestCommand extends NotYetCommand {
  @Mixin
  CommonOptions common;
}
