package io.newswire.sink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.newswire.json.RecordJson;
import io.newswire.schemas.EnrichedArticle;
import io.newswire.schemas.Inspection;
import io.newswire.schemas.InspectionAlert;
import io.newswire.schemas.InspectionLevel;
import io.newswire.schemas.Severity;
import io.newswire.topics.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Per delegation (issuer + number + year): the timeline of its stages, and exactly one alert for each story new
 * to it. A story already on the timeline (a correction, a restart replaying input) never alerts again: the
 * timeline lives in a changelogged store and is written in the same transaction as the alert.
 */
final class DelegationProcessor implements Processor<String, EnrichedArticle, String, SinkOutput> {
  static final String STORE = "delegations";
  private final SinkSettings settings;
  private final MeterRegistry metrics;
  private ProcessorContext<String, SinkOutput> context;
  private KeyValueStore<String, String> timelines;

  DelegationProcessor(SinkSettings settings, MeterRegistry metrics) {
    this.settings = settings;
    this.metrics = metrics;
  }

  @Override
  public void init(ProcessorContext<String, SinkOutput> context) {
    this.context = context;
    this.timelines = context.getStateStore(STORE);
  }

  /** Issuer, number and year: the identity of a delegation across its stories. */
  static String delegationKey(EnrichedArticle a) {
    Inspection i = a.getInspection();
    String issuer = i.getIssuers().isEmpty() ? "?" : i.getIssuers().get(0);
    String which = i.getDelegationNumber() != null ? "số " + i.getDelegationNumber()
        : i.getInspectedOrganizations().isEmpty() ? "?" : "→ " + i.getInspectedOrganizations().get(0);
    int year = i.getEventDate() != null ? i.getEventDate().getYear()
        : a.getPublishedAt() != null ? a.getPublishedAt().atZone(RecordJson.NEWSROOM_ZONE).getYear() : 0;
    return issuer + " | " + which + " | " + year;
  }

  @Override
  public void process(Record<String, EnrichedArticle> record) {
    EnrichedArticle a = record.value();
    Inspection i = a.getInspection();
    try {
      String json = timelines.get(record.key());
      ObjectNode timeline = json == null ? newTimeline(record.key(), a) : (ObjectNode) StoryJson.JSON.readTree(json);
      ArrayNode storyIds = (ArrayNode) timeline.get("storyIds");
      List<String> earlier = new ArrayList<>();
      storyIds.forEach(s -> earlier.add(s.asText()));
      boolean newStory = !earlier.contains(a.getStoryId());
      ObjectNode event = null;
      for (JsonNode e : timeline.get("events")) {
        if (e.get("storyId").asText().equals(a.getStoryId())) {
          event = (ObjectNode) e;
        }
      }
      if (event == null) {
        event = ((ArrayNode) timeline.get("events")).addObject();
        storyIds.add(a.getStoryId());
      }
      event.put("storyId", a.getStoryId());
      event.put("stage", i.getStage().name());
      event.put("eventDate", i.getEventDate() == null ? null : i.getEventDate().toString());
      event.put("headline", a.getTitle());
      event.put("url", a.getCanonicalUrl());
      event.put("head", i.getHead());
      ArrayNode inspected = event.putArray("inspectedOrganizations");
      i.getInspectedOrganizations().forEach(inspected::add);
      ArrayNode all = (ArrayNode) timeline.get("inspectedOrganizations");
      for (String org : i.getInspectedOrganizations()) {
        boolean known = false;
        for (JsonNode n : all) {
          known |= n.asText().equals(org);
        }
        if (!known) {
          all.add(org);
        }
      }
      timeline.put("latestStage", i.getStage().name());
      timeline.put("updatedAt", RecordJson.formatInstant(a.getProcessedAt()));
      String out = StoryJson.JSON.writeValueAsString(timeline);
      timelines.put(record.key(), out);
      context.forward(record.withValue(new SinkOutput(Topics.DELEGATIONS, record.key(), out)));
      if (newStory && passesFilters(a)) {
        InspectionAlert alert = alert(a, earlier, Instant.ofEpochMilli(context.currentSystemTimeMs()));
        metrics.counter("news.alerts", "level", String.valueOf(i.getLevel()), "severity", alert.getSeverity().name()).increment();
        context.forward(record.withKey(a.getStoryId()).withValue(new SinkOutput(Topics.INSPECTION_ALERTS, a.getStoryId(), alert)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("delegation " + record.key(), e);
    }
  }

  private static ObjectNode newTimeline(String key, EnrichedArticle a) {
    Inspection i = a.getInspection();
    ObjectNode t = StoryJson.JSON.createObjectNode();
    t.put("delegation", key);
    t.put("delegationNumber", i.getDelegationNumber());
    ArrayNode issuers = t.putArray("issuers");
    i.getIssuers().forEach(issuers::add);
    t.put("level", i.getLevel() == null ? null : i.getLevel().name());
    t.put("head", i.getHead());
    t.putArray("inspectedOrganizations");
    t.putArray("storyIds");
    t.putArray("events");
    return t;
  }

  private boolean passesFilters(EnrichedArticle a) {
    Inspection i = a.getInspection();
    if (!settings.alertLevels().isEmpty() && (i.getLevel() == null || !settings.alertLevels().contains(i.getLevel().name()))) {
      return false;
    }
    if (!settings.alertIssuers().isEmpty() && i.getIssuers().stream().noneMatch(settings.alertIssuers()::contains)) {
      return false;
    }
    if (!settings.alertKeywords().isEmpty()) {
      String text = (a.getTitle() + " " + i.getEvidence()).toLowerCase(Locale.ROOT);
      return settings.alertKeywords().stream().anyMatch(k -> text.contains(k.toLowerCase(Locale.ROOT)));
    }
    return true;
  }

  static InspectionAlert alert(EnrichedArticle a, List<String> earlier, Instant now) {
    InspectionLevel level = a.getInspection().getLevel();
    Severity severity = level == InspectionLevel.CENTRAL_PARTY ? Severity.HIGH
        : level == InspectionLevel.LOCAL || level == null ? Severity.LOW : Severity.MEDIUM;
    return InspectionAlert.newBuilder().setAlertId("alert-" + a.getStoryId()).setStoryId(a.getStoryId())
        .setHeadline(a.getTitle()).setUrl(a.getCanonicalUrl()).setSource(a.getSource()).setPublishedAt(a.getPublishedAt())
        .setInspection(a.getInspection()).setSeverity(severity).setEarlierStoryIds(earlier).setCreatedAt(now).build();
  }
}
