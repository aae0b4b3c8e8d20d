package io.newswire.app;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.awaitility.core.ConditionTimeoutException;

/** {@code newswire} as a user starts it: a separate JVM whose output goes to a log file, and its /health answers. */
public final class NewswireProcess {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private NewswireProcess() {}

  public static Process start(List<String> args, Path log, String... jvmOptions) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m"));
    command.addAll(List.of(jvmOptions));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Newswire.class.getName()));
    command.addAll(args);
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  static HttpResponse<String> awaitHealthy(String url, Process process, Path log) throws Exception {
    return awaitAnswer(url, process, log, "200", r -> r.statusCode() == 200);
  }

  static HttpResponse<String> awaitBody(String url, Process process, String expected, Path log) throws Exception {
    return awaitAnswer(url, process, log, "'" + expected + "'", r -> r.body().contains(expected));
  }

  /** Polls the endpoint until its answer is the one expected; fails at once if the process has exited. */
  static HttpResponse<String> awaitAnswer(String url, Process process, Path log, String expected,
                                          Predicate<HttpResponse<String>> done) throws Exception {
    try {
      return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
          .ignoreExceptionsInstanceOf(IOException.class) // not listening yet
          .until(() -> {
            if (!process.isAlive()) {
              throw new AssertionError("newswire exited with " + process.exitValue() + ":\n" + Files.readString(log));
            }
            return get(url);
          }, done::test);
    } catch (ConditionTimeoutException e) {
      throw new AssertionError("no " + expected + " from " + url + " after 90 s\n" + Files.readString(log), e);
    }
  }

  /** Waits until the process has logged {@code line}; fails at once if it has exited. */
  static void awaitLogged(Process process, Path log, String line) throws Exception {
    try {
      await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).until(() -> {
        if (!process.isAlive()) {
          throw new AssertionError("newswire exited with " + process.exitValue() + ":\n" + Files.readString(log));
        }
        return Files.readString(log).contains(line);
      });
    } catch (ConditionTimeoutException e) {
      throw new AssertionError("never logged '" + line + "' in 90 s\n" + Files.readString(log), e);
    }
  }

  static HttpResponse<String> get(String url) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
