package io.newswire.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.state.internals.WrappedStateStore;
import org.junit.jupiter.api.Test;

class DedupStoresTest {
  /**
   * A template flood rewrites the same buckets for every new story; behind the record cache they reach RocksDB and
   * their changelog once per commit. The stores keyed by URL, text or story are written once each and stay uncached.
   */
  @Test
  void onlyTheBucketsSitBehindTheRecordCache() {
    Map<String, Boolean> cached = new TreeMap<>();
    DedupStores.builders().forEach(b -> cached.put(b.name(), layers(b.build()).stream()
        .anyMatch(layer -> layer.getClass().getSimpleName().startsWith("Caching"))));
    assertEquals(Map.of(DedupStores.URLS, false, DedupStores.TEXTS, false, DedupStores.STORIES, false,
        DedupStores.BANDS, true, DedupStores.MEMBERSHIPS, false), cached);
  }

  private static List<StateStore> layers(StateStore store) {
    List<StateStore> layers = new ArrayList<>();
    for (StateStore s = store; s != null; s = s instanceof WrappedStateStore<?, ?, ?> w ? w.wrapped() : null) {
      layers.add(s);
    }
    return layers;
  }
}
