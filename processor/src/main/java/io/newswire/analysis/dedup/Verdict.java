package io.newswire.analysis.dedup;

/**
 * The dedup verdict for one article.
 *
 * @param kind {@code NEW}, {@code UNCHANGED}, {@code UPDATED} or {@code DUPLICATE}
 * @param storyId the story the article belongs to
 * @param duplicateOf for DUPLICATE, the first story's id
 * @param similarity for DUPLICATE, the estimated similarity (1.0 for identical text)
 * @param changes for UPDATED, what changed
 */
public record Verdict(String kind, String storyId, int version, String duplicateOf, Double similarity, String changes) {}
