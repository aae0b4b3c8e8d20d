package io.newswire.app.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Stories as IPTC ninjs 3.1 items, validated against the official schema (JSON Schema 2020-12, formats asserted). */
class NinjsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The official ninjs 3.1 schema, with format assertions on (uri, date-time). */
  static JsonSchema schema() throws Exception {
    try (InputStream in = NinjsTest.class.getResourceAsStream("/ninjs/ninjs-schema_3.1.json")) {
      JsonNode schema = JSON.readTree(in);
      SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema, config);
    }
  }

  static void assertValid(JsonSchema schema, JsonNode item) {
    Set<ValidationMessage> errors = schema.validate(item);
    assertTrue(errors.isEmpty(), errors + " in " + item);
  }

  @Test
  void anInspectionStoryWithCopiesIsAValidNinjsItem() throws Exception {
    JsonNode story = JSON.readTree("""
        {"storyId":"s-1","version":2,"verdict":"UPDATED","source":"baotintuc","url":"https://baotintuc.vn/thoi-su/a-20260718090000123.htm",
         "title":"Đoàn kiểm tra số 12 làm việc với Tỉnh ủy","lead":"Sáng 18/7, đoàn kiểm tra làm việc với Ban Thường vụ Tỉnh ủy.",
         "publishedAt":"2026-07-18T09:00:00+07:00","updatedAt":"2026-07-18T10:30:00+07:00","category":"Thời sự","changes":"lead changed",
         "entities":{"PERSON":["Nguyễn Văn A"],"ORGANIZATION":["Bộ Chính trị","Tỉnh ủy Mẫu"],"LOCATION":["Hà Nội"]},
         "inspection":{"level":"CENTRAL_PARTY","stage":"WORKING_SESSION","delegationNumber":"12","issuers":["Bộ Chính trị"],
           "head":"Nguyễn Văn A","inspectedOrganizations":["Ban Thường vụ Tỉnh ủy Mẫu"]},
         "alsoPublishedAt":[{"source":"vietnamplus","url":"https://www.vietnamplus.vn/a-post1.vnp","title":"t","similarity":0.93,"seenAt":"2026-07-18T09:20:00+07:00"}]}""");
    JsonNode item = Ninjs.of(story);
    JsonSchema schema = schema();
    assertValid(schema, item);
    com.fasterxml.jackson.databind.node.ObjectNode invented = ((com.fasterxml.jackson.databind.node.ObjectNode) item).deepCopy();
    invented.put("inspection", "CENTRAL_PARTY");
    assertTrue(!schema.validate(invented).isEmpty(), "the schema admits no property of our own: the validator is awake");
    assertEquals("urn:newswire:story:s-1", item.path("uri").asText());
    assertEquals("Đoàn kiểm tra số 12 làm việc với Tỉnh ủy", item.path("headlines").get(0).path("value").asText());
    assertEquals("2", item.path("version").asText());
    assertEquals("2026-07-18T10:30:00+07:00", item.path("versionCreated").asText());
    assertEquals("copy", item.path("altIds").get(1).path("role").asText());
    assertTrue(item.path("subjects").toString().contains("\"literal\":\"CENTRAL_PARTY\""));
    assertTrue(item.path("organisations").toString().contains("newswire:inspected"));
  }

  @Test
  void theBodyComesAsTextAndHtmlAndEachImageAsAPictureWithCaptionAndCredit() throws Exception {
    JsonNode story = JSON.readTree("""
        {"storyId":"s-3","version":1,"verdict":"NEW","source":"baotintuc","title":"Hội nghị <tổng kết>","lead":"Tại Huế, …",
         "marks":[{"type":"LOCATION","field":"lead","start":4,"end":7,"canonical":"Thừa Thiên Huế"}],
         "publishedAt":"2026-07-20T08:00:00+07:00","author":"Minh Anh","paragraphs":["Đoạn một & hai.","Đoạn <ba>."],
         "images":[{"url":"https://baotintuc.vn/anh-1.jpg","caption":"Quang cảnh hội nghị.","credit":"Minh Anh/TTXVN"},
           {"url":"https://baotintuc.vn/anh-2.jpg"}],"alsoPublishedAt":[]}""");
    JsonNode item = Ninjs.of(story);
    assertValid(schema(), item);
    assertEquals("Đoạn một & hai.\n\nĐoạn <ba>.", item.path("bodies").get(0).path("value").asText());
    assertEquals("<p>Đoạn một &amp; hai.</p><p>Đoạn &lt;ba&gt;.</p>", item.path("bodies").get(1).path("value").asText());
    assertEquals("Minh Anh", item.path("by").asText());
    assertEquals("Thừa Thiên Huế", item.path("located").asText(), "the first place the sapo names");
    JsonNode picture = item.path("associations").get(0);
    assertEquals("picture", picture.path("type").asText());
    assertEquals("Quang cảnh hội nghị.", picture.path("descriptions").get(0).path("value").asText());
    assertEquals("Minh Anh/TTXVN", picture.path("by").asText());
    assertEquals(2, item.path("associations").size());
  }

  @Test
  void aPlainStoryWithoutInspectionOrEntitiesIsValidToo() throws Exception {
    JsonNode story = JSON.readTree("""
        {"storyId":"s-2","version":1,"verdict":"NEW","source":"vietnamplus","title":"Giá lúa tăng nhẹ","lead":null,
         "publishedAt":"2026-07-20T08:00:00+07:00","category":null,"changes":null,"entities":{},"inspection":null,"alsoPublishedAt":[]}""");
    assertValid(schema(), Ninjs.of(story));
  }
}
