package io.newswire.processor;

import io.newswire.analysis.dedup.DedupState;
import io.newswire.json.JsonSerde;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The dedup index's four tables as persistent Kafka Streams stores (RocksDB, each with a changelog), with typed
 * values: a store per question, so a look-up reads one small value and the purge reads timestamps, not documents.
 * Bucket memberships are keyed {@code band|storyId} with the indexing time as value, and a bucket is read with a
 * prefix scan.
 */
final class DedupStores implements DedupState {
  static final String URLS = "dedup-urls";
  static final String TEXTS = "dedup-texts";
  static final String STORIES = "dedup-stories";
  static final String BUCKETS = "dedup-buckets";
  static final String[] ALL = {URLS, TEXTS, STORIES, BUCKETS};
  /** Between band key and story id in a bucket membership's key; neither contains it. */
  private static final String MEMBER = "|";

  private final KeyValueStore<String, SeenUrl> urls;
  private final KeyValueStore<String, SeenText> texts;
  private final KeyValueStore<String, IndexedStory> stories;
  private final KeyValueStore<String, Long> buckets;
  private final Table<SeenUrl> urlTable;
  private final Table<SeenText> textTable;
  private final Table<IndexedStory> storyTable;
  private final Buckets memberships = new Memberships();

  DedupStores(ProcessorContext<?, ?> context) {
    this.urls = context.getStateStore(URLS);
    this.texts = context.getStateStore(TEXTS);
    this.stories = context.getStateStore(STORIES);
    this.buckets = context.getStateStore(BUCKETS);
    this.urlTable = new StoreTable<>(urls);
    this.textTable = new StoreTable<>(texts);
    this.storyTable = new StoreTable<>(stories);
  }

  static List<StoreBuilder<KeyValueStore<String, ?>>> builders() {
    return List.of(builder(URLS, JsonSerde.of(SeenUrl.class)), builder(TEXTS, JsonSerde.of(SeenText.class)),
        builder(STORIES, JsonSerde.of(IndexedStory.class)), builder(BUCKETS, Serdes.Long()));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <V> StoreBuilder<KeyValueStore<String, ?>> builder(String name, Serde<V> values) {
    return (StoreBuilder) Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values);
  }

  /** Entries across the four stores, for the operator's gauge. */
  long approximateEntries() {
    return urls.approximateNumEntries() + texts.approximateNumEntries() + stories.approximateNumEntries()
        + buckets.approximateNumEntries();
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
    purge(buckets, cutoffMs, Long::longValue); // a membership is as old as its story's indexing
    return purged;
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
    return memberships;
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

  private final class Memberships implements Buckets {
    @Override
    public Map<String, Long> members(String band) {
      Map<String, Long> members = new HashMap<>();
      String prefix = band + MEMBER;
      try (KeyValueIterator<String, Long> it = buckets.prefixScan(prefix, new StringSerializer())) {
        it.forEachRemaining(e -> members.put(e.key.substring(prefix.length()), e.value));
      }
      return members;
    }

    @Override
    public void add(String band, String storyId, long seenAtMs) {
      buckets.put(band + MEMBER + storyId, seenAtMs);
    }

    @Override
    public void remove(String band, String storyId) {
      buckets.delete(band + MEMBER + storyId);
    }
  }
}
