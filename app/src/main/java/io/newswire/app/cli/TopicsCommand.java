package io.newswire.app.cli;

import io.newswire.app.config.NewswireConfig;
import io.newswire.app.kafka.TopicAdmin;
import io.newswire.topics.Topics;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "topics", mixinStandardHelpOptions = true,
    description = {
        "Create the missing newswire topics and report those that differ from the catalogue.",
        "Idempotent; safe on any cluster. Exit status 1 when a topic differs (partitions, cleanup.policy, "
            + "retention.ms); newswire never alters an existing topic."})
public final class TopicsCommand implements Callable<Integer> {

  @Mixin
  ClusterOptions common;

  @Override
  public Integer call() {
    NewswireConfig config = common.load();
    String bootstrap = Commands.requireCluster(config, "topics");
    Properties client = config.kafkaClientProperties(bootstrap);
    try (Admin admin = Admin.create(client)) {
      List<TopicAdmin.Outcome> outcomes = new TopicAdmin(admin, client, config.getDuration("admin.timeout"))
          .ensure(Topics.ALL, config.getInt("topics.replication.factor"));
      outcomes.forEach(System.out::println);
      return outcomes.stream().anyMatch(o -> o.status() == TopicAdmin.Status.MISMATCH) ? 1 : 0;
    }
  }
}
