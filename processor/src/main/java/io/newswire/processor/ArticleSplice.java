package io.newswire.processor;

import io.newswire.schemas.AvroSerde;
import io.newswire.schemas.Dedup;
import io.newswire.schemas.EncodedArticle;
import io.newswire.schemas.EnrichedArticle;
import io.newswire.schemas.NewswireSerdes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.Encoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;

/**
 * The article between the analysis and the dedup task, as bytes. The dedup task sets two fields of an article it does
 * not otherwise read: the story id and the verdict. Avro's binary encoding of a record is its fields' encodings in
 * order, so the analysis task encodes the article once, noting where the verdict's bytes are, and the dedup task writes
 * the two fields between the pieces instead of decoding the whole article and encoding it again (a third of its work,
 * most of it the text's and the entities' strings).
 *
 * <p>The result is byte for byte what {@link NewswireSerdes#enrichedArticle()} writes for the article with those
 * fields set. Bytes cut by a build with another EnrichedArticle schema are decoded and encoded the long way.
 */
final class ArticleSplice {
  private static final Schema SCHEMA = EnrichedArticle.getClassSchema();
  private static final Schema.Field STORY_ID = SCHEMA.getField("storyId");
  private static final Schema.Field DEDUP = SCHEMA.getField("dedup");
  /** The single-object header: C3 01 and the schema's CRC-64-AVRO fingerprint, as Avro's message encoder writes. */
  private static final byte[] HEADER = header(SCHEMA);
  private static final AvroSerde<EnrichedArticle> SERDE = NewswireSerdes.enrichedArticle();
  private static final SpecificData MODEL = SpecificData.getForClass(EnrichedArticle.class);

  static {
    if (STORY_ID.pos() != 0 || DEDUP.schema().getType() != Schema.Type.RECORD) {
      // the splice writes the story id right after the header and the verdict as a bare record
      throw new IllegalStateException("EnrichedArticle no longer starts with storyId, or its dedup is not a record");
    }
  }

  private final Buffer buffer = new Buffer();
  private final BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(buffer, null);
  private final Writer writer = new Writer();

  /** Encodes the article, noting where its verdict is. One per task: it reuses its buffer. */
  EncodedArticle cut(EnrichedArticle article) {
    buffer.reset();
    buffer.write(HEADER, 0, HEADER.length);
    try {
      writer.write(article, encoder);
      encoder.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // into a byte array: cannot happen
    }
    return new EncodedArticle(ByteBuffer.wrap(buffer.toByteArray()), writer.dedupStart, writer.dedupEnd);
  }

  /** The story id the article was cut with: the one its own canonical URL gives. */
  static String provisionalStoryId(EncodedArticle encoded) {
    ByteBuffer bytes = encoded.getBytes();
    byte[] in = bytes.array();
    int from = bytes.arrayOffset() + bytes.position();
    int length = bytes.remaining();
    if (!hasCurrentHeader(in, from, length)) {
      return SERDE.deserialize("dedup", Arrays.copyOfRange(in, from, from + length)).getStoryId();
    }
    try {
      return DecoderFactory.get().binaryDecoder(in, from + HEADER.length, length - HEADER.length, null).readString();
    } catch (IOException e) {
      throw new IllegalArgumentException("an encoded article too short for its story id", e);
    }
  }

  private static boolean hasCurrentHeader(byte[] in, int from, int length) {
    return length >= HEADER.length && Arrays.equals(in, from, from + HEADER.length, HEADER, 0, HEADER.length);
  }

  /** The article's encoding with {@code storyId} and {@code dedup} in place of the provisional ones. */
  static byte[] join(EncodedArticle encoded, String storyId, Dedup dedup) {
    ByteBuffer bytes = encoded.getBytes();
    byte[] in = bytes.array();
    int from = bytes.arrayOffset() + bytes.position();
    int length = bytes.remaining();
    if (!hasCurrentHeader(in, from, length)) {
      // cut with another schema version: the serde resolves it through schema-history
      EnrichedArticle article = SERDE.deserialize("dedup", Arrays.copyOfRange(in, from, from + length));
      return withVerdict(article, storyId, dedup);
    }
    int storyIdEnd = HEADER.length + encodedStringLength(in, from + HEADER.length, from + length);
    int start = encoded.getDedupStart();
    int end = encoded.getDedupEnd();
    if (start < storyIdEnd || end < start || end > length) {
      throw new IllegalArgumentException("an encoded article whose verdict lies at " + start + ".." + end + " of "
          + length + " bytes");
    }
    Buffer out = new Buffer(length + 64);
    BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
    try {
      out.write(in, from, HEADER.length);
      encoder.writeString(storyId);
      out.write(in, from + storyIdEnd, start - storyIdEnd);
      new SpecificDatumWriter<Dedup>(DEDUP.schema(), MODEL).write(dedup, encoder);
      encoder.flush();
      out.write(in, from + end, length - end);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The long way: the article decoded, its fields set, encoded whole. */
  static byte[] withVerdict(EnrichedArticle article, String storyId, Dedup dedup) {
    article.setStoryId(storyId);
    article.setDedup(dedup);
    return SERDE.serialize("dedup", article);
  }

  /** Bytes an Avro string at {@code at} takes, before {@code limit}: its zig-zag varint length, then that many. */
  private static int encodedStringLength(byte[] in, int at, int limit) {
    long raw = 0;
    int shift = 0;
    int i = at;
    while (true) {
      if (i >= limit || shift > 28) {
        throw new IllegalArgumentException("an encoded article without a story id");
      }
      byte b = in[i++];
      raw |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        break;
      }
      shift += 7;
    }
    long length = (raw >>> 1) ^ -(raw & 1);
    if (length < 0 || i + length > limit) {
      throw new IllegalArgumentException("an encoded article whose story id runs past its end");
    }
    return (int) (i - at + length);
  }

  private static byte[] header(Schema schema) {
    byte[] fingerprint;
    try {
      fingerprint = SchemaNormalization.parsingFingerprint("CRC-64-AVRO", schema);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    byte[] header = new byte[2 + fingerprint.length];
    header[0] = (byte) 0xC3;
    header[1] = (byte) 0x01;
    System.arraycopy(fingerprint, 0, header, 2, fingerprint.length);
    return header;
  }

  /** Writes an EnrichedArticle, noting where the encoder stood before and after its verdict. */
  private final class Writer extends SpecificDatumWriter<EnrichedArticle> {
    int dedupStart;
    int dedupEnd;

    Writer() {
      super(SCHEMA, MODEL);
    }

    @Override
    protected void writeField(Object datum, Schema.Field f, Encoder out, Object state) throws IOException {
      if (f != DEDUP) { // nested records' fields are other objects
        super.writeField(datum, f, out, state);
        return;
      }
      out.flush();
      dedupStart = buffer.size();
      super.writeField(datum, f, out, state);
      out.flush();
      dedupEnd = buffer.size();
    }
  }

  /** A byte stream whose size is where the next byte goes. */
  private static final class Buffer extends ByteArrayOutputStream {
    Buffer() {
      super(16 * 1024);
    }

    Buffer(int size) {
      super(size);
    }
  }
}
