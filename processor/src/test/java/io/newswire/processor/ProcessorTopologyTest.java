package io.newswire.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.analysis.ArticleAnalyzer;
import io.newswire.analysis.dedup.DedupState;
import io.newswire.schemas.DeadLetter;
import io.newswire.schemas.DedupCandidate;
import io.newswire.schemas.DedupVerdict;
import io.newswire.schemas.EnrichedArticle;
import io.newswire.schemas.NewswireSerdes;
import io.newswire.schemas.RawArticle;
import io.newswire.topics.Topics;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each dedup verdict, hard negatives and dead letters, through the very topology the application runs. */
class ProcessorTopologyTest {
  static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
  static ArticleAnalyzer analyzer;
  TopologyTestDriver driver;
  TestInputTopic<String, byte[]> raw;
  TestOutputTopic<String, EnrichedArticle> enriched;
  TestOutputTopic<String, DeadLetter> dlq;
  SimpleMeterRegistry metrics;

  @BeforeAll
  static void loadGazetteers() {
    analyzer = new ArticleAnalyzer();
  }

  @BeforeEach
  void start() {
    startWith(ProcessorSettings.defaults(), analyzer);
  }

  private void startWith(ProcessorSettings settings, ArticleAnalyzer analyzer) {
    if (driver != null) {
      driver.close();
    }
    metrics = new SimpleMeterRegistry(); // a topology's meters belong to one registry
    driver = new TopologyTestDriver(ProcessorTopology.build(settings, analyzer, metrics), props(), START);
    raw = driver.createInputTopic(Topics.PAGES_RAW, Serdes.String().serializer(), Serdes.ByteArray().serializer());
    enriched = driver.createOutputTopic(Topics.ARTICLES_ENRICHED, Serdes.String().deserializer(),
        NewswireSerdes.enrichedArticle().deserializer());
    dlq = driver.createOutputTopic(Topics.DLQ, Serdes.String().deserializer(), NewswireSerdes.deadLetter().deserializer());
  }

