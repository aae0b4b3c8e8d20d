package io.newswire.app.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.newswire.app.config.NewswireConfig;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class ProcessorRoleTest {
  private final Properties client = new Properties();

  @Test
  void theProcessorsRecordCacheIsItsOwnSetting() {
    NewswireConfig config = NewswireConfig.defaults().with("state.dir", "/tmp/unused");
    assertEquals(2_097_152L, ProcessorRole.processorProperties(config, client, "p", 1)
        .get(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG));
    assertEquals(65_536L, ProcessorRole.processorProperties(config.with("processor.dedup.cache.bytes", "65536"),
        client, "p", 1).get(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG));
    // the sink's and the board's tables keep Kafka's default, which also paces what their caches emit
    assertFalse(ProcessorRole.streamsProperties(config, client, "s", 1)
        .containsKey(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG));
  }
}
