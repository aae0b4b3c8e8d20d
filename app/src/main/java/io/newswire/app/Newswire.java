package io.newswire.app;

import io.newswire.app.cli.BoardCommand;
import io.newswire.app.cli.EnrichCommand;
import io.newswire.app.cli.EvalPagesCommand;
import io.newswire.app.cli.EvalTextCommand;
import io.newswire.app.cli.ExtractCommand;
import io.newswire.app.cli.IngestCommand;
import io.newswire.app.cli.ProcessCommand;
import io.newswire.app.cli.ReplayCommand;
import io.newswire.app.cli.RunCommand;
import io.newswire.app.cli.SinkCommand;
import io.newswire.app.cli.TailCommand;
import io.newswire.app.cli.TopicsCommand;
import io.newswire.app.config.NewswireConfig.ConfigException;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newswire} command line. Exit status: 0 success, 1 failure, 2 bad usage or configuration. */
@Command(name = "newswire", mixinStandardHelpOptions = true, versionProvider = Newswire.Version.class,
    description = "Vietnamese national news wire (TTXVN, Báo Tin tức) on Apache Kafka: ingest, enrich, "
        + "deduplicate and alert.",
    subcommands = {RunCommand.class, IngestCommand.class, ProcessCommand.class, SinkCommand.class, BoardCommand.class,
        TopicsCommand.class, ExtractCommand.class, EnrichCommand.class, ReplayCommand.class,
        EvalTextCommand.class, EvalPagesCommand.class, TailCommand.class},
    footer = {"", "Configuration: defaults < --config FILE < NEWSWIRE_* environment < options. "
        + "'newswire COMMAND --help' for each command."})
public final class Newswire implements Runnable {
  public static final int EXIT_FAILURE = 1;
  public static final int EXIT_USAGE = 2;
  private static final Logger log = LoggerFactory.getLogger(Newswire.class);

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  public static int execute(String... args) {
    io.newswire.schemas.TrustedClasses.install();
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    CommandLine cli = commandLine();
    return cli.execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Newswire());
    cli.setParameterExceptionHandler((e, args) -> {
      PrintWriter err = e.getCommandLine().getErr();
      String name = e.getCommandLine().getCommandSpec().qualifiedName();
      err.println(name + ": " + e.getMessage() + " (see '" + name + " --help')");
      return EXIT_USAGE;
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      String name = commandLine.getCommandSpec().qualifiedName();
      if (e instanceof ConfigException) {
        err.println(name + ": " + e.getMessage());
        return EXIT_USAGE;
      }
      log.debug("{} failed", name, e);
      err.println(name + ": error: " + oneLine(e));
      return EXIT_FAILURE;
    });
    return cli;
  }

  private static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.replace('\n', ' ');
  }

  @Override
  public void run() {
    // "newswire" alone: show what there is
    new CommandLine(this).usage(System.out);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Newswire.class.getPackage().getImplementationVersion();
      if (version == null) { // not from the jar: the build's resource says it
        try (var in = Newswire.class.getResourceAsStream("/newswire-version.properties")) {
          java.util.Properties p = new java.util.Properties();
          if (in != null) {
            p.load(in);
          }
          version = p.getProperty("version", "unknown");
        } catch (java.io.IOException e) {
          version = "unknown";
        }
      }
      return new String[] {"newswire " + version
          + " (Kafka " + org.apache.kafka.common.utils.internals.AppInfoParser.getVersion() + ", Java "
          + System.getProperty("java.version") + ")"};
    }
  }
}
