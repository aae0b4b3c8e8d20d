package io.newswire.app.cli;

import io.newswire.app.Pipeline;
import io.newswire.app.config.NewswireConfig;
import picocli.CommandLine.Command;

@Command(name = "board", mixinStandardHelpOptions = true,
    description = {"Serve the newsroom board's JSON API over the downstream topics (one role, external cluster).",
        "Reads newsroom.stories, alerts.inspection-delegations, newsroom.delegations and newsroom.entities.trending "
            + "into global tables; serves /api/… on board.host:board.port (127.0.0.1:8080). Stops on SIGTERM."})
public final class BoardCommand extends RoleCommand {
  @Override
  Pipeline.Role role() {
    return Pipeline.Role.BOARD;
  }

  @Override
  NewswireConfig adjust(NewswireConfig config) {
    return config.with("board.enabled", "true"); // asked for by name
  }
}
