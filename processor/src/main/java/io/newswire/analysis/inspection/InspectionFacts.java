package io.newswire.analysis.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * What an inspection-delegation story says. {@code level}, {@code kind} and {@code stage} use the names of the
 * Avro enums ({@code CENTRAL_PARTY} …, {@code SUPERVISION} …, {@code WORKING_SESSION} …).
 */
public record InspectionFacts(boolean isInspectionDelegationStory, String delegationNumber, List<String> issuers,
                              String level, String kind, String head, List<String> deputyHeads,
                              List<String> inspectedOrganizations, String stage, String subject, LocalDate eventDate,
                              String location, String evidence, double confidence) {

  public static InspectionFacts none(double confidence) {
    return new InspectionFacts(false, null, List.of(), null, null, null, List.of(), List.of(), "OTHER", null, null, null,
        null, confidence);
  }
}
