package io.newswire.app;

import io.newswire.app.broker.EmbeddedBroker;
import io.newswire.app.kafka.TopicAdmin;
import io.newswire.topics.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;

/** The setup the real-broker tests share: the embedded KRaft broker in {@code dir/broker}, every topic created. */
public final class TestBroker {
  private TestBroker() {}

  /** A started broker with {@link Topics#ALL}; the caller closes it. */
  public static EmbeddedBroker withTopics(Path dir) {
    EmbeddedBroker broker = EmbeddedBroker.start(dir.resolve("broker"), 0, 0);
    Properties client = client(broker);
    try (Admin admin = Admin.create(client)) {
      new TopicAdmin(admin, client, Duration.ofSeconds(30)).ensure(Topics.ALL, -1);
    }
    return broker;
  }

  /** Client properties that reach {@code broker}. */
  public static Properties client(EmbeddedBroker broker) {
    Properties client = new Properties();
    client.put("bootstrap.servers", broker.bootstrapServers());
    return client;
  }
}
