package io.newswire.app.board;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.app.Pipeline;
import io.newswire.app.TestBroker;
import io.newswire.app.broker.EmbeddedBroker;
import io.newswire.app.config.NewswireConfig;
import io.newswire.topics.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The board role on a real broker: a story written to newsroom.stories is served by {@code /api/stories} through
 * Kafka Streams' interactive queries, and a second start on a fresh state dir rebuilds it from the topic.
 */
class BoardOnBrokerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void aStoryOnTheTopicIsServedAndARestartRebuildsTheTable() throws Exception {
    try (EmbeddedBroker broker = TestBroker.withTopics(dir)) {
      try (KafkaProducer<String, String> producer =
               new KafkaProducer<>(TestBroker.client(broker), new StringSerializer(), new StringSerializer())) {
        producer.send(new ProducerRecord<>(Topics.STORIES, "s-9", """
            {"storyId":"s-9","version":1,"verdict":"NEW","source":"baotintuc","title":"Đoàn giám sát làm việc tại tỉnh",
             "lead":"Tóm tắt.","publishedAt":"2026-07-20T09:00:00+07:00","entities":{},"inspection":null,
             "alsoPublishedAt":[]}""")).get();
      }
      for (String run : new String[] {"first", "second"}) {
        NewswireConfig config = NewswireConfig.defaults().with("bootstrap.servers", broker.bootstrapServers())
            .with("state.dir", dir.resolve("state-" + run).toString()).with("metrics.enabled", "false")
            .with("board.enabled", "true").with("board.port", "0");
        try (Pipeline pipeline = Pipeline.start(config, EnumSet.of(Pipeline.Role.BOARD), "board")) {
          int port = pipeline.board().orElseThrow().port();
          HttpClient http = HttpClient.newHttpClient();
          await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/stories")).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && JSON.readTree(r.body()).path("items").size() == 1;
          });
          HttpResponse<String> story = http.send(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + port + "/api/stories/s-9")).build(), HttpResponse.BodyHandlers.ofString());
          assertEquals("Đoàn giám sát làm việc tại tỉnh", JSON.readTree(story.body()).path("title").asText(), run);
        }
      }
    }
  }
}
