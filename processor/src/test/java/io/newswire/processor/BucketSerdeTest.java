package io.newswire.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class BucketSerdeTest {
  private final BucketSerde serde = new BucketSerde();

  @Test
  void aBucketReadsBackAsItsMembers() {
    Map<String, Long> members = new LinkedHashMap<>();
    members.put("s-b", 20L);
    members.put("s-a", 10L);
    members.put("s-đ", Long.MAX_VALUE); // ids are strings; a non-ASCII one keeps its chars
    assertEquals(members, serde.deserialize("t", serde.serialize("t", members)));
  }

  @Test
  void theSameMembersJoinedInAnotherOrderAreTheSameBytes() {
    Map<String, Long> first = new LinkedHashMap<>();
    first.put("s-1", 1L);
    first.put("s-2", 2L);
    Map<String, Long> second = new LinkedHashMap<>();
    second.put("s-2", 2L);
    second.put("s-1", 1L);
    assertArrayEquals(serde.serialize("t", first), serde.serialize("t", second));
  }

  @Test
  void anEmptyBucketAndATombstoneRoundTrip() {
    assertEquals(Map.of(), serde.deserialize("t", serde.serialize("t", Map.of())));
    assertEquals(null, serde.deserialize("t", null));
  }

  @Test
  void cutOrForeignBytesAreASerializationErrorNamingTheTopic() {
    byte[] bytes = serde.serialize("t", Map.of("s-1", 1L, "s-2", 2L));
    SerializationException cut = assertThrows(SerializationException.class,
        () -> serde.deserialize("changelog", Arrays.copyOf(bytes, bytes.length - 3)));
    assertEquals(true, cut.getMessage().contains("changelog"), cut.getMessage());
    assertThrows(SerializationException.class, () -> serde.deserialize("t", "{\"s-1\":1}".getBytes()));
    assertThrows(SerializationException.class, () -> serde.deserialize("t", new byte[] {1, 0x7f, 0, 0, 0}));
  }
}
