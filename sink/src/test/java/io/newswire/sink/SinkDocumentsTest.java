package io.newswire.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.json.JsonSerde;
import io.newswire.json.RecordJson;
import io.newswire.schemas.Dedup;
import io.newswire.schemas.DedupVerdict;
import io.newswire.schemas.EnrichedArticle;
import io.newswire.schemas.Image;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sink's typed documents keep the bytes of the newsroom topics: a document the string-typed sink wrote (a
 * restored store, a compacted topic read from the start) reads back as the record and writes out as the same JSON.
 */
class SinkDocumentsTest {
  private static final long MAY_2 = java.time.Instant.parse("2024-05-02T00:00:00Z").toEpochMilli();
  private static final long MAY_3 = java.time.Instant.parse("2024-05-03T00:00:00Z").toEpochMilli();

  private static <T> JsonNode roundTrip(Class<T> type, String json) throws Exception {
    JsonSerde<T> serde = JsonSerde.of(type);
    T value = serde.deserializer().deserialize("t", json.getBytes(StandardCharsets.UTF_8));
    return RecordJson.MAPPER.readTree(serde.serializer().serialize("t", value));
  }

  @Test
  void aStoryDocumentOfTheEarlierSinkReadsBackUnchanged() throws Exception {
    String before = """
        {"storyId":"s-1","version":2,"verdict":"UPDATED","source":"baotintuc","url":"https://baotintuc.vn/a.htm",
         "title":"Đoàn kiểm tra số 12 làm việc","lead":null,"publishedAt":"2024-05-02T09:00:00+07:00",
         "updatedAt":"2024-05-02T09:05:00+07:00","category":null,"changes":"title changed",
         "entities":{"PERSON":["Lê Văn An"],"ORGANIZATION":["Bộ Chính trị"]},"inspection":{"stage":"WORKING_SESSION"},
         "alsoPublishedAt":[{"source":"vietnamplus","url":"https://vietnamplus.vn/b.vnp","title":"Bản sao",
           "similarity":0.91,"seenAt":"2024-05-02T09:06:00+07:00"}]}""";
    assertEquals(RecordJson.MAPPER.readTree(before), roundTrip(StoryDocument.class, before));
  }

  @Test
  void aTimelineAndATrendingListOfTheEarlierSinkReadBackUnchanged() throws Exception {
    String timeline = """
        {"delegation":"Bộ Chính trị | số 12 | 2024","delegationNumber":"12","issuers":["Bộ Chính trị"],
         "level":"CENTRAL_PARTY","head":"Lê Văn An","inspectedOrganizations":["Ban Thường vụ Tỉnh ủy Hà Nam"],
         "storyIds":["s-1"],"events":[{"storyId":"s-1","stage":"DECISION_ANNOUNCED","eventDate":"2024-05-02",
           "headline":"Công bố quyết định","url":"https://baotintuc.vn/a.htm","head":"Lê Văn An",
           "inspectedOrganizations":["Ban Thường vụ Tỉnh ủy Hà Nam"]}],
         "latestStage":"DECISION_ANNOUNCED","updatedAt":"2024-05-02T09:05:00+07:00"}""";
    assertEquals(RecordJson.MAPPER.readTree(timeline), roundTrip(DelegationTimeline.class, timeline));
    String top = """
        {"type":"PERSON","windowStart":"2024-05-02T07:00:00+07:00","windowEnd":"2024-05-03T07:00:00+07:00",
         "top":[{"canonical":"Lê Văn An","mentions":3},{"canonical":"Trần Thị Bình","mentions":1}]}""";
    assertEquals(RecordJson.MAPPER.readTree(top), roundTrip(TrendingTop.class, top));
  }

  @Test
  void aStoryFirstSeenAsACopyHasOnlyItsIdAndTheCopy() throws Exception {
    StoryDocument doc = StoryDocument.fold(null, SinkTopologyTest.story("s-9", "https://vietnamplus.vn/c.vnp",
        DedupVerdict.DUPLICATE, 1, null, "x", null));
    JsonNode json = RecordJson.MAPPER.readTree(JsonSerde.of(StoryDocument.class).serializer().serialize("t", doc));
    assertEquals("s-9", json.get("storyId").asText());
    assertEquals(1, json.get("alsoPublishedAt").size());
    assertFalse(json.has("version") || json.has("title") || json.has("entities"), json.toString());
  }

  @Test
  void aStoryKeepsItsTextMarksAndEveryVersionWithWhatChanged() throws Exception {
    EnrichedArticle first = SinkTopologyTest.story("s-3", "https://baotintuc.vn/c.htm", DedupVerdict.NEW, 1,
        "WORKING_SESSION", "Tỉnh ủy Hà Nam", null);
    EnrichedArticle second = EnrichedArticle.newBuilder(SinkTopologyTest.story("s-3", "https://baotintuc.vn/c.htm",
        DedupVerdict.UPDATED, 2, "WORKING_SESSION", "Tỉnh ủy Hà Nam", null))
        .setParagraphs(List.of("Đoạn một.", "Đoạn hai mới."))
        .setImages(List.of(new Image("https://baotintuc.vn/anh.jpg", "Quang cảnh buổi làm việc.", "Minh Anh/TTXVN")))
        .setDedup(Dedup.newBuilder().setVerdict(DedupVerdict.UPDATED).setVersion(2).setChanges("1 paragraph(s) added")
            .build()).setProcessedAt(Instant.parse("2022-10-11T13:00:00Z")).build();

    StoryDocument doc = StoryDocument.fold(StoryDocument.fold(null, first), second);

    JsonNode json = RecordJson.MAPPER.readTree(JsonSerde.of(StoryDocument.class).serializer().serialize("t", doc));
    assertEquals(2, json.get("versions").size());
    assertEquals(1, json.get("versions").get(0).get("version").asInt());
    assertFalse(json.get("versions").get(0).has("changes"));
    assertEquals("1 paragraph(s) added", json.get("versions").get(1).get("changes").asText());
    assertEquals("Đoạn hai mới.", json.get("paragraphs").get(1).asText());
    assertEquals("Minh Anh/TTXVN", json.get("images").get(0).get("credit").asText());
    assertEquals(RecordJson.MAPPER.readTree("""
        {"type":"ORGANIZATION","field":"title","start":0,"end":12,"canonical":"Bộ Chính trị"}"""), json.get("marks").get(0));
  }

  @Test
  void theTopListKeepsTheLargestCountsAndReplacesAnEntitysEarlierCount() {
    TrendingTop top = null;
    top = TrendingTop.update(top, new WindowCount(new MentionKey("PERSON", "A"), MAY_2, MAY_3, 1), 2);
    top = TrendingTop.update(top, new WindowCount(new MentionKey("PERSON", "B"), MAY_2, MAY_3, 3), 2);
    top = TrendingTop.update(top, new WindowCount(new MentionKey("PERSON", "C"), MAY_2, MAY_3, 2), 2);
    top = TrendingTop.update(top, new WindowCount(new MentionKey("PERSON", "C"), MAY_2, MAY_3, 4), 2);
    assertEquals(List.of(new TrendingTop.Entry("C", 4), new TrendingTop.Entry("B", 3)), top.top());
    assertEquals("2024-05-02T07:00:00+07:00", top.windowStart(), "window bounds in the newsroom's +07:00");
  }
}
