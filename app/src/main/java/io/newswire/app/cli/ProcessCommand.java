package io.newswire.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "process", mixinStandardHelpOptions = true, description = "Run the processor topology news.pages.raw -> news.articles.enriched (one role, external cluster).")
public final class ProcessCommand extends NotYetCommand {
  @Mixin
  CommonOptions common;
}
