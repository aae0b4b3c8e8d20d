package io.newswire.processor;

import io.newswire.schemas.DeadLetter;
import io.newswire.schemas.EnrichedArticle;

/** What a processing step made of one record: an article to pass on, or a dead letter. Never crosses a topic. */
record Outcome(EnrichedArticle article, DeadLetter deadLetter) {
  static Outcome of(EnrichedArticle article) {
    return new Outcome(article, null);
  }

  static Outcome dead(DeadLetter letter) {
    return new Outcome(null, letter);
  }

  boolean isDead() {
    return deadLetter != null;
  }
}
