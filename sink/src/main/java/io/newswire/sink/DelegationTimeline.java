package io.newswire.sink;

import io.newswire.json.RecordJson;
import io.newswire.schemas.EnrichedArticle;
import io.newswire.schemas.Inspection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One delegation's timeline on {@code newsroom.delegations}: who sent it, its number, level and head, every organ it
 * inspected, and one event per story about it (stage, date, headline), in the order the stories arrived.
 */
record DelegationTimeline(String delegation, String delegationNumber, List<String> issuers, String level, String head,
                          List<String> inspectedOrganizations, List<String> storyIds, List<Event> events,
                          String latestStage, String updatedAt) {

  /** What one story says about the delegation. */
  record Event(String storyId, String stage, String eventDate, String headline, String url, String head,
               List<String> inspectedOrganizations) {}

  DelegationTimeline {
    issuers = issuers == null ? List.of() : List.copyOf(issuers);
    inspectedOrganizations = inspectedOrganizations == null ? List.of() : List.copyOf(inspectedOrganizations);
    storyIds = storyIds == null ? List.of() : List.copyOf(storyIds);
    events = events == null ? List.of() : List.copyOf(events);
  }

  /** The timeline of a delegation first seen in {@code a}, before {@code a} is added. */
  static DelegationTimeline start(String key, EnrichedArticle a) {
    Inspection i = a.getInspection();
    return new DelegationTimeline(key, i.getDelegationNumber(), i.getIssuers(),
        i.getLevel() == null ? null : i.getLevel().name(), i.getHead(), List.of(), List.of(), List.of(), null, null);
  }

  boolean mentions(String storyId) {
    return storyIds.contains(storyId);
  }

  /** The timeline with {@code a}'s event added, or replacing the event of the same story (a correction). */
  DelegationTimeline with(EnrichedArticle a) {
    Inspection i = a.getInspection();
    Event event = new Event(a.getStoryId(), i.getStage().name(), i.getEventDate() == null ? null
        : i.getEventDate().toString(), a.getTitle(), a.getCanonicalUrl(), i.getHead(), i.getInspectedOrganizations());
    List<Event> allEvents = new ArrayList<>(events);
    allEvents.removeIf(e -> e.storyId().equals(a.getStoryId()));
    int at = events.stream().map(Event::storyId).toList().indexOf(a.getStoryId());
    allEvents.add(at < 0 ? allEvents.size() : at, event);
    List<String> ids = new ArrayList<>(storyIds);
    if (!ids.contains(a.getStoryId())) {
      ids.add(a.getStoryId());
    }
    Set<String> organs = new LinkedHashSet<>(inspectedOrganizations);
    organs.addAll(i.getInspectedOrganizations());
    return new DelegationTimeline(delegation, delegationNumber, issuers, level, head, List.copyOf(organs), ids,
        allEvents, i.getStage().name(), RecordJson.formatInstant(a.getProcessedAt()));
  }
}
