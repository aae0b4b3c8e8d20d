package io.newswire.app.roles;

import io.micrometer.core.instrument.MeterRegistry;
import io.newswire.app.board.BoardQueries;
import io.newswire.app.board.BoardServer;
import io.newswire.app.board.BoardTopology;
import io.newswire.app.config.NewswireConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The board role: {@link BoardTopology}'s global tables on Kafka Streams, queried by the {@link BoardServer} API on
 * {@code board.host:board.port}. Every instance holds all of the downstream topics, so instances can be added
 * behind a load balancer; a fresh one rebuilds its tables from the topics.
 */
public final class BoardRole extends StreamsApp {
  private BoardServer server;

  private BoardRole(NewswireConfig config, Properties clientProps, MeterRegistry registry) {
    super("board", BoardTopology.build(),
        ProcessorRole.streamsProperties(config, clientProps, config.get("board.application.id"), 1), registry);
  }

  public static BoardRole start(NewswireConfig config, Properties clientProps, MeterRegistry registry) {
    BoardRole role = new BoardRole(config, clientProps, registry);
    BoardQueries queries = new BoardQueries(new BoardQueries.Stores() {
      @Override
      public <V> ReadOnlyKeyValueStore<String, V> store(String name) {
        return role.streams().store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.keyValueStore()));
      }
    });
    try {
      role.server = BoardServer.start(config.get("board.host"), config.getInt("board.port"), queries);
    } catch (IOException e) {
      role.close();
      throw new UncheckedIOException("cannot serve the board on " + config.get("board.host") + ":"
          + config.get("board.port") + ": " + e.getMessage(), e);
    }
    return role;
  }

  /** The port the API listens on (the configured one, or the one picked for port 0). */
  public int port() {
    return server.port();
  }

  @Override
  public void close() {
    if (server != null) {
      server.close();
    }
    super.close();
  }
}
