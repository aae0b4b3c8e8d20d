package io.newswire.app.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.schemas.Inspection;
import io.newswire.schemas.InspectionAlert;
import io.newswire.schemas.InspectionLevel;
import io.newswire.schemas.NewswireSerdes;
import io.newswire.schemas.Severity;
import io.newswire.topics.Topics;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The board's JSON API over its global tables, fed through {@link TopologyTestDriver}, asked over real HTTP. */
class BoardApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private TopologyTestDriver driver;
  private BoardServer server;
  private TestInputTopic<String, String> stories;

  @BeforeEach
  void start() throws Exception {
    Properties props = new Properties();
    props.put("application.id", "board-test");
    props.put("bootstrap.servers", "unused:9092");
    driver = new TopologyTestDriver(BoardTopology.build(), props);
    stories = driver.createInputTopic(Topics.STORIES, new StringSerializer(), new StringSerializer());
    BoardQueries queries = new BoardQueries(new BoardQueries.Stores() {
      @Override
      public <V> org.apache.kafka.streams.state.ReadOnlyKeyValueStore<String, V> store(String name) {
        return driver.getKeyValueStore(name);
      }
    });
    server = BoardServer.start("127.0.0.1", 0, queries);
    stories.pipeInput("s-1", story("s-1", "baotintuc", "Đoàn kiểm tra số 12 làm việc với Tỉnh ủy", "2026-07-18T09:00:00+07:00",
        "CENTRAL_PARTY", "WORKING_SESSION", "Tỉnh ủy Mẫu"));
    stories.pipeInput("s-2", story("s-2", "vietnamplus", "Quốc hội giám sát việc thực hiện chính sách", "2026-07-19T10:00:00+07:00",
        "NATIONAL_ASSEMBLY", "DECISION_ANNOUNCED", "Ủy ban Kinh tế"));
    stories.pipeInput("s-3", story("s-3", "baotintuc", "Giá lúa tăng nhẹ", "2026-07-20T08:00:00+07:00", null, null, "Hà Nội"));
    stories.pipeInput("s-4", "{\"storyId\":\"s-4\",\"alsoPublishedAt\":[]}"); // a copy seen before its story
    driver.createInputTopic(Topics.INSPECTION_ALERTS, new StringSerializer(), NewswireSerdes.inspectionAlert().serializer())
        .pipeInput("s-1", alert("s-1"));
    driver.createInputTopic(Topics.DELEGATIONS, new StringSerializer(), new StringSerializer())
        .pipeInput("Bộ Chính trị | số 12 | 2026", """
            {"delegationNumber":"12","issuers":["Bộ Chính trị"],"storyIds":["s-1"],
             "events":[{"storyId":"s-1","stage":"WORKING_SESSION","headline":"Đoàn kiểm tra số 12 làm việc với Tỉnh ủy"}]}""");
    TestInputTopic<String, String> trending =
        driver.createInputTopic(Topics.TRENDING, new StringSerializer(), new StringSerializer());
    trending.pipeInput("PERSON@2026-07-20T00:00:00Z", "{\"top\":[{\"name\":\"Nguyễn Văn A\",\"count\":3}]}");
    trending.pipeInput("PERSON@2026-07-20T06:00:00Z", "{\"top\":[{\"name\":\"Trần Thị B\",\"count\":5}]}");
  }

  @AfterEach
  void stop() {
    server.close();
    driver.close();
  }

  private static String story(String id, String source, String title, String published, String level, String stage,
                              String organization) {
    String inspection = level == null ? "null"
        : "{\"level\":\"%s\",\"stage\":\"%s\",\"delegationNumber\":\"12\"}".formatted(level, stage);
    return """
        {"storyId":"%s","version":1,"verdict":"NEW","source":"%s","url":"https://%s.vn/%s","title":"%s","lead":"Tin tóm tắt.",
         "publishedAt":"%s","entities":{"ORGANIZATION":["%s"]},"inspection":%s,"alsoPublishedAt":[],
         "paragraphs":["Đoạn một."],"marks":[]}"""
        .formatted(id, source, source, id, title, published, organization, inspection);
  }

  private static InspectionAlert alert(String storyId) {
    Inspection inspection = Inspection.newBuilder().setIsInspectionDelegationStory(true).setDelegationNumber("12")
        .setIssuers(List.of("Bộ Chính trị")).setLevel(InspectionLevel.CENTRAL_PARTY).setConfidence(0.9).build();
    return InspectionAlert.newBuilder().setAlertId("a-" + storyId).setStoryId(storyId).setHeadline("Đoàn kiểm tra số 12")
        .setUrl("https://baotintuc.vn/" + storyId).setSource("baotintuc").setInspection(inspection)
        .setSeverity(Severity.HIGH).setCreatedAt(Instant.parse("2026-07-18T02:05:00Z")).build();
  }

  private HttpResponse<String> get(String pathAndQuery) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode json(String pathAndQuery) throws Exception {
    HttpResponse<String> response = get(pathAndQuery);
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body());
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.path("items").forEach(s -> ids.add(s.path("storyId").asText()));
    return ids;
  }

  @Test
  void theWireListsStoriesNewestFirstAndLeavesOutCopiesWithoutTheirStory() throws Exception {
    assertEquals(List.of("s-3", "s-2", "s-1"), ids(json("/api/stories")));
  }

  @Test
  void filtersBySourceLevelStageEntityDateAndToneInsensitiveText() throws Exception {
    assertEquals(List.of("s-3", "s-1"), ids(json("/api/stories?source=baotintuc")));
    assertEquals(List.of("s-1"), ids(json("/api/stories?level=central_party")));
    assertEquals(List.of("s-2"), ids(json("/api/stories?stage=DECISION_ANNOUNCED")));
    assertEquals(List.of("s-2"), ids(json("/api/stories?entity=" + enc("ủy ban kinh tế"))));
    assertEquals(List.of("s-2", "s-1"), ids(json("/api/stories?from=2026-07-18&to=2026-07-19")));
    // other case, decomposed (NFD) and the old tone-mark place: the analyser's match key
    String query = java.text.Normalizer.normalize("ĐOÀN KIỂM TRA SỐ 12", java.text.Normalizer.Form.NFD);
    assertEquals(List.of("s-1"), ids(json("/api/stories?q=" + enc(query))));
    assertEquals(List.of("s-2"), ids(json("/api/stories?q=" + enc("giám sát việc thực hiện chính sách")))); // a phrase
    assertEquals(List.of(), ids(json("/api/stories?q=" + enc("Bộ Công an"))));
  }

  @Test
  void pagesFollowTheCursorToTheEnd() throws Exception {
    JsonNode first = json("/api/stories?limit=2");
    assertEquals(List.of("s-3", "s-2"), ids(first));
    JsonNode second = json("/api/stories?limit=2&cursor=" + first.path("next").asText());
    assertEquals(List.of("s-1"), ids(second));
    assertTrue(second.path("next").isNull());
  }

  @Test
  void oneStoryAlertsDelegationsAndTrending() throws Exception {
    assertEquals("Quốc hội giám sát việc thực hiện chính sách", json("/api/stories/s-2").path("title").asText());
    assertEquals("urn:newswire:story:s-2", json("/api/stories/s-2?format=ninjs").path("uri").asText());
    assertEquals("text", json("/api/stories?format=ninjs").path("items").get(0).path("type").asText());
    JsonNode alerts = json("/api/alerts");
    assertEquals("s-1", alerts.path("items").get(0).path("storyId").asText());
    assertEquals("HIGH", alerts.path("items").get(0).path("severity").asText());
    assertEquals("Bộ Chính trị | số 12 | 2026", json("/api/delegations").path("items").get(0).path("key").asText());
    assertEquals("s-1", json("/api/delegations/" + enc("Bộ Chính trị | số 12 | 2026"))
        .path("events").get(0).path("storyId").asText());
    assertEquals(1, json("/api/delegations?story=s-1").path("items").size(), "the delegations a story is about");
    assertEquals(0, json("/api/delegations?story=s-3").path("items").size());
    assertEquals("Đoạn một.", json("/api/stories/s-2").path("paragraphs").get(0).asText(), "a story has its text");
    assertTrue(json("/api/stories").path("items").get(0).path("paragraphs").isMissingNode(), "the wire lists no text");
    assertEquals("Đoạn một.", json("/api/stories/s-2?format=ninjs").path("bodies").get(0).path("value").asText());
    assertEquals("Trần Thị B", json("/api/trending?type=PERSON").path("top").get(0).path("name").asText(),
        "the latest window");
  }

  @Test
  void badParametersAre400AndUnknownIds404AsJson() throws Exception {
    for (String bad : List.of("/api/stories?limit=0", "/api/stories?from=yesterday", "/api/stories?cursor=xyz",
        "/api/stories?colour=red", "/api/stories?format=xml", "/api/trending?type=ANIMAL", "/api/trending")) {
      HttpResponse<String> r = get(bad);
      assertEquals(400, r.statusCode(), bad);
      assertEquals(400, JSON.readTree(r.body()).path("status").asInt(), bad);
      assertTrue(JSON.readTree(r.body()).path("message").asText().length() > 5, bad);
    }
    for (String missing : List.of("/api/stories/s-99", "/api/stories/s-4", "/api/delegations/nope", "/api/nothing")) {
      assertEquals(404, get(missing).statusCode(), missing);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