  private static Properties props() {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "processor-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    return props;
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  private void send(RawArticle article) {
    raw.pipeInput(article.getCanonicalUrl(), NewswireSerdes.rawArticle().serialize(Topics.PAGES_RAW, article));
  }

  @Test
  void aFirstSightingIsNewAndEnriched() {
    send(Articles.seed());
    KeyValue<String, EnrichedArticle> out = enriched.readKeyValue();
    assertEquals(DedupVerdict.NEW, out.value.getDedup().getVerdict());
    assertEquals(1, out.value.getDedup().getVersion());
    assertEquals(Enrichment.storyIdFor(Articles.SEED_URL), out.key);
    assertEquals(out.key, out.value.getStoryId());
    assertTrue(out.value.getInspection().getIsInspectionDelegationStory());
    assertEquals("538", out.value.getInspection().getDelegationNumber());
    assertTrue(out.value.getEntities().size() > 20);
    assertTrue(enriched.isEmpty());
  }

  @Test
  void theSamePageAgainIsUnchangedAndNotEmitted() {
    send(Articles.seed());
    send(Articles.seed());
    assertEquals(1, enriched.readValuesToList().size());
    assertEquals(1.0, metrics.counter("news.dedup.verdicts", "verdict", "UNCHANGED").count());
  }

  @Test
  void aCorrectedPageIsAnUpdateOfTheSameStory() {
    send(Articles.seed());
    RawArticle corrected = Articles.seed();
    List<String> paragraphs = new ArrayList<>(corrected.getParagraphs());
    paragraphs.add("Đoàn kiểm tra sẽ báo cáo Bộ Chính trị kết quả kiểm tra trong tháng 11.");
    corrected.setParagraphs(paragraphs);
    send(corrected);
    List<KeyValue<String, EnrichedArticle>> out = enriched.readKeyValuesToList();
    assertEquals(2, out.size());
    EnrichedArticle update = out.get(1).value;
    assertEquals(DedupVerdict.UPDATED, update.getDedup().getVerdict());
    assertEquals(2, update.getDedup().getVersion());
    assertEquals(out.get(0).key, out.get(1).key);
    assertEquals("1 paragraph(s) added", update.getDedup().getChanges());
  }

  /** Another site's copy of the seed: other tone style, NFD text, captions dropped, last paragraph trimmed. */
  private static RawArticle copyElsewhere() {
    RawArticle copy = Articles.seedAt("https://www.vietnamplus.vn/doan-kiem-tra-so-538-post812345.vnp");
    copy.setTitle(Normalizer.normalize(copy.getTitle().replace("Ủy", "Uỷ"), Normalizer.Form.NFD));
    List<String> paragraphs = new ArrayList<>(copy.getParagraphs().subList(0, copy.getParagraphs().size() - 1));
    paragraphs.replaceAll(p -> p.replace("hóa", "hoá"));
    copy.setParagraphs(paragraphs);
    copy.setImages(List.of());
    return copy;
  }

  @Test
  void aRepublishedCopyElsewhereIsADuplicateKeptUnderTheFirstStory() {
    send(Articles.seed());
    send(copyElsewhere());
    List<KeyValue<String, EnrichedArticle>> out = enriched.readKeyValuesToList();
    assertEquals(2, out.size());
    EnrichedArticle duplicate = out.get(1).value;
    assertEquals(DedupVerdict.DUPLICATE, duplicate.getDedup().getVerdict());
    assertEquals(out.get(0).key, duplicate.getDedup().getDuplicateOf());
    assertEquals(out.get(0).key, out.get(1).key, "keyed by the first story");
    assertTrue(duplicate.getDedup().getSimilarity() >= 0.7, "similarity " + duplicate.getDedup().getSimilarity());
  }

  @Test
  void bucketMembershipsLeftByAnEarlierBuildAreMovedIntoTheirBandsAndStillFindCopies() {
    send(Articles.seed());
    String original = enriched.readValue().getStoryId();
    Map<String, List<KeyValue<String, Object>>> index = new java.util.HashMap<>();
    for (String name : new String[] {DedupStores.URLS, DedupStores.TEXTS, DedupStores.STORIES, DedupStores.BANDS}) {
      KeyValueStore<String, Object> store = driver.getKeyValueStore(name);
      try (var all = store.all()) {
        List<KeyValue<String, Object>> entries = new ArrayList<>();
        all.forEachRemaining(entries::add);
        index.put(name, entries);
      }
    }
    // a restart on the index as the build before band entries left it: one entry per (band, story) in dedup-buckets
    startWith(ProcessorSettings.defaults(), analyzer);
    for (String name : new String[] {DedupStores.URLS, DedupStores.TEXTS, DedupStores.STORIES}) {
      KeyValueStore<String, Object> store = driver.getKeyValueStore(name);
      index.get(name).forEach(e -> store.put(e.key, e.value));
    }
    KeyValueStore<String, Long> memberships = driver.getKeyValueStore(DedupStores.MEMBERSHIPS);
    int written = 0;
    for (KeyValue<String, Object> band : index.get(DedupStores.BANDS)) {
      @SuppressWarnings("unchecked")
      Map<String, Long> members = (Map<String, Long>) band.value;
      for (Map.Entry<String, Long> member : members.entrySet()) {
        memberships.put(band.key + "|" + member.getKey(), member.getValue());
        written++;
      }
    }
    assertTrue(written >= 16, "the seed sits in its bands: " + written);

    send(copyElsewhere());
    EnrichedArticle copy = enriched.readValue();
    assertEquals(DedupVerdict.DUPLICATE, copy.getDedup().getVerdict(), "found through the moved buckets");
    assertEquals(original, copy.getDedup().getDuplicateOf());
    assertEquals(written, metrics.counter("news.dedup.memberships.migrated").count());
    try (var left = memberships.all()) {
      assertFalse(left.hasNext(), "the old store is emptied");
    }
  }

  @Test
  void theSameTemplateAboutAnotherOrganIsAnotherStory() {
    send(Articles.seed());
    RawArticle sibling = Articles.seedAt("https://baotintuc.vn/thoi-su/doan-kiem-tra-so-537-20221014120000000.htm");
    sibling.setTitle("Đoàn kiểm tra số 537 của Bộ Chính trị làm việc với Ban Nội chính Trung ương");
    sibling.setLead(sibling.getLead().replace("538", "537").replace("Chiều 11/10", "Sáng 14/10")
        .replace("với Ban Tổ chức Trung ương", "với Ban Nội chính Trung ương"));
    send(sibling);
    List<EnrichedArticle> out = enriched.readValuesToList();
    assertEquals(2, out.size());
    assertEquals(DedupVerdict.NEW, out.get(1).getDedup().getVerdict());
  }

  @Test
  void corruptRecordsAreDeadLetteredWithContextAndProcessingGoesOn() {
    raw.pipeInput(Articles.SEED_URL, "<html>not avro</html>".getBytes());
    send(Articles.seed());
    DeadLetter letter = dlq.readValue();
    assertEquals("processor.deserialize", letter.getStage());
    assertEquals("corrupt-record", letter.getReason());
    assertEquals(Topics.PAGES_RAW, letter.getSourceTopic());
    assertNotNull(letter.getSourceOffset());
    assertEquals(Articles.SEED_URL, letter.getUrl());
    assertEquals("<html>not avro</html>", new String(letter.getPayload().array()));
    assertEquals(DedupVerdict.NEW, enriched.readValue().getDedup().getVerdict());
  }

  @Test
  void aCandidateAnEarlierBuildLeftOnTheRepartitionTopicStillBecomesAStory() throws Exception {
    EnrichedArticle article = Enrichment.enrich(analyzer.analyze(Enrichment.inputOf(Articles.seed())), Articles.seed(),
        Enrichment.storyIdFor(Articles.SEED_URL), io.newswire.schemas.Dedup.newBuilder().setVerdict(DedupVerdict.NEW)
            .build(), START);
    org.apache.avro.Schema v1 = io.newswire.schemas.SchemaHistory.olderVersionsOf(DedupCandidate.getClassSchema()
        .getFullName()).get(0);
    java.nio.ByteBuffer earlier = new org.apache.avro.message.BinaryMessageEncoder<DedupCandidate>(
        org.apache.avro.specific.SpecificData.getForClass(DedupCandidate.class), v1).encode(DedupCandidates.of(article));

    repartition().pipeInput(Articles.SEED_URL, java.util.Arrays.copyOfRange(earlier.array(), earlier.position(),
        earlier.limit()));

    KeyValue<String, EnrichedArticle> out = enriched.readKeyValue();
    assertEquals(DedupVerdict.NEW, out.value.getDedup().getVerdict());
    assertEquals(Enrichment.storyIdFor(Articles.SEED_URL), out.key);
    assertEquals(article.getEntities(), out.value.getEntities());
  }

  @Test
  void aCandidateWithoutItsArticleIsDeadLetteredAndLeavesNoTraceInTheIndex() {
    DedupCandidate empty = DedupCandidates.of(Enrichment.enrich(analyzer.analyze(Enrichment.inputOf(Articles.seed())),
        Articles.seed(), "s-1", io.newswire.schemas.Dedup.newBuilder().setVerdict(DedupVerdict.NEW).build(), START));
    empty.setArticle(null);
    String copyUrl = "https://baotintuc.vn/ban-sao-20221011.htm";
    send(Articles.seed());
    assertEquals(DedupVerdict.NEW, enriched.readValue().getDedup().getVerdict());

    // a copy of the seed's text under another URL: a duplicate, had it carried its article
    repartition().pipeInput(copyUrl, NewswireSerdes.dedupCandidate().serialize("t", empty));
    send(RawArticle.newBuilder(Articles.seed()).setCanonicalUrl(copyUrl).build());

    DeadLetter letter = dlq.readValue();
    assertEquals("processor.dedup", letter.getStage());
    assertEquals("dedup-failed", letter.getReason());
    assertEquals(DedupVerdict.DUPLICATE, enriched.readValue().getDedup().getVerdict(),
        "the index did not remember the URL of the refused candidate");
  }

  private TestInputTopic<String, byte[]> repartition() {
    return driver.createInputTopic("processor-test-" + ProcessorTopology.DEDUP_REPARTITION + "-repartition",
        Serdes.String().serializer(), Serdes.ByteArray().serializer());
  }

  @Test
  void anArticleLongerThanTheBudgetFlowsWholeWithHowMuchWasAnalysedAndIsCounted() {
    startWith(ProcessorSettings.defaults(), new ArticleAnalyzer(io.newswire.analysis.entity.Gazetteer.load(), 1_000));
    send(Articles.seed()); // ≈ 6,600 characters
    EnrichedArticle out = enriched.readValue();
    assertEquals(1_000, out.getAnalysisTruncatedAt());
    assertEquals(Articles.seed().getParagraphs().size(), out.getParagraphs().size(), "the text is kept whole");
    assertTrue(out.getInspection().getIsInspectionDelegationStory(), "the opening was analysed");
    assertEquals(1.0, metrics.counter("news.analysis.truncated").count());
    send(RawArticle.newBuilder(Articles.seed()).setCanonicalUrl("https://baotintuc.vn/other-20221011.htm")
        .setParagraphs(List.of("Một đoạn ngắn.")).build());
    assertNull(enriched.readValue().getAnalysisTruncatedAt(), "a short article is analysed whole");
  }

  @Test
  void aPageWithoutAHeadlineOrABodyIsDeadLetteredNotAStory() {
    send(RawArticle.newBuilder(Articles.seed()).setTitle(" \u2060\u200b ").build());
    send(RawArticle.newBuilder(Articles.seed()).setCanonicalUrl("https://baotintuc.vn/trong-20240101.htm")
        .setLead(null).setParagraphs(List.of(" ", "\u00ad")).build());
    DeadLetter first = dlq.readValue();
    assertEquals("processor.validate", first.getStage());
    assertEquals("empty-title", first.getReason());
    assertEquals("no-body", dlq.readValue().getReason());
    assertTrue(enriched.isEmpty(), "neither became a story");
    send(Articles.seed());
    assertEquals(DedupVerdict.NEW, enriched.readValue().getDedup().getVerdict(), "and none sits in the dedup index");
  }

  @Test
  void theHourlyPurgeForgetsStoriesPastTheRetentionAndKeepsRecentOnes() {
    startWith(new ProcessorSettings(0.7, Duration.ofDays(14), Duration.ofHours(1)), analyzer);
    send(Articles.seed()); // seen on day 0
    String oldStory = enriched.readValue().getStoryId();
    driver.advanceWallClockTime(Duration.ofDays(10));
    RawArticle recent = Articles.seedAt("https://baotintuc.vn/thoi-su/doan-kiem-tra-so-537-20221020120000000.htm");
    recent.setTitle("Đoàn kiểm tra số 537 của Bộ Chính trị làm việc với Ban Nội chính Trung ương");
    recent.setLead(recent.getLead().replace("538", "537").replace("Chiều 11/10", "Sáng 20/10")
        .replace("với Ban Tổ chức Trung ương", "với Ban Nội chính Trung ương"));
    send(recent); // seen on day 10
    String recentStory = enriched.readValue().getStoryId();
    assertEquals(0.0, metrics.counter("news.dedup.purged").count(), "nothing is 14 days old yet");
    assertTrue(metrics.get("news.dedup.store.entries").gauge().value() > 0, "the gauge reads the open stores");

    driver.advanceWallClockTime(Duration.ofDays(5)); // day 15: the purge runs with its cutoff at day 1

    KeyValueStore<String, DedupState.SeenUrl> urls = driver.getKeyValueStore(DedupStores.URLS);
    KeyValueStore<String, DedupState.IndexedStory> stories = driver.getKeyValueStore(DedupStores.STORIES);
    KeyValueStore<String, Map<String, Long>> buckets = driver.getKeyValueStore(DedupStores.BANDS);
    assertNull(urls.get(Articles.SEED_URL), "the day-0 URL is gone");
    assertNull(stories.get(oldStory), "and its story");
    assertNotNull(urls.get(recent.getCanonicalUrl()), "the day-10 URL stays");
    assertNotNull(stories.get(recentStory));
    try (var all = buckets.all()) {
      all.forEachRemaining(b -> assertFalse(b.value.containsKey(oldStory), "no bucket names the purged story"));
    }
    try (var all = buckets.all()) {
      List<Map<String, Long>> left = new ArrayList<>();
      all.forEachRemaining(b -> left.add(b.value));
      assertTrue(left.stream().anyMatch(b -> b.containsKey(recentStory)), "the recent story's buckets stay");
    }
    assertTrue(metrics.counter("news.dedup.purged").count() >= 3, "URL, text and story of day 0");

    send(recent);
    assertTrue(enriched.isEmpty(), "the recent page is still known: UNCHANGED");
    send(Articles.seed());
    assertEquals(DedupVerdict.NEW, enriched.readValue().getDedup().getVerdict(), "the forgotten page is new again");
  }
}
