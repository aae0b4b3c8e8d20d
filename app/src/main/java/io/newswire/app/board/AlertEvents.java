package io.newswire.app.board;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.errors.InvalidStateStoreException;

/**
 * New inspection alerts pushed to open pages as Server-Sent Events ({@code event: alert}). Once a second the alert
 * table is compared with the alerts already announced; the alerts present when the board starts are the baseline,
 * not news. A comment line every 15 s keeps idle connections open through proxies.
 */
final class AlertEvents implements AutoCloseable {
  private final BoardQueries queries;
  private final List<HttpExchange> listeners = new CopyOnWriteArrayList<>();
  private final Set<String> announced = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "newswire-board-events");
    t.setDaemon(true);
    return t;
  });
  private volatile boolean primed;

  AlertEvents(BoardQueries queries) {
    this.queries = queries;
  }

  void start() {
    timer.scheduleWithFixedDelay(this::poll, 0, 1, TimeUnit.SECONDS);
    timer.scheduleWithFixedDelay(() -> broadcast(": keep-alive\n\n"), 15, 15, TimeUnit.SECONDS);
  }

  void listen(HttpExchange exchange) throws IOException {
    OutputStream out = exchange.getResponseBody();
    out.write("retry: 3000\n\n".getBytes(StandardCharsets.UTF_8));
    out.flush();
    listeners.add(exchange);
  }

  private void poll() {
    List<JsonNode> alerts;
    try {
      alerts = queries.alerts(BoardQueries.MAX_LIMIT);
    } catch (InvalidStateStoreException e) {
      return; // still loading
    } catch (RuntimeException e) {
      return; // the next poll tries again
    }
    for (int i = alerts.size() - 1; i >= 0; i--) { // oldest first, so pages prepend in order
      JsonNode alert = alerts.get(i);
      if (announced.add(alert.path("alertId").asText()) && primed) {
        broadcast("event: alert\ndata: " + alert + "\n\n");
      }
    }
    primed = true;
  }

  private void broadcast(String message) {
    byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
    for (HttpExchange exchange : listeners) {
      try {
        OutputStream out = exchange.getResponseBody();
        out.write(bytes);
        out.flush();
      } catch (IOException e) {
        listeners.remove(exchange); // the page went away
        exchange.close();
      }
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
    listeners.forEach(HttpExchange::close);
    listeners.clear();
  }
}
