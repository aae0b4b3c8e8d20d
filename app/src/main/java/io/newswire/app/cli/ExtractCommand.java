package io.newswire.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "extract", mixinStandardHelpOptions = true, description = "Extract one article page and print the RawArticle as JSON.")
public final class ExtractCommand extends NotYetCommand {
  @Mixin
  CommonOptions common;
}
