package io.newswire.processor;

import io.newswire.schemas.DeadLetter;

/**
 * What a processing step made of one record: a value to pass on (a dedup candidate after analysis, an article after
 * dedup), or a dead letter. Never crosses a topic.
 */
record Outcome<V>(V value, DeadLetter deadLetter) {
  static <V> Outcome<V> of(V value) {
    return new Outcome<>(value, null);
  }

  static <V> Outcome<V> dead(DeadLetter letter) {
    return new Outcome<>(null, letter);
  }

  boolean isDead() {
    return deadLetter != null;
  }
}
