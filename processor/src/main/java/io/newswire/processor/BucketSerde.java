package io.newswire.processor;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * One LSH bucket's members (story id → indexing time, epoch ms) as the value of the {@code dedup-bands} store:
 * a format byte, the member count, then per member the id's UTF-8 length (2 bytes), the id, and the time (8 bytes).
 * A full bucket of 64 is about 2 KB. Members are written in id order and read back in that order, so a bucket read
 * gives the same map whatever order its members joined in.
 */
final class BucketSerde implements Serde<Map<String, Long>>, Serializer<Map<String, Long>>,
    Deserializer<Map<String, Long>> {
  private static final byte FORMAT = 1;

  @Override
  public byte[] serialize(String topic, Map<String, Long> members) {
    if (members == null) {
      return null;
    }
    Map<String, Long> ordered = new TreeMap<>(members);
    byte[][] ids = new byte[ordered.size()][];
    int size = 1 + Integer.BYTES;
    int i = 0;
    for (String id : ordered.keySet()) {
      ids[i] = id.getBytes(StandardCharsets.UTF_8);
      if (ids[i].length > 0xFFFF) {
        throw new SerializationException("story id too long for a bucket: " + ids[i].length + " bytes");
      }
      size += Short.BYTES + ids[i].length + Long.BYTES;
      i++;
    }
    ByteBuffer out = ByteBuffer.allocate(size).put(FORMAT).putInt(ordered.size());
    i = 0;
    for (long seenAt : ordered.values()) {
      out.putShort((short) ids[i].length).put(ids[i]).putLong(seenAt);
      i++;
    }
    return out.array();
  }

  @Override
  public Map<String, Long> deserialize(String topic, byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    try {
      ByteBuffer in = ByteBuffer.wrap(bytes);
      byte format = in.get();
      if (format != FORMAT) {
        throw new SerializationException("unknown bucket format " + format + " on " + topic);
      }
      int count = in.getInt();
      if (count < 0 || count > bytes.length) {
        throw new SerializationException("corrupt bucket on " + topic + ": " + count + " members in " + bytes.length
            + " bytes");
      }
      Map<String, Long> members = new HashMap<>();
      for (int m = 0; m < count; m++) {
        int length = Short.toUnsignedInt(in.getShort());
        String id = new String(bytes, in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        members.put(id, in.getLong());
      }
      return members;
    } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
      throw new SerializationException("corrupt bucket on " + topic + " (" + bytes.length + " bytes)", e);
    }
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    // nothing to configure: the format is fixed
  }

  @Override
  public void close() {
    // nothing to release
  }

  @Override
  public Serializer<Map<String, Long>> serializer() {
    return this;
  }

  @Override
  public Deserializer<Map<String, Long>> deserializer() {
    return this;
  }
}
