package io.newswire.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.app.config.NewswireConfig;
import io.newswire.app.config.NewswireConfig.ConfigException;
import io.newswire.app.kafka.TopicAdmin;
import io.newswire.app.replay.TopicViews;
import io.newswire.json.RecordJson;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "tail", mixinStandardHelpOptions = true,
    description = {
        "Print the records of newswire topics as JSON lines (Avro values decoded to their JSON views), or one short "
            + "line each with --brief. Reads committed records only (read_committed), joins no consumer group.",
        "Without --from-beginning: new records from now on, until Ctrl-C. With it: everything from the start, then "
            + "ends at the current end unless --follow. Without --bootstrap-servers it reads the embedded broker of a "
            + "running 'newswire run' (127.0.0.1:embedded.port).",
        "Example: newswire tail newsroom.stories --from-beginning --brief"})
public final class TailCommand implements Callable<Integer> {

  @Mixin
  ClusterOptions cluster;

  @Parameters(arity = "1..*", paramLabel = "TOPIC", description = "Topics to read, e.g. newsroom.stories news.dlq.")
  List<String> topics;

  @Option(names = "--from-beginning", description = "Start at the oldest record instead of the end.")
  boolean fromBeginning;

  @Option(names = {"-f", "--follow"}, description = "Keep waiting for new records (the default without --from-beginning).")
  boolean follow;

  @Option(names = "--brief", description = "One short human line per record instead of its JSON.")
  boolean brief;

  @Option(names = "--max", paramLabel = "N", description = "Stop after N records.")
  Integer max;

  @Override
  public Integer call() {
    NewswireConfig config = cluster.load();
    String bootstrap = config.isSet("bootstrap.servers") ? config.get("bootstrap.servers")
        : "127.0.0.1:" + config.getInt("embedded.port");
    Duration timeout = config.getDuration("admin.timeout");
    Commands.quietKafkaClients();
    Properties client = config.kafkaClientProperties(bootstrap);
    Map<String, Object> props = new HashMap<>();
    client.forEach((k, v) -> props.put((String) k, v));
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newswire-tail");
    // one attempt per second while the cluster is away, not a warning per 50 ms
    props.put(ConsumerConfig.RECONNECT_BACKOFF_MS_CONFIG, 1000);
    props.put(ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (KafkaConsumer<String, byte[]> consumer =
             new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : topics) {
        List<PartitionInfo> infos = partitions(consumer, topic, bootstrap, timeout);
        if (infos.isEmpty()) {
          throw new ConfigException("no topic '" + topic + "' on " + bootstrap
              + " ('newswire topics' lists and creates them)");
        }
        infos.forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
      }
      consumer.assign(partitions);
      if (fromBeginning) {
        consumer.seekToBeginning(partitions);
      } else {
        consumer.seekToEnd(partitions);
      }
      partitions.forEach(consumer::position); // fix the start now: "from the end" means from this moment
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
      boolean keepGoing = follow || !fromBeginning;
      Thread stopper = new Thread(consumer::wakeup, "newswire-tail-stop");
      Runtime.getRuntime().addShutdownHook(stopper);
      int printed = 0;
      try {
        while (max == null || printed < max) {
          if (!keepGoing && reachedEnd(consumer, end)) {
            break;
          }
          for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
            JsonNode value = TopicViews.view(record.topic(), record.value());
            out.println(brief ? TopicViews.brief(record.topic(), record.key(), value)
                : RecordJson.MAPPER.writeValueAsString(value));
            if (max != null && ++printed >= max) {
              break;
            }
          }
        }
      } catch (WakeupException stopped) {
        return 0; // Ctrl-C
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(stopper);
        } catch (IllegalStateException shuttingDown) {
          // the hook is running: it is what stopped us
        }
      }
      return 0;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<PartitionInfo> partitions(KafkaConsumer<String, byte[]> consumer, String topic, String bootstrap,
                                                Duration timeout) {
    try {
      return consumer.partitionsFor(topic, timeout);
    } catch (org.apache.kafka.common.errors.TimeoutException e) {
      throw new KafkaException(TopicAdmin.noAnswer(bootstrap, timeout));
    }
  }

  private static boolean reachedEnd(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
    for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
      if (consumer.position(e.getKey()) < e.getValue()) {
        return false;
      }
    }
    return true;
  }
}
