package io.newswire.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in this JVM as a user would, and captures what it prints on stdout. */
final class CliRun {
  private CliRun() {}

  /** {exit status, stdout}. */
  static String[] run(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      int exit = Newswire.commandLine().execute(args);
      return new String[] {Integer.toString(exit), out.toString(StandardCharsets.UTF_8)};
    } finally {
      System.setOut(old);
    }
  }
}
