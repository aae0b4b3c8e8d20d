package io.newswire.app.ops;

/** One thing that must be true for a role to be healthy. */
public interface HealthCheck {

  record Result(boolean healthy, String detail) {
    public static Result up(String detail) {
      return new Result(true, detail);
    }

    public static Result down(String detail) {
      return new Result(false, detail);
    }
  }

  String name();

  Result check();
}
