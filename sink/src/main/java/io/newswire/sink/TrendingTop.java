package io.newswire.sink;

import io.newswire.json.RecordJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The top-N entities of one type in one window on {@code newsroom.entities.trending}, by distinct stories. */
record TrendingTop(String type, String windowStart, String windowEnd, List<Entry> top) {

  /** One entity and the number of distinct stories that mention it in the window. */
  record Entry(String canonical, long mentions) {}

  TrendingTop {
    top = top == null ? List.of() : List.copyOf(top);
  }

  /** {@code before} (null for a new window) with {@code count}'s entity added or replaced, trimmed to {@code size}. */
  static TrendingTop update(TrendingTop before, WindowCount count, int size) {
    List<Entry> entries = new ArrayList<>(before == null ? List.of() : before.top());
    entries.removeIf(e -> e.canonical().equals(count.entity().canonical()));
    entries.add(new Entry(count.entity().canonical(), count.stories()));
    entries.sort(Comparator.comparingLong(Entry::mentions).reversed());
    return new TrendingTop(count.entity().type(), RecordJson.formatInstant(Instant.ofEpochMilli(count.windowStart())),
        RecordJson.formatInstant(Instant.ofEpochMilli(count.windowEnd())), entries.subList(0, Math.min(size, entries.size())));
  }
}
