package io.newswire.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.analysis.entity.EntityKind;
import io.newswire.analysis.entity.Mention;
import io.newswire.analysis.inspection.InspectionFacts;
import io.newswire.analysis.text.VietnameseText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed article against its hand-made gold annotation: entities, title holders and inspection facts. */
class SeedGoldTest {
  static Analysis analysis;
  static JsonNode gold;

  @BeforeAll
  static void analyse() {
    analysis = new ArticleAnalyzer().analyze(SeedCorpus.input());
    gold = SeedCorpus.gold();
  }

  @Test
  void everyRequiredEntityIsFoundAndNothingElse() {
    Set<String> found = new TreeSet<>();
    Set<String> goldTypes = new TreeSet<>();
    for (JsonNode e : gold.get("entities")) {
      goldTypes.add(e.get("type").asText());
    }
    for (Mention m : analysis.mentions()) {
      if (goldTypes.contains(m.kind().name())) {
        found.add(m.kind() + ":" + m.canonical());
      }
    }
    List<String> missing = new ArrayList<>();
    Set<String> allowed = new TreeSet<>();
    for (JsonNode e : gold.get("entities")) {
      String id = e.get("type").asText() + ":" + e.get("name").asText();
      allowed.add(id);
      if (!e.path("optional").asBoolean(false) && !found.contains(id)) {
        missing.add(id);
      }
    }
    Set<String> extra = new TreeSet<>(found);
    extra.removeAll(allowed);
    assertEquals(List.of(), missing, "missing; found " + found);
    assertEquals(Set.of(), extra, "false positives");
  }

  @Test
  void titlesAreLinkedToTheirHolders() {
    List<String> missing = new ArrayList<>();
    for (JsonNode p : gold.get("positions")) {
      String person = p.get("person").asText();
      for (JsonNode t : p.get("titles")) {
        String title = VietnameseText.keyOf(t.asText());
        boolean linked = analysis.mentions().stream().anyMatch(m -> m.kind() == EntityKind.POSITION
            && person.equals(m.holder()) && VietnameseText.keyOf(m.canonical()).equals(title));
        if (!linked) {
          missing.add(person + " → " + t.asText());
        }
      }
    }
    assertEquals(List.of(), missing, "unlinked titles; positions found: " + analysis.mentions().stream()
        .filter(m -> m.kind() == EntityKind.POSITION).map(m -> m.canonical() + "@" + m.holder()).toList());
  }

  @Test
  void inspectionFactsMatchTheGold() {
    JsonNode g = gold.get("inspection");
    InspectionFacts f = analysis.inspection();
    assertTrue(f.isInspectionDelegationStory());
    assertEquals(g.get("delegationNumber").asText(), f.delegationNumber());
    assertEquals(List.of("Bộ Chính trị"), f.issuers());
    assertEquals(g.get("level").asText(), f.level());
    assertEquals(g.get("head").asText(), f.head());
    assertEquals(List.of("Trần Quốc Cường"), f.deputyHeads());
    assertEquals(List.of("Ban Tổ chức Trung ương"), f.inspectedOrganizations());
    assertEquals(g.get("stage").asText(), f.stage());
    assertEquals(g.get("subject").asText(), f.subject());
    assertEquals(LocalDate.of(2022, 10, 11), f.eventDate());
    assertEquals(g.get("location").asText(), f.location());
    assertTrue(f.evidence().startsWith("Chiều 11/10, tại Hà Nội, Đoàn kiểm tra số 538"), f.evidence());
    assertTrue(f.confidence() >= 0.9, "confidence " + f.confidence());
  }
}
