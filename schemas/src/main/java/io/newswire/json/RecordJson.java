package io.newswire.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * Plain JSON views of the Avro records, for people and for consumers that do not speak Avro.
 *
 * <p>Unlike Avro's own JSON encoding, unions are written as the bare value (or {@code null}), instants as
 * ISO-8601 with the newsroom's +07:00 offset, dates as ISO dates and bytes as base64. The reverse direction
 * accepts the same shape, so the output of {@code newswire extract} is the input of {@code newswire enrich}.
 */
public final class RecordJson {
  public static final ZoneId NEWSROOM_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  public static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  static {
    io.newswire.schemas.TrustedClasses.install(); // building records from JSON instantiates generated classes
  }

  private RecordJson() {}

  /** The record as a JSON object, leaving out the named top-level fields. */
  public static ObjectNode toJson(IndexedRecord record, Set<String> omit) {
    ObjectNode node = NODES.objectNode();
    for (Schema.Field field : record.getSchema().getFields()) {
      if (!omit.contains(field.name())) {
        node.set(field.name(), value(field.schema(), record.get(field.pos())));
      }
    }
    return node;
  }

  public static ObjectNode toJson(IndexedRecord record) {
    return toJson(record, Set.of());
  }

  public static String formatInstant(Instant instant) {
    return OffsetDateTime.ofInstant(instant, NEWSROOM_ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private static JsonNode value(Schema schema, Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    switch (schema.getType()) {
      case UNION:
        return value(branchFor(schema, value), value);
      case RECORD:
        return toJson((IndexedRecord) value);
      case ARRAY: {
        ArrayNode array = NODES.arrayNode();
        for (Object item : (Collection<?>) value) {
          array.add(value(schema.getElementType(), item));
        }
        return array;
      }
      case ENUM:
      case STRING:
        return NODES.textNode(value.toString());
      case BOOLEAN:
        return NODES.booleanNode((Boolean) value);
      case INT:
        if (value instanceof LocalDate date) {
          return NODES.textNode(date.toString());
        }
        return NODES.numberNode(((Number) value).intValue());
      case LONG:
        if (value instanceof Instant instant) {
          return NODES.textNode(formatInstant(instant));
        }
        return NODES.numberNode(((Number) value).longValue());
      case FLOAT:
      case DOUBLE:
        return NODES.numberNode(((Number) value).doubleValue());
      case BYTES: {
        ByteBuffer buffer = ((ByteBuffer) value).duplicate();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return NODES.textNode(Base64.getEncoder().encodeToString(bytes));
      }
      default:
        return NODES.textNode(value.toString());
    }
  }

  private static Schema branchFor(Schema union, Object value) {
    for (Schema branch : union.getTypes()) {
      if (branch.getType() != Schema.Type.NULL) {
        return branch; // our unions are all [null, T]
      }
    }
    throw new IllegalArgumentException("union without a non-null branch: " + union);
  }

  /** Builds a generated record of class {@code type} from the JSON shape {@link #toJson} writes. */
  @SuppressWarnings("unchecked")
  public static <T extends SpecificRecord> T fromJson(JsonNode json, Schema schema) {
    return (T) record(schema, json, "");
  }

  private static Object record(Schema schema, JsonNode json, String path) {
    if (!json.isObject()) {
      throw new IllegalArgumentException(describe(path) + " must be a JSON object");
    }
    SpecificData model = SpecificData.getForSchema(schema);
    IndexedRecord record = (IndexedRecord) model.newRecord(null, schema);
    for (Schema.Field field : schema.getFields()) {
      JsonNode node = json.get(field.name());
      String fieldPath = path.isEmpty() ? field.name() : path + "." + field.name();
      if (node == null || node.isMissingNode()) {
        if (!field.hasDefaultValue()) {
          throw new IllegalArgumentException("missing required field '" + fieldPath + "'");
        }
        record.put(field.pos(), model.deepCopy(field.schema(), defaultOf(model, field)));
      } else {
        record.put(field.pos(), convert(field.schema(), node, fieldPath));
      }
    }
    return record;
  }

  private static Object defaultOf(SpecificData model, Schema.Field field) {
    Object value = model.getDefaultValue(field);
    LogicalType logical = field.schema().getLogicalType();
    if (value instanceof Long millis && logical instanceof LogicalTypes.TimestampMillis) {
      return Instant.ofEpochMilli(millis);
    }
    return value;
  }

  private static Object convert(Schema schema, JsonNode node, String path) {
    if (schema.getType() == Schema.Type.UNION) {
      if (node.isNull()) {
        return null;
      }
      return convert(branchFor(schema, node), node, path);
    }
    if (node.isNull()) {
      throw new IllegalArgumentException(describe(path) + " must not be null");
    }
    LogicalType logical = schema.getLogicalType();
    switch (schema.getType()) {
      case RECORD:
        return record(schema, node, path);
      case ARRAY: {
        if (!node.isArray()) {
          throw new IllegalArgumentException(describe(path) + " must be a JSON array");
        }
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
          items.add(convert(schema.getElementType(), node.get(i), path + "[" + i + "]"));
        }
        return items;
      }
      case ENUM: {
        String symbol = node.asText();
        if (!schema.getEnumSymbols().contains(symbol)) {
          throw new IllegalArgumentException(describe(path) + " must be one of " + schema.getEnumSymbols());
        }
        return SpecificData.getForSchema(schema).createEnum(symbol, schema);
      }
      case STRING:
        return node.asText();
      case BOOLEAN:
        return node.asBoolean();
      case INT:
        if (logical instanceof LogicalTypes.Date) {
          return LocalDate.parse(node.asText());
        }
        return node.asInt();
      case LONG:
        if (logical instanceof LogicalTypes.TimestampMillis) {
          return node.isNumber() ? Instant.ofEpochMilli(node.asLong()) : parseInstant(node.asText(), path);
        }
        return node.asLong();
      case FLOAT:
      case DOUBLE:
        return node.asDouble();
      case BYTES:
        return ByteBuffer.wrap(Base64.getDecoder().decode(node.asText()));
      default:
        throw new IllegalArgumentException(describe(path) + ": unsupported schema type " + schema.getType());
    }
  }

  private static Schema branchFor(Schema union, JsonNode node) {
    return branchFor(union, (Object) node);
  }

  /** Parses ISO-8601 with an offset ({@code 2022-10-11T15:00+07:00}) or an instant ({@code …Z}). */
  public static Instant parseInstant(String text, String path) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(describe(path) + " must be ISO-8601 with an offset, e.g. "
          + "2022-10-11T15:00:00+07:00, not '" + text + "'");
    }
  }

  private static String describe(String path) {
    return "field '" + path + "'";
  }
}
