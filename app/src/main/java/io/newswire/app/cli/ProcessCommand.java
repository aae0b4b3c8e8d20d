package io.newswire.app.cli;

import io.newswire.app.Pipeline;
import picocli.CommandLine.Command;

@Command(name = "process", mixinStandardHelpOptions = true,
    description = {"Run the processor topology news.pages.raw -> news.articles.enriched (one role, external cluster).",
        "Kafka Streams with exactly-once v2: normalize, tag entities, detect inspection delegations, deduplicate. "
            + "Stops on SIGTERM; a restart continues from the committed state."})
public final class ProcessCommand extends RoleCommand {
  @Override
  Pipeline.Role role() {
    return Pipeline.Role.PROCESS;
  }
}
