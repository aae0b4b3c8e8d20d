package io.newswire.app.replay;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until Streams applications have consumed everything: every partition they read has its committed offset
 * at the end. Topics written inside transactions end with a commit marker the consumer never "reads", so there
 * one offset short is the end.
 */
public final class Drain {
  private Drain() {}

  public static void await(Admin admin, List<String> groups, Set<String> nonTransactionalTopics, Duration timeout,
                           Runnable progress) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    int quietRounds = 0;
    while (System.nanoTime() < deadline) {
      boolean drained = true;
      for (String group : groups) {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
            .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        if (committed.isEmpty()) {
          drained = false;
          continue;
        }
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
            .get(10, TimeUnit.SECONDS);
        for (var e : committed.entrySet()) {
          long end = ends.get(e.getKey()).offset();
          long slack = nonTransactionalTopics.contains(e.getKey().topic()) ? 0 : 1;
          if (e.getValue() == null || e.getValue().offset() < end - slack) {
            drained = false;
          }
        }
      }
      quietRounds = drained ? quietRounds + 1 : 0;
      if (quietRounds >= 3) {
        return;
      }
      progress.run();
      Thread.sleep(500);
    }
    throw new IllegalStateException("the pipeline did not finish within " + timeout.toSeconds() + " s");
  }
}
