package io.newswire.analysis;

import io.newswire.analysis.entity.Mention;
import io.newswire.analysis.inspection.InspectionFacts;
import java.util.List;

/**
 * The result of analysing one article: its clean display text, the entity mentions (offsets into that text)
 * and the inspection-delegation facts.
 *
 * @param truncatedAt the characters analysed when the text was longer than the analyser's budget (mentions and
 *     facts cover only them; the text here is whole), else null
 */
public record Analysis(String title, String lead, List<String> paragraphs, List<String> captions,
                       List<Mention> mentions, InspectionFacts inspection, Integer truncatedAt, MatchKeys keys) {

  /**
   * The match keys the analysis made of the title, the lead ("" when there is none) and each paragraph, for whoever
   * needs them next (the dedup fingerprint) instead of making them again; null when the text was cut, since the
   * keys then cover only the analysed part.
   */
  public record MatchKeys(String title, String lead, List<String> paragraphs) {}

  /** Whether the text was longer than the analyser's budget, so that its end was kept but not analysed. */
  public boolean truncated() {
    return truncatedAt != null;
  }
}
