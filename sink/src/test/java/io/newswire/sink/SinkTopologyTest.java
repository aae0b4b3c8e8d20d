package io.newswire.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.json.RecordJson;
import io.newswire.schemas.Dedup;
import io.newswire.schemas.DedupVerdict;
import io.newswire.schemas.EnrichedArticle;
import io.newswire.schemas.Entity;
import io.newswire.schemas.EntityType;
import io.newswire.schemas.Inspection;
import io.newswire.schemas.InspectionAlert;
import io.newswire.schemas.InspectionLevel;
import io.newswire.schemas.InspectionStage;
import io.newswire.schemas.NewswireSerdes;
import io.newswire.schemas.Severity;
import io.newswire.topics.Topics;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SinkTopologyTest {
  TopologyTestDriver driver;
  TestInputTopic<String, EnrichedArticle> in;
  TestOutputTopic<String, String> stories;
  TestOutputTopic<String, InspectionAlert> alerts;
  TestOutputTopic<String, String> delegations;
  TestOutputTopic<String, String> trending;

  @BeforeEach
  void start() {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "sink-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    driver = new TopologyTestDriver(SinkTopology.build(SinkSettings.defaults(), new SimpleMeterRegistry()), props);
    in = driver.createInputTopic(Topics.ARTICLES_ENRICHED, Serdes.String().serializer(), NewswireSerdes.enrichedArticle().serializer());
    stories = driver.createOutputTopic(Topics.STORIES, Serdes.String().deserializer(), Serdes.String().deserializer());
    alerts = driver.createOutputTopic(Topics.INSPECTION_ALERTS, Serdes.String().deserializer(), NewswireSerdes.inspectionAlert().deserializer());
    delegations = driver.createOutputTopic(Topics.DELEGATIONS, Serdes.String().deserializer(), Serdes.String().deserializer());
    trending = driver.createOutputTopic(Topics.TRENDING, Serdes.String().deserializer(), Serdes.String().deserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  static EnrichedArticle story(String storyId, String url, DedupVerdict verdict, int version, String stage, String org,
                               String date) {
    Inspection inspection = Inspection.newBuilder().setIsInspectionDelegationStory(stage != null)
        .setDelegationNumber(stage == null ? null : "538").setIssuers(stage == null ? List.of() : List.of("Bộ Chính trị"))
        .setLevel(stage == null ? null : InspectionLevel.CENTRAL_PARTY).setHead(stage == null ? null : "Phan Đình Trạc")
        .setInspectedOrganizations(stage == null ? List.of() : List.of(org))
        .setStage(stage == null ? InspectionStage.OTHER : InspectionStage.valueOf(stage))
        .setEventDate(date == null ? null : LocalDate.parse(date)).setEvidence("Đoàn kiểm tra số 538 …").setConfidence(0.9).build();
    return EnrichedArticle.newBuilder().setStoryId(storyId).setUrl(url).setCanonicalUrl(url)
        .setSource(url.contains("vietnamplus") ? "vietnamplus" : "baotintuc").setFetchedAt(Instant.parse("2022-10-11T12:00:00Z"))
        .setPublishedAt(Instant.parse("2022-10-11T11:45:00Z")).setTitle("Đoàn kiểm tra số 538 làm việc với " + org)
        .setLead("Chiều 11/10, …").setParagraphs(List.of("…")).setExtractor("test")
        .setEntities(List.of(new Entity(EntityType.ORGANIZATION, "Bộ Chính trị", "Bộ Chính trị", 0, 12, 0, "title", null, null),
            new Entity(EntityType.PERSON, "Phan Đình Trạc", "Phan Đình Trạc", 0, 14, 1, "lead", null, null)))
        .setInspection(inspection)
        .setDedup(Dedup.newBuilder().setVerdict(verdict).setVersion(version)
            .setDuplicateOf(verdict == DedupVerdict.DUPLICATE ? storyId : null)
            .setSimilarity(verdict == DedupVerdict.DUPLICATE ? 0.93 : null).build())
        .setProcessedAt(Instant.parse("2022-10-11T12:00:01Z")).build();
  }

  @Test
  void aNewInspectionStoryAlertsOnceAndItsCopyOnlyJoinsAlsoPublishedAt() throws Exception {
    in.pipeInput("s-1", story("s-1", "https://baotintuc.vn/a-1.htm", DedupVerdict.NEW, 1, "DRAFT_REPORT_REVIEW",
        "Ban Tổ chức Trung ương", "2022-10-11"));
    in.pipeInput("s-1", story("s-1", "https://www.vietnamplus.vn/a-post1.vnp", DedupVerdict.DUPLICATE, 1,
        "DRAFT_REPORT_REVIEW", "Ban Tổ chức Trung ương", "2022-10-11"));
    List<InspectionAlert> raised = alerts.readValuesToList();
    assertEquals(1, raised.size());
    assertEquals(Severity.HIGH, raised.get(0).getSeverity());
    assertEquals("alert-s-1", raised.get(0).getAlertId());
    Map<String, String> latest = stories.readKeyValuesToMap();
    JsonNode story = RecordJson.MAPPER.readTree(latest.get("s-1"));
    assertEquals("https://baotintuc.vn/a-1.htm", story.get("url").asText());
    assertEquals("https://www.vietnamplus.vn/a-post1.vnp", story.get("alsoPublishedAt").get(0).get("url").asText());
    assertEquals("vietnamplus", story.get("alsoPublishedAt").get(0).get("source").asText());
  }

  @Test
  void aLaterStageOfTheSameDelegationUpdatesTheTimelineAndAlertsOnceLinkingTheEarlierStory() throws Exception {
    in.pipeInput("s-1", story("s-1", "https://baotintuc.vn/a-1.htm", DedupVerdict.NEW, 1, "WORKING_SESSION",
        "Ban Tổ chức Trung ương", "2022-10-11"));
    in.pipeInput("s-2", story("s-2", "https://baotintuc.vn/a-2.htm", DedupVerdict.NEW, 1, "CONCLUSION_ANNOUNCED",
        "Ban Tổ chức Trung ương", "2022-12-20"));
    in.pipeInput("s-2", story("s-2", "https://baotintuc.vn/a-2.htm", DedupVerdict.UPDATED, 2, "CONCLUSION_ANNOUNCED",
        "Ban Tổ chức Trung ương", "2022-12-20"));
    List<InspectionAlert> raised = alerts.readValuesToList();
    assertEquals(2, raised.size(), "one per story, none for the update");
    assertEquals(List.of("s-1"), raised.get(1).getEarlierStoryIds());
    Map<String, String> timelines = delegations.readKeyValuesToMap();
    assertEquals(1, timelines.size());
    JsonNode timeline = RecordJson.MAPPER.readTree(timelines.values().iterator().next());
    assertEquals("CONCLUSION_ANNOUNCED", timeline.get("latestStage").asText());
    assertEquals(2, timeline.get("events").size());
    assertTrue(timelines.keySet().iterator().next().startsWith("Bộ Chính trị | số 538 | 2022"));
  }

  @Test
  void anUpdateThatNewlyBecomesAnInspectionStoryAlerts() {
    in.pipeInput("s-3", story("s-3", "https://baotintuc.vn/a-3.htm", DedupVerdict.NEW, 1, null, "x", null));
    assertTrue(alerts.isEmpty());
    in.pipeInput("s-3", story("s-3", "https://baotintuc.vn/a-3.htm", DedupVerdict.UPDATED, 2, "WORKING_SESSION",
        "Ban Nội chính Trung ương", "2022-10-12"));
    assertEquals(1, alerts.readValuesToList().size());
  }

  @Test
  void entityMentionsTrendPerTypeInHoppingWindows() throws Exception {
    in.pipeInput("s-1", story("s-1", "https://baotintuc.vn/a-1.htm", DedupVerdict.NEW, 1, null, "x", null));
    in.pipeInput("s-2", story("s-2", "https://baotintuc.vn/a-2.htm", DedupVerdict.NEW, 1, null, "x", null));
    in.pipeInput("s-1", story("s-1", "https://www.vietnamplus.vn/a.vnp", DedupVerdict.DUPLICATE, 1, null, "x", null));
    Map<String, String> latest = trending.readKeyValuesToMap();
    String org = latest.entrySet().stream().filter(e -> e.getKey().startsWith("ORGANIZATION@")).map(Map.Entry::getValue)
        .reduce((a, b) -> b).orElseThrow();
    JsonNode doc = RecordJson.MAPPER.readTree(org);
    assertEquals("Bộ Chính trị", doc.get("top").get(0).get("canonical").asText());
    assertEquals(2, doc.get("top").get(0).get("mentions").asLong(), "the copy does not count again");
  }

  @Test
  void aStoryCountsOnceHoweverManyVersionsAndCopiesItHas() throws Exception {
    in.pipeInput("s-1", story("s-1", "https://baotintuc.vn/a-1.htm", DedupVerdict.NEW, 1, null, "x", null));
    in.pipeInput("s-1", story("s-1", "https://baotintuc.vn/a-1.htm", DedupVerdict.UPDATED, 2, null, "x", null));
    in.pipeInput("s-1", story("s-1", "https://www.vietnamplus.vn/a.vnp", DedupVerdict.DUPLICATE, 1, null, "x", null));
    List<String> updates = trending.readValuesToList();
    assertTrue(!updates.isEmpty(), "the first version trends");
    for (String update : updates) {
      for (JsonNode entry : RecordJson.MAPPER.readTree(update).get("top")) {
        assertEquals(1, entry.get("mentions").asLong(), "one story, however many versions: " + update);
      }
    }
  }
}
