package io.newswire.sink;

import io.micrometer.core.instrument.MeterRegistry;
import io.newswire.schemas.EnrichedArticle;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** Keeps each story's dashboard document and emits it on every change (compacted topic: latest wins). */
final class StoryProcessor implements Processor<String, EnrichedArticle, String, StoryDocument> {
  static final String STORE = "stories";
  private final MeterRegistry metrics;
  private ProcessorContext<String, StoryDocument> context;
  private KeyValueStore<String, StoryDocument> stories;

  StoryProcessor(MeterRegistry metrics) {
    this.metrics = metrics;
  }

  @Override
  public void init(ProcessorContext<String, StoryDocument> context) {
    this.context = context;
    this.stories = context.getStateStore(STORE);
  }

  @Override
  public void process(Record<String, EnrichedArticle> record) {
    EnrichedArticle article = record.value();
    if (article == null) {
      return;
    }
    metrics.counter("news.stories", "verdict", article.getDedup().getVerdict().name()).increment();
    StoryDocument before = stories.get(record.key());
    StoryDocument story = StoryDocument.fold(before, article);
    if (story != before) {
      stories.put(record.key(), story);
    }
    context.forward(record.withValue(story));
  }
}
