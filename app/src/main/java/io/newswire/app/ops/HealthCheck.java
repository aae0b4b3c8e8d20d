package io.newswire.app.ops;

import java.util.List;

/** One thing that must be true for a role to be healthy. */
public interface HealthCheck {

  /**
   * A check's answer. {@code warnings} are things an operator should see that do not make the process unready —
   * a news site that cannot be reached, say: one line each on /health, the status stays 200.
   */
  record Result(boolean healthy, String detail, List<String> warnings) {
    public static Result up(String detail) {
      return new Result(true, detail, List.of());
    }

    public static Result down(String detail) {
      return new Result(false, detail, List.of());
    }

    public Result withWarnings(List<String> lines) {
      return new Result(healthy, detail, List.copyOf(lines));
    }
  }

  String name();

  Result check();
}
