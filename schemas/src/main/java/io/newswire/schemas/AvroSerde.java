package io.newswire.schemas;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.message.BadHeaderException;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A Kafka {@link Serde} for one generated Avro record type, using Avro's binary single-object encoding
 * ({@code C3 01} + the writer schema's CRC-64-AVRO fingerprint + the body).
 *
 * <p>No schema registry is needed: the fingerprint names the writer schema, and older writer schemas are
 * resolved from {@link SchemaHistory}, which ships every earlier version of each record. Bytes written by
 * an unknown schema, or bytes that are not single-object encoded at all, fail with Kafka's
 * {@link SerializationException} so Streams' deserialization handler can dead-letter them.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T>, Serializer<T>, Deserializer<T> {

  static {
    TrustedClasses.install();
  }

  private final String typeName;
  private final BinaryMessageEncoder<T> encoder;
  private final BinaryMessageDecoder<T> decoder;

  public AvroSerde(Class<T> type, Schema schema) {
    this.typeName = schema.getName();
    SpecificData model = SpecificData.getForClass(type); // the generated MODEL$, with its logical-type conversions
    SchemaStore.Cache history = new SchemaStore.Cache();
    List<Schema> older = SchemaHistory.olderVersionsOf(schema.getFullName());
    older.forEach(history::addSchema);
    this.encoder = new BinaryMessageEncoder<>(model, schema);
    this.decoder = new BinaryMessageDecoder<>(model, schema, history);
  }

  @Override
  public byte[] serialize(String topic, T data) {
    if (data == null) {
      return null;
    }
    try {
      ByteBuffer buffer = encoder.encode(data);
      byte[] bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
      return bytes;
    } catch (IOException | AvroRuntimeException | NullPointerException e) {
      throw new SerializationException("cannot encode " + typeName + " for topic " + topic + ": " + e.getMessage(), e);
    }
  }

  @Override
  public T deserialize(String topic, byte[] bytes) {
    if (bytes == null) {
      return null; // a tombstone
    }
    try {
      return decoder.decode(bytes);
    } catch (BadHeaderException e) {
      throw new SerializationException("not a single-object encoded " + typeName + " on topic " + topic
          + " (" + bytes.length + " bytes): " + e.getMessage(), e);
    } catch (MissingSchemaException e) {
      throw new SerializationException("unknown writer schema for " + typeName + " on topic " + topic
          + ": " + e.getMessage() + " (a newer producer? add its schema to schema-history)", e);
    } catch (IOException | RuntimeException e) {
      throw new SerializationException("corrupt " + typeName + " on topic " + topic + " (" + bytes.length
          + " bytes): " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Serializer<T> serializer() {
    return this;
  }

  @Override
  public Deserializer<T> deserializer() {
    return this;
  }

  @Override
  public void configure(java.util.Map<String, ?> configs, boolean isKey) {
    // nothing to configure: the schema comes from the generated class
  }

  @Override
  public void close() {
    // stateless
  }
}
