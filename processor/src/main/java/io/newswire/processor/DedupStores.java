package io.newswire.processor;

import io.newswire.analysis.dedup.DedupState;
import io.newswire.json.JsonSerde;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The dedup index's four tables as persistent Kafka Streams stores (RocksDB, each with a changelog), with typed
 * values: a store per question, so a look-up reads one small value and the purge reads timestamps, not documents.
 * A bucket is one entry per LSH band ({@link BucketSerde}); builds before it kept one entry per membership, keyed
 * {@code band|storyId}, in {@code dedup-buckets}, which {@link #migrateMemberships} folds into the new store once.
 */
final class DedupStores implements DedupState {
  static final String URLS = "dedup-urls";
  static final String TEXTS = "dedup-texts";
  static final String STORIES = "dedup-stories";
  static final String BANDS = "dedup-bands";
  /** Bucket memberships as earlier builds kept them; read once, on the first record, and emptied. */
  static final String MEMBERSHIPS = "dedup-buckets";
  static final String[] ALL = {URLS, TEXTS, STORIES, BANDS, MEMBERSHIPS};
  /** Between band key and story id in a bucket membership's key; neither contains it. */
  private static final String MEMBER = "|";

  private final KeyValueStore<String, SeenUrl> urls;
  private final KeyValueStore<String, SeenText> texts;
  private final KeyValueStore<String, IndexedStory> stories;
  private final KeyValueStore<String, Map<String, Long>> bands;
  private final KeyValueStore<String, Long> memberships;
  private final Table<SeenUrl> urlTable;
  private final Table<SeenText> textTable;
  private final Table<IndexedStory> storyTable;
  private final Buckets buckets = new Bands();

  DedupStores(ProcessorContext<?, ?> context) {
    this.urls = context.getStateStore(URLS);
    this.texts = context.getStateStore(TEXTS);
    this.stories = context.getStateStore(STORIES);
    this.bands = context.getStateStore(BANDS);
    this.memberships = context.getStateStore(MEMBERSHIPS);
    this.urlTable = new StoreTable<>(urls);
    this.textTable = new StoreTable<>(texts);
    this.storyTable = new StoreTable<>(stories);
  }

  static List<StoreBuilder<KeyValueStore<String, ?>>> builders() {
    return List.of(builder(URLS, JsonSerde.of(SeenUrl.class)), builder(TEXTS, JsonSerde.of(SeenText.class)),
        builder(STORIES, JsonSerde.of(IndexedStory.class)), builder(BANDS, new BucketSerde()),
        builder(MEMBERSHIPS, Serdes.Long()));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <V> StoreBuilder<KeyValueStore<String, ?>> builder(String name, Serde<V> values) {
    return (StoreBuilder) Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values);
  }

  /** Entries across the stores, for the operator's gauge. */
  long approximateEntries() {
    return urls.approximateNumEntries() + texts.approximateNumEntries() + stories.approximateNumEntries()
        + bands.approximateNumEntries() + memberships.approximateNumEntries();
  }

  /**
   * Moves the memberships an earlier build left in {@code dedup-buckets} into their bands' buckets and deletes them,
   * so an upgrade keeps the near-duplicate index. Once emptied, each task start reads it once more, which walks
   * only the deleted entries RocksDB has not compacted away yet.
   *
   * @return how many memberships were moved
   */
  int migrateMemberships() {
    Map<String, Map<String, Long>> moved = new HashMap<>();
    List<String> keys = new ArrayList<>();
    try (KeyValueIterator<String, Long> all = memberships.all()) {
      all.forEachRemaining(e -> {
        int at = e.key.lastIndexOf(MEMBER);
        if (at > 0) {
          moved.computeIfAbsent(e.key.substring(0, at), b -> new HashMap<>()).put(e.key.substring(at + 1), e.value);
        }
        keys.add(e.key);
      });
    }
    moved.forEach((band, members) -> {
      Map<String, Long> bucket = buckets.members(band);
      bucket.putAll(members);
      buckets.put(band, bucket);
    });
    keys.forEach(memberships::delete);
    return keys.size();
  }

  /**
   * Removes every URL, text, story and bucket membership last seen before the cutoff. One pass over each store,
   * reading timestamps: the hourly cost grows with the index, not with its square.
   *
   * @return how many URLs, texts and stories were removed
   */
  int purgeSeenBefore(long cutoffMs) {
    int purged = purge(urls, cutoffMs, SeenUrl::seenAtMs) + purge(texts, cutoffMs, SeenText::seenAtMs)
        + purge(stories, cutoffMs, IndexedStory::seenAtMs);
    purgeBands(cutoffMs);
    return purged;
  }

  /** A membership is as old as its story's indexing: old members leave their buckets, and empty buckets go. */
  private void purgeBands(long cutoffMs) {
    Map<String, Map<String, Long>> changed = new HashMap<>();
    try (KeyValueIterator<String, Map<String, Long>> all = bands.all()) {
      all.forEachRemaining(e -> {
        if (e.value.values().removeIf(seenAt -> seenAt < cutoffMs)) {
          changed.put(e.key, e.value);
        }
      });
    }
    changed.forEach((band, members) -> {
      if (members.isEmpty()) {
        bands.delete(band);
      } else {
        bands.put(band, members);
      }
    });
  }

  private static <V> int purge(KeyValueStore<String, V> store, long cutoffMs, java.util.function.ToLongFunction<V> seenAt) {
    List<String> old = new ArrayList<>();
    try (KeyValueIterator<String, V> all = store.all()) {
      all.forEachRemaining(e -> {
        if (seenAt.applyAsLong(e.value) < cutoffMs) {
          old.add(e.key);
        }
      });
    }
    old.forEach(store::delete);
    return old.size();
  }

  @Override
  public Table<SeenUrl> urls() {
    return urlTable;
  }

  @Override
  public Table<SeenText> texts() {
    return textTable;
  }

  @Override
  public Table<IndexedStory> stories() {
    return storyTable;
  }

  @Override
  public Buckets buckets() {
    return buckets;
  }

  private record StoreTable<V>(KeyValueStore<String, V> store) implements Table<V> {
    @Override
    public V get(String key) {
      return store.get(key);
    }

    @Override
    public void put(String key, V value) {
      store.put(key, value);
    }
  }

  private final class Bands implements Buckets {
    @Override
    public Map<String, Long> members(String band) {
      Map<String, Long> members = bands.get(band);
      return members == null ? new HashMap<>() : members;
    }

    @Override
    public void put(String band, Map<String, Long> members) {
      bands.put(band, members);
    }
  }
}
