package io.newswire.app.board;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The board over HTTP: its page ({@code /}, plain HTML, CSS and JavaScript from the jar) and its JSON API, a small
 * REST layer over {@link BoardQueries} (as in Confluent's interactive-queries examples): {@code /api/stories},
 * {@code /api/stories/{id}}, {@code /api/alerts}, {@code /api/delegations}, {@code /api/delegations/{key}},
 * {@code /api/trending?type=}, and {@code /api/events}, new inspection alerts as Server-Sent Events. Errors are JSON
 * with the status and a message: a bad parameter is 400, an unknown id 404, stores still loading 503. Every answer
 * carries a Content-Security-Policy that allows only the board's own scripts; with a token, every request must
 * present it ({@code Authorization: Bearer …} or {@code ?token=}).
 */
public final class BoardServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(BoardServer.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "POSITION", "DOCUMENT", "EVENT");

  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; "
      + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
  private static final String NEEDS_TOKEN = "this board needs its token: ?token=… or Authorization: Bearer …";
  private static final Map<String, String> PAGES = Map.of("/", "board/index.html", "/index.html", "board/index.html",
      "/board.css", "board/board.css", "/board.js", "board/board.js");

  private final HttpServer server;
  private final ExecutorService executor;
  private final BoardQueries queries;
  private final String token;
  private final AlertEvents events;

  private BoardServer(HttpServer server, ExecutorService executor, BoardQueries queries, String token) {
    this.server = server;
    this.executor = executor;
    this.queries = queries;
    this.token = token == null || token.isBlank() ? null : token;
    this.events = new AlertEvents(queries);
  }

  /** Serves on {@code host:port} (port 0: any free port), open to anyone who reaches it. */
  public static BoardServer start(String host, int port, BoardQueries queries) throws IOException {
    return start(host, port, queries, null);
  }

  /** Serves on {@code host:port}; with a {@code token}, only to requests that present it. */
  public static BoardServer start(String host, int port, BoardQueries queries, String token) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 64);
    ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "newswire-board-http");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    BoardServer board = new BoardServer(server, executor, queries, token);
    server.createContext("/api/", board::handle);
    server.createContext("/", board::page);
    server.start();
    board.events.start();
    log.info("board API on http://{}:{}/api/stories", host, server.getAddress().getPort());
    return board;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The page's files; anything else is 404. */
  private void page(HttpExchange exchange) throws IOException {
    try (exchange) {
      Map<String, String> params = params(exchange.getRequestURI().getRawQuery());
      if (!authorised(exchange, params)) {
        send(exchange, 401, error(401, NEEDS_TOKEN));
        return;
      }
      String resource = PAGES.get(exchange.getRequestURI().getPath());
      byte[] body;
      try (var in = resource == null ? null : BoardServer.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          send(exchange, 404, error(404, "no such page: " + exchange.getRequestURI().getPath()));
          return;
        }
        body = in.readAllBytes();
      }
      String type = resource.endsWith(".css") ? "text/css" : resource.endsWith(".js") ? "text/javascript" : "text/html";
      headers(exchange, type + "; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
    }
  }

  private boolean authorised(HttpExchange exchange, Map<String, String> params) {
    if (token == null) {
      return true;
    }
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    String presented = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : params.get("token");
    return presented != null && java.security.MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
        token.getBytes(StandardCharsets.UTF_8));
  }

  private void handle(HttpExchange exchange) throws IOException {
    boolean keepOpen = false;
    try {
      if (!exchange.getRequestMethod().equals("GET")) {
        send(exchange, 405, error(405, "only GET is served"));
        return;
      }
      String path = exchange.getRequestURI().getRawPath();
      Map<String, String> params = params(exchange.getRequestURI().getRawQuery());
      if (!authorised(exchange, params)) {
        send(exchange, 401, error(401, NEEDS_TOKEN));
        return;
      }
      params.remove("token");
      if (path.equals("/api/events")) {
        headers(exchange, "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        events.listen(exchange);
        keepOpen = true; // the events thread writes to it until the client goes
        return;
      }
      send(exchange, 200, route(path, params));
    } catch (NotFound e) {
      send(exchange, 404, error(404, e.getMessage()));
    } catch (IllegalArgumentException e) {
      send(exchange, 400, error(400, e.getMessage()));
    } catch (InvalidStateStoreException e) {
      send(exchange, 503, error(503, "the board is still loading its tables; try again in a moment"));
    } catch (RuntimeException e) {
      log.warn("board API: {}", e.toString(), e);
      send(exchange, 500, error(500, "internal error: " + e.getClass().getSimpleName()));
    } finally {
      if (!keepOpen) {
        exchange.close(); // after the answer, errors included
      }
    }
  }

  private JsonNode route(String path, Map<String, String> params) {
    String[] parts = path.substring("/api/".length()).split("/", 2);
    String what = parts[0];
    String id = parts.length > 1 && !parts[1].isEmpty() ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : null;
    switch (what) {
      case "stories" -> {
        String format = params.getOrDefault("format", "json");
        if (!format.equals("json") && !format.equals("ninjs")) {
          throw new IllegalArgumentException("format must be json or ninjs, not '" + format + "'");
        }
        boolean ninjs = format.equals("ninjs");
        if (id != null) {
          JsonNode story = queries.story(id).orElseThrow(() -> new NotFound("no story " + id));
          return ninjs ? Ninjs.of(story) : story;
        }
        BoardQueries.Page page = queries.stories(BoardQueries.StoryFilter.of(params));
        ObjectNode out = JSON.createObjectNode();
        out.set("items", BoardQueries.array(page.items().stream()
            .map(s -> ninjs ? (JsonNode) Ninjs.of(s) : BoardQueries.summary(s)).toList()));
        out.put("next", page.next());
        return out;
      }
      case "alerts" -> {
        int limit = limit(params.getOrDefault("limit", "50"));
        ObjectNode out = JSON.createObjectNode();
        out.set("items", BoardQueries.array(queries.alerts(limit)));
        return out;
      }
      case "delegations" -> {
        if (id != null) {
          return queries.delegation(id).orElseThrow(() -> new NotFound("no delegation " + id));
        }
        ObjectNode out = JSON.createObjectNode();
        out.set("items", BoardQueries.array(queries.delegations(params.get("story"))));
        return out;
      }
      case "trending" -> {
        String type = params.get("type");
        if (type == null || !TYPES.contains(type)) {
          throw new IllegalArgumentException("type must be one of " + TYPES);
        }
        Optional<JsonNode> top = queries.trending(type);
        return top.orElseGet(JSON::createObjectNode);
      }
      default -> throw new NotFound("no such API: " + path);
    }
  }

  private static int limit(String value) {
    try {
      int limit = Integer.parseInt(value);
      if (limit >= 1 && limit <= BoardQueries.MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // the message below
    }
    throw new IllegalArgumentException("limit must be between 1 and " + BoardQueries.MAX_LIMIT + ", not '" + value + "'");
  }

  private static Map<String, String> params(String rawQuery) {
    Map<String, String> params = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return params;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      params.put(name, value);
    }
    return params;
  }

  private static JsonNode error(int status, String message) {
    return JSON.createObjectNode().put("status", status).put("message", message);
  }

  private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    headers(exchange, "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void headers(HttpExchange exchange, String contentType) {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    exchange.getResponseHeaders().set("Content-Security-Policy", CSP);
    exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
  }

  private static final class NotFound extends RuntimeException {
    NotFound(String message) {
      super(message);
    }
  }

  @Override
  public void close() {
    events.close();
    server.stop(0);
    executor.shutdownNow();
  }
}
