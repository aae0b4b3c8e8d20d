package io.newswire.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Base for subcommands whose role is not in this build yet: they say so plainly and exit 1. */
abstract class NotYetCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    System.err.println("newswire " + spec.name() + ": not available in this build yet");
    return 1;
  }
}
