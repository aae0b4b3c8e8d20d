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
    Commands.quietKafkaClients();
    Properties client = config.kafkaClientProperties(bootstrap);
    java.time.Duration timeout = config.getDuration("admin.timeout");
    Properties adminProps = new Properties();
    adminProps.putAll(client);
    // the client's own calls give up with the command, and closing it does not wait a minute more for them
    adminProps.putIfAbsent("default.api.timeout.ms", Long.toString(timeout.toMillis()));
    adminProps.putIfAbsent("request.timeout.ms", Long.toString(Math.min(timeout.toMillis(), 30_000)));
    Admin admin = Admin.create(adminProps);
    try {
      List<TopicAdmin.Outcome> outcomes = new TopicAdmin(admin, client, timeout)
          .ensure(Topics.ALL, config.getInt("topics.replication.factor"));
      outcomes.forEach(System.out::println);
      return outcomes.stream().anyMatch(o -> o.status() == TopicAdmin.Status.MISMATCH) ? 1 : 0;
    } finally {
      admin.close(java.time.Duration.ofSeconds(1));
    }
  }
}
