package io.newswire.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.app.config.NewswireConfig.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewswireConfigTest {

  @Test
  void defaultsNeedNoCluster() {
    NewswireConfig config = NewswireConfig.defaults();
    assertFalse(config.isSet("bootstrap.servers"));
    assertEquals(9404, config.getInt("metrics.port"));
    assertEquals("127.0.0.1", config.get("metrics.host"));
    assertTrue(config.get("embedded.data.dir").startsWith(System.getProperty("user.home")));
  }

  @Test
  void fileThenEnvironmentThenOptionsWin(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("newswire.properties");
    Files.writeString(file, "metrics.port=9500\nembedded.port=19092\nadmin.timeout=10s\n");
    NewswireConfig config = NewswireConfig.load(file,
        Map.of("NEWSWIRE_EMBEDDED_PORT", "29092", "NEWSWIRE_ADMIN_TIMEOUT", "2m", "PATH", "/bin"),
        Map.of("admin.timeout", "500ms"));
    assertEquals(9500, config.getInt("metrics.port"));
    assertEquals(29092, config.getInt("embedded.port"));
    assertEquals(Duration.ofMillis(500), config.getDuration("admin.timeout"));
  }

  @Test
  void kafkaSettingsPassThroughWithoutThePrefix() {
    NewswireConfig config = NewswireConfig.load(null,
        Map.of("NEWSWIRE_KAFKA_SECURITY_PROTOCOL", "SASL_SSL"),
        Map.of("kafka.sasl.mechanism", "SCRAM-SHA-512"));
    Properties props = config.kafkaClientProperties("broker:9093");
    assertEquals("SASL_SSL", props.get("security.protocol"));
    assertEquals("SCRAM-SHA-512", props.get("sasl.mechanism"));
    assertEquals("broker:9093", props.get("bootstrap.servers"));
  }

  @Test
  void aTypoIsRefusedWithTheKeyNamed() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> NewswireConfig.load(null, Map.of(), Map.of("metric.port", "1")));
    assertTrue(e.getMessage().startsWith("unknown setting 'metric.port'"), e.getMessage());
  }

  @Test
  void badValuesAreExplained() {
    NewswireConfig config = NewswireConfig.defaults().with("metrics.port", "lots").with("admin.timeout", "soon");
    assertThrows(ConfigException.class, () -> config.getInt("metrics.port"));
    ConfigException e = assertThrows(ConfigException.class, () -> config.getDuration("admin.timeout"));
    assertTrue(e.getMessage().contains("60s"), e.getMessage());
    assertEquals(Duration.ofMinutes(5), config.with("admin.timeout", "PT5M").getDuration("admin.timeout"));
    assertEquals(Duration.ofDays(14), config.with("admin.timeout", "14d").getDuration("admin.timeout"));
  }
}
