package io.newswire.app.replay;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.json.RecordJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Writes a topic's committed records, from the beginning to the current end, as JSON Lines. */
public final class TopicExport {
  private TopicExport() {}

  /**
   * @param toJson turns one value into the JSON object written for it (key, partition and offset are added)
   * @return how many records were written
   */
  public static int toJsonLines(Properties clientProps, String topic, Path file,
                                Function<byte[], ? extends com.fasterxml.jackson.databind.JsonNode> toJson) throws IOException {
    return toJsonLines(clientProps, topic, file, toJson, false);
  }

  /**
   * @param latestPerKey keep only each key's last record, as a compacted topic's readers see it
   */
  public static int toJsonLines(Properties clientProps, String topic, Path file, Function<byte[], ? extends com.fasterxml.jackson.databind.JsonNode> toJson,
                                boolean latestPerKey) throws IOException {
    Map<String, Object> props = new HashMap<>();
    clientProps.forEach((k, v) -> props.put((String) k, v));
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newswire-export");
    int written = 0;
    Map<String, String> latest = new java.util.LinkedHashMap<>();
    try (KafkaConsumer<String, byte[]> consumer =
             new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
         BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
          .map(p -> new TopicPartition(topic, p.partition())).collect(Collectors.toList());
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
      long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      while (!reached(consumer, end) && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          ObjectNode line = RecordJson.MAPPER.createObjectNode();
          line.put("key", record.key());
          line.put("partition", record.partition());
          line.put("offset", record.offset());
          line.set("value", record.value() == null ? null : toJson.apply(record.value()));
          String text = RecordJson.MAPPER.writeValueAsString(line);
          if (latestPerKey) {
            latest.remove(record.key());
            latest.put(record.key(), text);
          } else {
            out.write(text);
            out.newLine();
            written++;
          }
        }
      }
      for (String text : latest.values()) {
        out.write(text);
        out.newLine();
        written++;
      }
    }
    return written;
  }

  private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
    for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
      if (consumer.position(e.getKey()) < e.getValue()) {
        return false;
      }
    }
    return true;
  }
}
