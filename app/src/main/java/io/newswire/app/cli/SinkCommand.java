package io.newswire.app.cli;

import io.newswire.app.Pipeline;
import picocli.CommandLine.Command;

@Command(name = "sink", mixinStandardHelpOptions = true,
    description = {"Run the sink topology writing the newsroom and alert topics (one role, external cluster).",
        "newsroom.stories, newsroom.delegations, newsroom.entities.trending and alerts.inspection-delegations, with "
            + "exactly-once v2. Stops on SIGTERM."})
public final class SinkCommand extends RoleCommand {
  @Override
  Pipeline.Role role() {
    return Pipeline.Role.SINK;
  }
}
