package io.newswire.analysis.entity;

import java.util.List;

/** The one piece of {@link PositionRules} the analyser needs after inspection detection. */
public final class PositionRulesAccess {
  private PositionRulesAccess() {}

  public static List<Mention> numberDelegationRoles(List<Mention> mentions, String delegationNumber) {
    return PositionRules.numberDelegationRoles(mentions, delegationNumber);
  }
}
