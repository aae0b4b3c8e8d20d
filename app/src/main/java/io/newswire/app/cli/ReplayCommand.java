package io.newswire.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "replay", mixinStandardHelpOptions = true, description = "Feed WARC archives through extraction, processor and sink on the embedded broker.")
public final class ReplayCommand extends NotYetCommand {
  @Mixin
  CommonOptions common;
}
