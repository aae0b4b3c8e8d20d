package io.newswire.sink;

import io.micrometer.core.instrument.MeterRegistry;
import io.newswire.json.RecordJson;
import io.newswire.schemas.EnrichedArticle;
import io.newswire.schemas.Inspection;
import io.newswire.schemas.InspectionAlert;
import io.newswire.schemas.InspectionLevel;
import io.newswire.schemas.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Per delegation (issuer + number + year): the timeline of its stages, and exactly one alert for each story new
 * to it. A story already on the timeline (a correction, a restart replaying input) never alerts again: the
 * timeline lives in a changelogged store and is written in the same transaction as the alert. Its two outputs go
 * to two named children ({@link #TIMELINES}, {@link #ALERTS}), each with its own type, as in Kafka's Processor API.
 */
final class DelegationProcessor implements Processor<String, EnrichedArticle, String, Object> {
  static final String STORE = "delegations";
  /** The child that writes {@code newsroom.delegations}. */
  static final String TIMELINES = "newsroom-delegations";
  /** The child that writes {@code alerts.inspection-delegations}. */
  static final String ALERTS = "inspection-alerts";
  private final SinkSettings settings;
  private final MeterRegistry metrics;
  private ProcessorContext<String, Object> context;
  private KeyValueStore<String, DelegationTimeline> timelines;

  DelegationProcessor(SinkSettings settings, MeterRegistry metrics) {
    this.settings = settings;
    this.metrics = metrics;
  }

  @Override
  public void init(ProcessorContext<String, Object> context) {
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
    DelegationTimeline before = timelines.get(record.key());
    if (before == null) {
      before = DelegationTimeline.start(record.key(), a);
    }
    boolean newStory = !before.mentions(a.getStoryId());
    DelegationTimeline timeline = before.with(a);
    timelines.put(record.key(), timeline);
    context.forward(record.withValue(timeline), TIMELINES);
    if (newStory && passesFilters(a)) {
      InspectionAlert alert = alert(a, before.storyIds(), Instant.ofEpochMilli(context.currentSystemTimeMs()));
      metrics.counter("news.alerts", "level", String.valueOf(a.getInspection().getLevel()), "severity",
          alert.getSeverity().name()).increment();
      context.forward(record.withKey(a.getStoryId()).withValue(alert), ALERTS);
    }
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
