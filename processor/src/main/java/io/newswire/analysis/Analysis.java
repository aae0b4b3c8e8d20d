package io.newswire.analysis;

import io.newswire.analysis.entity.Mention;
import io.newswire.analysis.inspection.InspectionFacts;
import java.util.List;

/**
 * The result of analysing one article: its clean display text, the entity mentions (offsets into that text)
 * and the inspection-delegation facts.
 */
public record Analysis(String title, String lead, List<String> paragraphs, List<String> captions,
                       List<Mention> mentions, InspectionFacts inspection) {}
