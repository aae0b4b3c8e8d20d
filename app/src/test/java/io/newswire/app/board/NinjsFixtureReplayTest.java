package io.newswire.app.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.analysis.ArticleAnalyzer;
import io.newswire.ingest.extract.ExtractionException;
import io.newswire.ingest.extract.Extractors;
import io.newswire.ingest.extract.FixtureCorpus;
import io.newswire.processor.ProcessorSettings;
import io.newswire.processor.ProcessorTopology;
import io.newswire.schemas.EnrichedArticle;
import io.newswire.schemas.NewswireSerdes;
import io.newswire.schemas.RawArticle;
import io.newswire.sink.SinkSettings;
import io.newswire.sink.SinkTopology;
import io.newswire.topics.Topics;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;

/**
 * Every fixture page through the processor and sink topologies, and every story document they write, as ninjs,
 * against the official schema: what a dashboard downloading the replayed fixtures would get.
 */
class NinjsFixtureReplayTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Properties props(String id) {
    Properties props = new Properties();
    props.put("application.id", id);
    props.put("bootstrap.servers", "unused:9092");
    return props;
  }

  @Test
  void everyStoryOfTheFixtureReplayIsAValidNinjsItem() throws Exception {
    Map<String, String> stories = new LinkedHashMap<>();
    try (TopologyTestDriver processor = new TopologyTestDriver(ProcessorTopology.build(ProcessorSettings.defaults(),
             new ArticleAnalyzer(), new SimpleMeterRegistry()), props("ninjs-processor"));
         TopologyTestDriver sink = new TopologyTestDriver(SinkTopology.build(SinkSettings.defaults(),
             new SimpleMeterRegistry()), props("ninjs-sink"))) {
      TestInputTopic<String, byte[]> raw = processor.createInputTopic(Topics.PAGES_RAW, Serdes.String().serializer(),
          Serdes.ByteArray().serializer());
      TestOutputTopic<String, EnrichedArticle> enriched = processor.createOutputTopic(Topics.ARTICLES_ENRICHED,
          Serdes.String().deserializer(), NewswireSerdes.enrichedArticle().deserializer());
      TestInputTopic<String, EnrichedArticle> sinkIn = sink.createInputTopic(Topics.ARTICLES_ENRICHED,
          Serdes.String().serializer(), NewswireSerdes.enrichedArticle().serializer());
      TestOutputTopic<String, String> storyOut = sink.createOutputTopic(Topics.STORIES, Serdes.String().deserializer(),
          Serdes.String().deserializer());
      Extractors extractors = new Extractors();
      for (FixtureCorpus.Fixture fixture : FixtureCorpus.all()) {
        RawArticle article;
        try {
          article = extractors.extract(fixture.page());
        } catch (ExtractionException notAnArticle) {
          continue; // the fixtures of pages that are not articles
        }
        raw.pipeInput(article.getCanonicalUrl(), NewswireSerdes.rawArticle().serialize(Topics.PAGES_RAW, article));
      }
      for (KeyValue<String, EnrichedArticle> record : enriched.readKeyValuesToList()) {
        sinkIn.pipeInput(record.key, record.value);
      }
      storyOut.readKeyValuesToList().forEach(kv -> stories.put(kv.key, kv.value)); // the latest per story
    }
    assertTrue(stories.size() >= 8, "stories: " + stories.size());
    JsonSchema schema = NinjsTest.schema();
    int withBody = 0;
    for (String story : stories.values()) {
      JsonNode item = Ninjs.of(JSON.readTree(story));
      NinjsTest.assertValid(schema, item);
      withBody += item.has("bodies") ? 1 : 0;
    }
    assertEquals(stories.size(), withBody, "every story that has its own version carries its body");
  }
}
