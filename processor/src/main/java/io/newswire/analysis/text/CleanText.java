package io.newswire.analysis.text;

/**
 * Display text with the way back to its source: {@code sourceOffset(i)} is the offset, in the NFC form of
 * the input, of the char at {@code i}. Raw-HTML offsets are one more map away, kept by whoever has the HTML.
 */
public record CleanText(String text, int[] sourceOffsets) {

  public int sourceOffset(int index) {
    return sourceOffsets[index];
  }
}
