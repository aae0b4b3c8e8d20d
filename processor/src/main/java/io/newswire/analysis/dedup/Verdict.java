package io.newswire.analysis.dedup;

/**
 * The dedup verdict for one article.
 *
 * @param kind what the article is to the stories already seen
 * @param storyId the story the article belongs to
 * @param duplicateOf for DUPLICATE, the first story's id
 * @param similarity for DUPLICATE, the estimated similarity (1.0 for identical text)
 * @param changes for UPDATED, what changed
 */
public record Verdict(Kind kind, String storyId, int version, String duplicateOf, Double similarity, String changes) {
  public enum Kind {
    /** First sighting of a story. */
    NEW,
    /** The same URL with the same normalized text: nothing to publish. */
    UNCHANGED,
    /** The same URL with other text: a new version of its story. */
    UPDATED,
    /** Another URL with the same story. */
    DUPLICATE
  }
}
