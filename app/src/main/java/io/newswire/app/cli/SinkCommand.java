package io.newswire.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "sink", mixinStandardHelpOptions = true, description = "Run the sink topology writing the newsroom and alert topics (one role, external cluster).")
public final class SinkCommand extends NotYetCommand {
  @Mixin
  CommonOptions common;
}
