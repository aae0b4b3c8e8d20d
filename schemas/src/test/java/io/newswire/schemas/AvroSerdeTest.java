package io.newswire.schemas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {
  private final AvroSerde<RawArticle> raw = NewswireSerdes.rawArticle();

  @Test
  void rawArticleSurvivesARoundTrip() {
    RawArticle article = Fixtures.seedRawArticle();
    byte[] bytes = raw.serialize("news.pages.raw", article);
    assertEquals((byte) 0xC3, bytes[0], "single-object marker");
    assertEquals((byte) 0x01, bytes[1], "single-object version");
    RawArticle back = raw.deserialize("news.pages.raw", bytes);
    assertEquals(article, back);
    assertEquals("Phương Hoa/TTXVN", back.getImages().get(0).getCredit());
  }

  @Test
  void everyRecordTypeSurvivesARoundTrip() {
    Inspection inspection = Inspection.newBuilder()
        .setIsInspectionDelegationStory(true).setDelegationNumber("538").setIssuers(List.of("Bộ Chính trị"))
        .setLevel(InspectionLevel.CENTRAL_PARTY).setHead("Phan Đình Trạc").setDeputyHeads(List.of("Trần Quốc Cường"))
        .setInspectedOrganizations(List.of("Ban Tổ chức Trung ương")).setStage(InspectionStage.DRAFT_REPORT_REVIEW)
        .setEventDate(java.time.LocalDate.of(2022, 10, 11)).setConfidence(0.97).build();
    RawArticle source = Fixtures.seedRawArticle();
    EnrichedArticle enriched = EnrichedArticle.newBuilder()
        .setStoryId("s-1").setUrl(source.getUrl()).setCanonicalUrl(source.getCanonicalUrl()).setSource(source.getSource())
        .setFetchedAt(source.getFetchedAt()).setPublishedAt(source.getPublishedAt()).setTitle(source.getTitle())
        .setParagraphs(source.getParagraphs()).setExtractor(source.getExtractor())
        .setEntities(List.of(new Entity(EntityType.PERSON, "Phan Đình Trạc", "Phan Đình Trạc", 10, 24, 0, "body", null, null)))
        .setInspection(inspection)
        .setDedup(Dedup.newBuilder().setVerdict(DedupVerdict.NEW).build())
        .setProcessedAt(Instant.parse("2022-10-11T12:00:00Z"))
        .build();
    AvroSerde<EnrichedArticle> serde = NewswireSerdes.enrichedArticle();
    assertEquals(enriched, serde.deserialize("t", serde.serialize("t", enriched)));

    InspectionAlert alert = InspectionAlert.newBuilder().setAlertId("a").setStoryId("s-1").setHeadline("h")
        .setUrl("u").setSource("baotintuc").setInspection(inspection).setSeverity(Severity.HIGH)
        .setCreatedAt(Instant.parse("2022-10-11T12:00:00Z")).build();
    AvroSerde<InspectionAlert> alerts = NewswireSerdes.inspectionAlert();
    assertEquals(alert, alerts.deserialize("t", alerts.serialize("t", alert)));

    DeadLetter letter = DeadLetter.newBuilder().setStage("processor.deserialize").setReason("corrupt-record")
        .setErrorClass("x.Y").setErrorMessage("boom").setSourceTopic("news.pages.raw").setSourcePartition(2)
        .setSourceOffset(41L).setPayload(java.nio.ByteBuffer.wrap(new byte[] {1, 2, 3}))
        .setTime(Instant.parse("2022-10-11T12:00:00Z")).build();
    AvroSerde<DeadLetter> letters = NewswireSerdes.deadLetter();
    DeadLetter back = letters.deserialize("t", letters.serialize("t", letter));
    assertEquals(letter, back);
  }

  @Test
  void nullIsATombstoneBothWays() {
    assertNull(raw.serialize("t", null));
    assertNull(raw.deserialize("t", null));
  }

  @Test
  void garbageRaisesKafkasSerializationExceptionNamingTheTopic() {
    SerializationException e = assertThrows(SerializationException.class,
        () -> raw.deserialize("news.pages.raw", "<html>not avro</html>".getBytes()));
    assertTrue(e.getMessage().contains("news.pages.raw"), e.getMessage());
    assertTrue(e.getMessage().contains("RawArticle"), e.getMessage());
  }

  @Test
  void truncatedPayloadRaisesSerializationException() {
    byte[] bytes = raw.serialize("t", Fixtures.seedRawArticle());
    byte[] truncated = Arrays.copyOf(bytes, bytes.length / 2);
    SerializationException e = assertThrows(SerializationException.class, () -> raw.deserialize("t", truncated));
    assertTrue(e.getMessage().startsWith("corrupt RawArticle"), e.getMessage());
  }

  @Test
  void unknownWriterFingerprintIsNamedInTheError() {
    byte[] bytes = raw.serialize("t", Fixtures.seedRawArticle());
    byte[] otherFingerprint = bytes.clone();
    otherFingerprint[5] ^= 0x5A; // inside the 8-byte fingerprint
    SerializationException e = assertThrows(SerializationException.class,
        () -> raw.deserialize("t", otherFingerprint));
    assertTrue(e.getMessage().contains("unknown writer schema"), e.getMessage());
    assertArrayEquals(bytes, raw.serialize("t", raw.deserialize("t", bytes)));
  }
}
