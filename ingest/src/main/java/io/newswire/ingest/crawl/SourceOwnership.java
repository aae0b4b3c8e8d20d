package io.newswire.ingest.crawl;

import java.util.Collection;
import java.util.Set;

/**
 * Which sources — and so which hosts — this ingest instance crawls. With one instance, all of them; with several
 * on one cluster, Kafka's group membership splits them (see the Kafka implementation) and moves a dead instance's
 * sources to the survivors. A source's hosts go together, so its discovery and its article fetches stay on one
 * instance, and no host is fetched by two instances at once.
 */
public interface SourceOwnership extends AutoCloseable {

  /** Told when sources come and go. {@link #revoked} returns only once their fetches have stopped. */
  interface Listener {
    void assigned(Set<String> sourceIds);

    void revoked(Set<String> sourceIds);
  }

  void start(Listener listener);

  /** The source ids owned now. */
  Set<String> owned();

  @Override
  void close();

  /** One instance owns every source. */
  static SourceOwnership all(Collection<String> sourceIds) {
    Set<String> all = Set.copyOf(sourceIds);
    return new SourceOwnership() {
      @Override
      public void start(Listener listener) {
        listener.assigned(all);
      }

      @Override
      public Set<String> owned() {
        return all;
      }

      @Override
      public void close() {}
    };
  }
}
