package io.newswire.sink;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.newswire.schemas.EnrichedArticle;
import io.newswire.topics.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** Keeps each story's dashboard document and emits it on every change (compacted topic: latest wins). */
final class StoryProcessor implements Processor<String, EnrichedArticle, String, String> {
  static final String STORE = "stories";
  private final MeterRegistry metrics;
  private ProcessorContext<String, String> context;
  private KeyValueStore<String, String> stories;

  StoryProcessor(MeterRegistry metrics) {
    this.metrics = metrics;
  }

  @Override
  public void init(ProcessorContext<String, String> context) {
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
    try {
      String before = stories.get(record.key());
      ObjectNode story = StoryJson.fold(before == null ? null : (ObjectNode) StoryJson.JSON.readTree(before), article);
      String json = StoryJson.JSON.writeValueAsString(story);
      stories.put(record.key(), json);
      context.forward(record.withValue(json));
    } catch (IOException e) {
      throw new UncheckedIOException("story " + record.key() + " in " + Topics.STORIES, e);
    }
  }
}
