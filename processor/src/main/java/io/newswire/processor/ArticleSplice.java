package io.newswire.processor;

import io.newswire.schemas.AvroSerde;
import io.newswire.schemas.Dedup;
import io.newswire.schemas.DedupCandidate;
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
import org.apache.avro.io.BinaryDecoder;
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

  /**
   * The story id of the candidate's article as the analysis task made it (the one its own canonical URL gives).
   *
   * @throws IllegalArgumentException when the candidate carries no article
   */
  static String provisionalStoryId(DedupCandidate candidate) {
    if (candidate.getArticle() != null) { // from a build before the splice
      return Enrichment.storyIdFor(candidate.getArticle().getCanonicalUrl());
    }
    return provisionalStoryId(required(candidate));
  }

  /** The candidate's article encoded with {@code storyId} and {@code dedup} in place of the provisional ones. */
  static byte[] withVerdict(DedupCandidate candidate, String storyId, Dedup dedup) {
    EnrichedArticle article = candidate.getArticle();
    return article != null ? withVerdict(article, storyId, dedup) : join(required(candidate), storyId, dedup);
  }

  private static EncodedArticle required(DedupCandidate candidate) {
    if (candidate.getEncodedArticle() == null) {
      throw new IllegalArgumentException("a dedup candidate without its article");
    }
    return candidate.getEncodedArticle();
  }

  /** The story id the article was cut with. */
  static String provisionalStoryId(EncodedArticle encoded) {
    Cut cut = new Cut(encoded);
    return cut.current() ? cut.storyId() : cut.decoded().getStoryId();
  }

  /** The article's encoding with {@code storyId} and {@code dedup} in place of the provisional ones. */
  static byte[] join(EncodedArticle encoded, String storyId, Dedup dedup) {
    Cut cut = new Cut(encoded);
    if (!cut.current()) {
      return withVerdict(cut.decoded(), storyId, dedup); // the serde resolves it through schema-history
    }
    int storyIdEnd = cut.storyIdEnd();
    int start = encoded.getDedupStart();
    int end = encoded.getDedupEnd();
    if (start < storyIdEnd || end < start || end > cut.length) {
      throw new IllegalArgumentException("an encoded article whose verdict lies at " + start + ".." + end + " of "
          + cut.length + " bytes");
    }
    Buffer out = new Buffer(cut.length + 64);
    BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
    try {
      out.write(cut.bytes, cut.from, HEADER.length);
      encoder.writeString(storyId);
      out.write(cut.bytes, cut.from + storyIdEnd, start - storyIdEnd);
      new SpecificDatumWriter<Dedup>(DEDUP.schema(), MODEL).write(dedup, encoder);
      encoder.flush();
      out.write(cut.bytes, cut.from + end, cut.length - end);
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

  /** An encoded article's bytes where they lie in its buffer. */
  private static final class Cut {
    final byte[] bytes;
    final int from;
    final int length;

    Cut(EncodedArticle encoded) {
      ByteBuffer buffer = encoded.getBytes();
      bytes = buffer.array();
      from = buffer.arrayOffset() + buffer.position();
      length = buffer.remaining();
    }

    /** Whether it was cut with this build's schema, so its fields lie where this build writes them. */
    boolean current() {
      return length >= HEADER.length && Arrays.equals(bytes, from, from + HEADER.length, HEADER, 0, HEADER.length);
    }

    EnrichedArticle decoded() {
      return SERDE.deserialize("dedup", Arrays.copyOfRange(bytes, from, from + length));
    }

    String storyId() {
      try {
        return storyIdDecoder().readString();
      } catch (IOException e) {
        throw new IllegalArgumentException("an encoded article too short for its story id", e);
      }
    }

    /** Where the story id's bytes end, from the start of the encoding. */
    int storyIdEnd() {
      try {
        BinaryDecoder in = storyIdDecoder();
        in.skipString();
        return length - in.inputStream().available(); // a decoder over an array: what it has not read
      } catch (IOException e) {
        throw new IllegalArgumentException("an encoded article too short for its story id", e);
      }
    }

    private BinaryDecoder storyIdDecoder() {
      return DecoderFactory.get().binaryDecoder(bytes, from + HEADER.length, length - HEADER.length, null);
    }
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
