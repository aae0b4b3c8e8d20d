package io.newswire.analysis.entity;

/**
 * One entity mention.
 *
 * @param field the text the offsets point into: {@code title}, {@code lead}, {@code body} or {@code captions}
 * @param start offset of the first char in the field's clean text
 * @param end offset after the last char
 * @param sentence index of the sentence over all fields in order
 * @param holder for a POSITION, the canonical name of the person holding it here; else null
 * @param level for an organ that can send inspection delegations, its level; else null
 */
public record Mention(EntityKind kind, String text, String canonical, String field, int start, int end,
                      int sentence, String holder, String level) {

  public Mention withSentence(int index) {
    return new Mention(kind, text, canonical, field, start, end, index, holder, level);
  }

  public Mention withCanonical(String name) {
    return new Mention(kind, text, name, field, start, end, sentence, holder, level);
  }

  public Mention withHolder(String person) {
    return new Mention(kind, text, canonical, field, start, end, sentence, person, level);
  }

  public boolean overlaps(Mention other) {
    return field.equals(other.field) && start < other.end && other.start < end;
  }

  public boolean contains(Mention other) {
    return field.equals(other.field) && start <= other.start && other.end <= end;
  }

  public int length() {
    return end - start;
  }

  /** By start, and at one start the longest first: the order of a field's mentions. */
  public static final java.util.Comparator<Mention> BY_START_LONGEST_FIRST = (a, b) -> a.start() != b.start()
      ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end());
}
