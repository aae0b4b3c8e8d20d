package io.newswire.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "enrich", mixinStandardHelpOptions = true, description = "Enrich one article (JSON or text) and print the EnrichedArticle as JSON.")
public final class EnrichCommand extends NotYetCommand {
  @Mixin
  CommonOptions common;
}
