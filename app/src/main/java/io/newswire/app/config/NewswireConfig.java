package io.newswire.app.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Layered configuration. Later layers win:
 * <ol>
 *   <li>{@code newswire-defaults.properties} shipped in the jar (every key is documented there);</li>
 *   <li>a user file given with {@code --config};</li>
 *   <li>environment variables {@code NEWSWIRE_<KEY>}, with the key upper-cased and dots as underscores
 *       ({@code NEWSWIRE_BOOTSTRAP_SERVERS} → {@code bootstrap.servers});</li>
 *   <li>command-line options.</li>
 * </ol>
 * Keys under {@code kafka.} are passed, without the prefix, to every Kafka client, so SASL/SSL clusters need
 * no code. Any other key not in the defaults is a typo and is refused.
 */
public final class NewswireConfig {
  public static final String KAFKA_PREFIX = "kafka.";
  private static final String DEFAULTS = "newswire-defaults.properties";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

  private final Map<String, String> values;

  private NewswireConfig(Map<String, String> values) {
    this.values = values;
  }

  public static NewswireConfig load(Path userFile, Map<String, String> env, Map<String, String> overrides) {
    Map<String, String> values = new TreeMap<>(readDefaults());
    if (userFile != null) {
      merge(values, readFile(userFile), "config file " + userFile);
    }
    Map<String, String> fromEnv = new TreeMap<>();
    env.forEach((name, value) -> {
      if (name.startsWith("NEWSWIRE_") && name.length() > "NEWSWIRE_".length()) {
        fromEnv.put(name.substring("NEWSWIRE_".length()).toLowerCase(Locale.ROOT).replace('_', '.'), value);
      }
    });
    merge(values, fromEnv, "environment variable");
    merge(values, overrides, "option");
    return new NewswireConfig(values);
  }

  /** Defaults only, for tests and tools. */
  public static NewswireConfig defaults() {
    return load(null, Map.of(), Map.of());
  }

  public NewswireConfig with(String key, String value) {
    Map<String, String> copy = new TreeMap<>(values);
    merge(copy, Map.of(key, value), "option");
    return new NewswireConfig(copy);
  }

  private static void merge(Map<String, String> into, Map<String, String> layer, String origin) {
    for (Map.Entry<String, String> e : layer.entrySet()) {
      String key = e.getKey();
      if (!into.containsKey(key) && !key.startsWith(KAFKA_PREFIX)) {
        throw new ConfigException("unknown setting '" + key + "' from " + origin
            + " (settings are listed in newswire-defaults.properties; Kafka client settings take the prefix 'kafka.')");
      }
      into.put(key, e.getValue());
    }
  }

  private static Map<String, String> readDefaults() {
    try (InputStream in = NewswireConfig.class.getClassLoader().getResourceAsStream(DEFAULTS)) {
      if (in == null) {
        throw new IllegalStateException(DEFAULTS + " missing from the classpath");
      }
      Properties p = new Properties();
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      return toMap(p);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + DEFAULTS, e);
    }
  }

  private static Map<String, String> readFile(Path file) {
    if (!Files.isReadable(file)) {
      throw new ConfigException("cannot read config file " + file);
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Properties p = new Properties();
      p.load(reader);
      return toMap(p);
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigException("cannot parse config file " + file + ": " + e.getMessage());
    }
  }

  private static Map<String, String> toMap(Properties p) {
    Map<String, String> map = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k).strip()));
    return map;
  }

  /** The value with {@code ${system.property}} placeholders resolved; empty string when unset. */
  public String get(String key) {
    String raw = values.get(key);
    if (raw == null) {
      throw new IllegalArgumentException("no such setting: " + key);
    }
    Matcher m = PLACEHOLDER.matcher(raw);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement = System.getProperty(m.group(1), System.getenv().getOrDefault(m.group(1), ""));
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  public boolean isSet(String key) {
    return !get(key).isBlank();
  }

  public int getInt(String key) {
    try {
      return Integer.parseInt(get(key));
    } catch (NumberFormatException e) {
      throw new ConfigException("setting '" + key + "' must be a whole number, not '" + get(key) + "'");
    }
  }

  public boolean getBoolean(String key) {
    String v = get(key).toLowerCase(Locale.ROOT);
    if (!v.equals("true") && !v.equals("false")) {
      throw new ConfigException("setting '" + key + "' must be true or false, not '" + get(key) + "'");
    }
    return Boolean.parseBoolean(v);
  }

  /** Durations as {@code 500ms}, {@code 60s}, {@code 5m}, {@code 6h}, {@code 14d} or ISO-8601 ({@code PT5M}). */
  public Duration getDuration(String key) {
    return parseDuration(key, get(key));
  }

  /** Comma-separated durations, e.g. {@code 10m,1h,6h,24h}. */
  public java.util.List<Duration> getDurations(String key) {
    java.util.List<Duration> out = new java.util.ArrayList<>();
    for (String part : get(key).split(",")) {
      if (!part.isBlank()) {
        out.add(parseDuration(key, part.strip()));
      }
    }
    return out;
  }

  public static Duration parseDuration(String key, String value) {
    try {
      return io.newswire.config.Durations.parse(value);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("setting '" + key + "' must be a duration such as 60s, 5m or 14d, not '" + value + "'");
    }
  }

  public long getLong(String key) {
    try {
      return Long.parseLong(get(key));
    } catch (NumberFormatException e) {
      throw new ConfigException("setting '" + key + "' must be a whole number, not '" + get(key) + "'");
    }
  }

  /** Connection settings for every Kafka client: bootstrap servers plus all {@code kafka.*} pass-through keys. */
  public Properties kafkaClientProperties(String bootstrapServers) {
    Properties p = new Properties();
    values.keySet().stream().filter(k -> k.startsWith(KAFKA_PREFIX))
        .forEach(k -> p.put(k.substring(KAFKA_PREFIX.length()), get(k)));
    p.put("bootstrap.servers", bootstrapServers);
    return p;
  }

  /** Every effective setting, for {@code --print-config}; secrets under kafka.* are masked. */
  public Map<String, String> effective() {
    Map<String, String> out = new TreeMap<>();
    values.keySet().forEach(k -> out.put(k, k.contains("password") || k.contains("jaas") ? "******" : get(k)));
    return out;
  }

  /** A configuration problem the user can fix; reported as one line with exit code 2. */
  public static final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
      super(message);
    }
  }
}
