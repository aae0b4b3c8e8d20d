package io.newswire.app.cli;

import io.newswire.app.Pipeline;
import io.newswire.app.config.NewswireConfig;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Runs one role against an external cluster until SIGTERM. */
abstract class RoleCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common;

  @Spec
  CommandSpec spec;

  abstract Pipeline.Role role();

  /** The configuration this role runs with; a role may switch itself on. */
  NewswireConfig adjust(NewswireConfig config) {
    return config;
  }

  @Override
  public Integer call() throws Exception {
    NewswireConfig config = adjust(common.load());
    Commands.requireCluster(config, spec.name());
    Commands.runUntilStopped(() -> Pipeline.start(config, EnumSet.of(role()), spec.name()),
        config.getDuration("shutdown.timeout"));
    return 0;
  }
}
