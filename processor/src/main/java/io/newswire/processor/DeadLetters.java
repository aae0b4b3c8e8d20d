package io.newswire.processor;

import io.newswire.schemas.DeadLetter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/** Dead letters with the context an operator needs to find and replay the record. */
final class DeadLetters {
  /** Payloads are kept up to this size, so one huge bad record cannot clog the DLQ. */
  private static final int MAX_PAYLOAD = 1 << 20;

  private DeadLetters() {}

  static DeadLetter of(String stage, String reason, Exception e, String key, byte[] payload,
                       RecordMetadata where, Instant now) {
    byte[] kept = payload == null ? null : payload.length > MAX_PAYLOAD ? Arrays.copyOf(payload, MAX_PAYLOAD) : payload;
    return DeadLetter.newBuilder()
        .setStage(stage).setReason(reason)
        .setErrorClass(e == null ? null : e.getClass().getName())
        .setErrorMessage(e == null ? null : String.valueOf(e.getMessage()))
        .setUrl(key)
        .setSourceTopic(where == null ? null : where.topic())
        .setSourcePartition(where == null ? null : where.partition())
        .setSourceOffset(where == null ? null : where.offset())
        .setKey(key == null ? null : ByteBuffer.wrap(key.getBytes(StandardCharsets.UTF_8)))
        .setPayload(kept == null ? null : ByteBuffer.wrap(kept))
        .setTime(now)
        .build();
  }
}
