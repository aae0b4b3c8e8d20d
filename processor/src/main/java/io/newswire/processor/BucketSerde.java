package io.newswire.processor;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * One LSH bucket's members (story id → indexing time, epoch ms) as the value of the {@code dedup-bands} store:
 * a format byte, the member count, then per member the id's UTF-8 length (2 bytes), the id, and the time (8 bytes).
 * A full bucket of 64 is about 2 KB. Members are written in id order and read back in that order, so a bucket read
 * gives the same map whatever order its members joined in; a bucket read and changed is written back without sorting
 * it again ({@link Bucket}).
 */
final class BucketSerde implements Serde<Map<String, Long>>, Serializer<Map<String, Long>>,
    Deserializer<Map<String, Long>> {
  private static final byte FORMAT = 1;

  @Override
  public byte[] serialize(String topic, Map<String, Long> members) {
    if (members == null) {
      return null;
    }
    String[] ids = members instanceof Bucket bucket ? bucket.idsInOrder() : null;
    if (ids == null) {
      ids = members.keySet().toArray(new String[0]);
      Arrays.sort(ids);
    }
    byte[][] utf8 = new byte[ids.length][];
    int size = 1 + Integer.BYTES;
    for (int i = 0; i < ids.length; i++) {
      utf8[i] = ids[i].getBytes(StandardCharsets.UTF_8);
      if (utf8[i].length > 0xFFFF) {
        throw new SerializationException("story id too long for a bucket: " + utf8[i].length + " bytes");
      }
      size += Short.BYTES + utf8[i].length + Long.BYTES;
    }
    ByteBuffer out = ByteBuffer.allocate(size).put(FORMAT).putInt(ids.length);
    for (int i = 0; i < ids.length; i++) {
      out.putShort((short) utf8[i].length).put(utf8[i]).putLong(members.get(ids[i]));
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
      String[] ids = new String[count];
      long[] times = new long[count];
      for (int m = 0; m < count; m++) {
        int length = Short.toUnsignedInt(in.getShort());
        ids[m] = new String(bytes, in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        times[m] = in.getLong();
      }
      return new Bucket(ids, times);
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

  /**
   * A bucket as read: a plain {@link HashMap} to its users, which also remembers its ids in the order they were
   * stored (sorted), and which ids {@code put} added since. Writing it back after a story joined and the oldest left
   * merges the one newcomer into that order instead of sorting all 64 ids again (the sort was the largest single
   * cost of a template flood's dedup task). Any other way in makes it forget the order, and writing sorts.
   */
  static final class Bucket extends HashMap<String, Long> {
    private String[] stored;
    private final List<String> added = new ArrayList<>(2);

    Bucket(String[] ids, long[] times) {
      // the table a map filled one by one ends with, made at once: the same table, so the same iteration order
      super(Math.max(16, (int) Math.ceil(ids.length / 0.75)));
      for (int i = 0; i < ids.length; i++) {
        super.put(ids[i], times[i]);
      }
      // the serde writes ids sorted; a size that differs means an id was stored twice, and then nothing is assumed
      stored = size() == ids.length ? ids : null;
    }

    @Override
    public Long put(String id, Long time) {
      if (stored != null && !containsKey(id) && Arrays.binarySearch(stored, id) < 0) {
        added.add(id);
      }
      return super.put(id, time);
    }

    /** Every id, sorted, or null when the map changed in a way this class does not follow. */
    String[] idsInOrder() {
      if (stored == null) {
        return null;
      }
      List<String> fresh = new ArrayList<>(added.size());
      for (String id : added) {
        if (containsKey(id)) {
          fresh.add(id);
        }
      }
      fresh.sort(null);
      String[] ids = new String[size()];
      int n = 0;
      int f = 0;
      for (String id : stored) {
        if (!containsKey(id)) {
          continue; // evicted or purged
        }
        while (f < fresh.size() && fresh.get(f).compareTo(id) < 0) {
          if (n == ids.length) {
            return null;
          }
          ids[n++] = fresh.get(f++);
        }
        if (n == ids.length) {
          return null;
        }
        ids[n++] = id;
      }
      while (f < fresh.size()) {
        if (n == ids.length) {
          return null;
        }
        ids[n++] = fresh.get(f++);
      }
      return n == ids.length ? ids : null; // an id not accounted for: let the caller sort
    }

    private void forgetOrder() {
      stored = null;
    }

    @Override
    public void putAll(Map<? extends String, ? extends Long> more) {
      forgetOrder();
      super.putAll(more);
    }

    @Override
    public Long putIfAbsent(String id, Long time) {
      forgetOrder();
      return super.putIfAbsent(id, time);
    }

    @Override
    public Long computeIfAbsent(String id, Function<? super String, ? extends Long> f) {
      forgetOrder();
      return super.computeIfAbsent(id, f);
    }

    @Override
    public Long compute(String id, BiFunction<? super String, ? super Long, ? extends Long> f) {
      forgetOrder();
      return super.compute(id, f);
    }

    @Override
    public Long merge(String id, Long time, BiFunction<? super Long, ? super Long, ? extends Long> f) {
      forgetOrder();
      return super.merge(id, time, f);
    }
  }
}
