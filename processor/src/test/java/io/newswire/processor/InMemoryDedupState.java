package io.newswire.processor;

import io.newswire.analysis.dedup.DedupState;
import java.util.HashMap;
import java.util.Map;

/** The dedup tables as plain maps, for evaluating the index without a topology. */
final class InMemoryDedupState implements DedupState {
  private final Table<SeenUrl> urls = new MapTable<>();
  private final Table<SeenText> texts = new MapTable<>();
  private final Table<IndexedStory> stories = new MapTable<>();
  private final Map<String, Map<String, Long>> buckets = new HashMap<>();

  @Override
  public Table<SeenUrl> urls() {
    return urls;
  }

  @Override
  public Table<SeenText> texts() {
    return texts;
  }

  @Override
  public Table<IndexedStory> stories() {
    return stories;
  }

  @Override
  public Buckets buckets() {
    return new Buckets() {
      @Override
      public Map<String, Long> members(String band) {
        return new HashMap<>(buckets.getOrDefault(band, Map.of()));
      }

      @Override
      public void put(String band, Map<String, Long> members) {
        buckets.put(band, new HashMap<>(members));
      }
    };
  }

  private static final class MapTable<V> implements Table<V> {
    private final Map<String, V> map = new HashMap<>();

    @Override
    public V get(String key) {
      return map.get(key);
    }

    @Override
    public void put(String key, V value) {
      map.put(key, value);
    }
  }
}
