package io.newswire.schemas;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/**
 * Earlier versions of each record schema, shipped as resources under {@code schema-history/}, so a reader
 * resolves bytes written by an older producer by fingerprint. {@code schema-history/index.txt} lists one
 * resource per line as {@code <full record name> <path>}; every file is a complete, self-contained schema.
 */
public final class SchemaHistory {
  private static final String INDEX = "schema-history/index.txt";

  private SchemaHistory() {}

  public static List<Schema> olderVersionsOf(String fullName) {
    List<Schema> schemas = new ArrayList<>();
    ClassLoader loader = SchemaHistory.class.getClassLoader();
    try (InputStream index = loader.getResourceAsStream(INDEX)) {
      if (index == null) {
        return schemas;
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        String[] parts = trimmed.split("\\s+", 2);
        if (parts.length == 2 && parts[0].equals(fullName)) {
          try (InputStream in = loader.getResourceAsStream("schema-history/" + parts[1])) {
            if (in == null) {
              throw new IllegalStateException("schema-history lists a missing file: " + parts[1]);
            }
            schemas.add(new Schema.Parser().parse(in));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return schemas;
  }
}
