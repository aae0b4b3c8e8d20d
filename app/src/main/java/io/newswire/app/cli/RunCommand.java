package io.newswire.app.cli;

import io.newswire.app.config.NewswireConfig;
import io.newswire.app.Pipeline;
import io.newswire.app.broker.DataDirLock;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true,
    description = {
        "Run ingest, processor and sink in one JVM, and serve the newsroom board on http://127.0.0.1:8080/.",
        "Without --bootstrap-servers it starts the embedded single-node Kafka broker (KRaft) first, keeping its "
            + "data in embedded.data.dir, so a restart continues where it stopped. Stops cleanly on Ctrl-C / SIGTERM "
            + "(exit status 143); a stop not finished within shutdown.timeout (12s) halts with exit status 3.",
        "One run per data dir: a second one on the same dir exits 2 at once, naming the first one's pid."})
public final class RunCommand implements Callable<Integer> {

  @Mixin
  CommonOptions common;

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Data dir of the embedded broker (setting embedded.data.dir).")
  Path dataDir;

  @Override
  public Integer call() throws Exception {
    NewswireConfig config = common.load();
    if (dataDir != null) {
      config = config.with("embedded.data.dir", dataDir.toString());
    }
    NewswireConfig effective = config;
    if (config.isSet("bootstrap.servers")) {
      Commands.runUntilStopped(() -> Pipeline.start(effective), effective.getDuration("shutdown.timeout"));
      return 0;
    }
    // the embedded broker's data dir has one owner: a second run is refused before it touches anything
    try (DataDirLock lock = DataDirLock.acquire(Path.of(config.get("embedded.data.dir")))) {
      Commands.runUntilStopped(() -> Pipeline.start(effective), effective.getDuration("shutdown.timeout"));
    }
    return 0;
  }
}
