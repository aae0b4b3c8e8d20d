package io.newswire.app.ops;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/** Healthy while the cluster answers {@code describeCluster}; the answer is cached briefly so scrapes stay cheap. */
public final class KafkaConnectivityCheck implements HealthCheck {
  private static final long CACHE_NANOS = Duration.ofSeconds(5).toNanos();

  private final Admin admin;
  private volatile Result last;
  private volatile long lastAt;

  public KafkaConnectivityCheck(Admin admin) {
    this.admin = admin;
  }

  @Override
  public String name() {
    return "kafka";
  }

  @Override
  public Result check() {
    long now = System.nanoTime();
    Result cached = last;
    if (cached != null && now - lastAt < CACHE_NANOS) {
      return cached;
    }
    Result result;
    try {
      int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000))
          .nodes().get(2500, TimeUnit.MILLISECONDS).size();
      result = nodes > 0 ? Result.up(nodes + " broker(s) reachable") : Result.down("no broker reachable");
    } catch (Exception e) {
      result = Result.down("cluster unreachable: " + e.getClass().getSimpleName());
    }
    last = result;
    lastAt = now;
    return result;
  }
}
