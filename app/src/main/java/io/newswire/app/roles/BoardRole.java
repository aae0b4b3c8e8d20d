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
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BoardRole.class);
  private BoardServer server;
  private Thread loader;

  private BoardRole(NewswireConfig config, Properties clientProps, MeterRegistry registry) {
    super("board", BoardTopology.build(), properties(config, clientProps), registry, false);
  }

  /**
   * The board only reads: at-least-once is enough, and its consumers still read committed records only, so an
   * aborted transaction of the sink never reaches a page.
   */
  private static Properties properties(NewswireConfig config, Properties clientProps) {
    Properties p = ProcessorRole.streamsProperties(config, clientProps, config.get("board.application.id"), 1);
    p.put(org.apache.kafka.streams.StreamsConfig.PROCESSING_GUARANTEE_CONFIG, org.apache.kafka.streams.StreamsConfig.AT_LEAST_ONCE);
    p.put(org.apache.kafka.streams.StreamsConfig.globalConsumerPrefix("isolation.level"), "read_committed");
    p.put(org.apache.kafka.streams.StreamsConfig.consumerPrefix("isolation.level"), "read_committed");
    return p;
  }

  public static BoardRole start(NewswireConfig config, Properties clientProps, MeterRegistry registry) {
    String host = config.get("board.host");
    String token = config.isSet("board.token") ? config.get("board.token").strip() : "";
    if (token.isEmpty() && !loopback(host)) {
      throw new NewswireConfig.ConfigException("board.host " + host + " is reachable from other machines: set "
          + "board.token, which every page and API call must then present");
    }
    BoardRole role = new BoardRole(config, clientProps, registry);
    BoardQueries queries = new BoardQueries(new BoardQueries.Stores() {
      @Override
      public <V> ReadOnlyKeyValueStore<String, V> store(String name) {
        return role.streams().store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.keyValueStore()));
      }
    });
    try {
      role.server = BoardServer.start(host, config.getInt("board.port"), queries, token);
    } catch (IOException e) {
      role.close();
      throw new UncheckedIOException("cannot serve the board on " + config.get("board.host") + ":"
          + config.get("board.port") + ": " + e.getMessage(), e);
    }
    // loading the global tables takes seconds (a position look-up per partition); the page answers 503 meanwhile,
    // and the rest of the pipeline does not wait for it
    role.loader = new Thread(() -> {
      long started = System.nanoTime();
      try {
        role.startStreams();
        LOG.info("board tables loading started in {} ms", (System.nanoTime() - started) / 1_000_000);
      } catch (RuntimeException e) {
        LOG.warn("board tables did not start: {}", e.toString());
      }
    }, "newswire-board-loader");
    role.loader.setDaemon(true);
    role.loader.start();
    return role;
  }

  private static boolean loopback(String host) {
    try {
      return java.net.InetAddress.getByName(host).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      throw new NewswireConfig.ConfigException("board.host " + host + " is not a known host");
    }
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
    if (streams().state() != org.apache.kafka.streams.KafkaStreams.State.RUNNING) {
      // a stop while the tables still load: Kafka Streams' global thread finishes its restore before it looks at a
      // shutdown, so the stop does not wait for it (the tables are rebuilt from the topics next time anyway)
      if (loader != null && loader.isAlive()) {
        loader.interrupt();
      }
      closeWithoutWaiting();
      return;
    }
    super.close();
  }
}
