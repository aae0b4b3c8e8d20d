package io.newswire.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
  void aBucketReadAndChangedWritesWhatTheSameMembersWouldInAnyOrder() {
    Random random = new Random(11);
    for (int round = 0; round < 2_000; round++) {
      Map<String, Long> original = new HashMap<>();
      for (int i = random.nextInt(70); i > 0; i--) {
        original.put(id(random), random.nextLong());
      }
      Map<String, Long> read = serde.deserialize("t", serde.serialize("t", original));
      List<String> gone = new ArrayList<>();
      for (int step = random.nextInt(6); step >= 0; step--) {
        switch (random.nextInt(6)) {
          case 0, 1 -> read.put(id(random), random.nextLong()); // a story joins
          case 2 -> read.keySet().stream().findAny().ifPresent(id -> { // a member leaves (evicted)
            read.remove(id);
            gone.add(id);
          });
          case 3 -> gone.stream().findAny().ifPresent(id -> read.put(id, 7L)); // one that left comes back
          case 4 -> read.values().removeIf(time -> time < 0 && random.nextInt(4) == 0); // the purge
          default -> read.putAll(Map.of(id(random), 1L)); // a way in the bucket does not follow
        }
      }

      assertArrayEquals(serde.serialize("t", new HashMap<>(read)), serde.serialize("t", read), "round " + round);
      assertEquals(new HashMap<>(read), serde.deserialize("t", serde.serialize("t", read)));
    }
  }

  @Test
  void aBucketReadIteratesAsAPlainMapFilledInItsStoredOrder() {
    Random random = new Random(5);
    for (int size = 0; size <= 200; size++) {
      Map<String, Long> members = new HashMap<>();
      while (members.size() < size) {
        members.put(id(random), (long) members.size());
      }
      Map<String, Long> plain = new HashMap<>();
      new java.util.TreeMap<>(members).forEach(plain::put);
      Map<String, Long> read = serde.deserialize("t", serde.serialize("t", members));

      // candidate ranking breaks ties in this order: reading a bucket must not change it, nor a story joining it
      assertEquals(new ArrayList<>(plain.keySet()), new ArrayList<>(read.keySet()), "size " + size);
      plain.put("s-new", 1L);
      read.put("s-new", 1L);
      assertEquals(new ArrayList<>(plain.keySet()), new ArrayList<>(read.keySet()), "size " + size + " and one");
    }
  }

  private static String id(Random random) {
    return "s-" + Long.toHexString(random.nextLong() >>> random.nextInt(60)) + (random.nextInt(9) == 0 ? "đ" : "");
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
