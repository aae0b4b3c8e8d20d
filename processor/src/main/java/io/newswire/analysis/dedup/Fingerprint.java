package io.newswire.analysis.dedup;

import io.newswire.analysis.text.VietnameseText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * What deduplication knows of one article: an exact hash of its normalized text, a MinHash signature of its
 * syllable 3-shingles, per-part hashes to describe an update, and the facts that tell template stories apart
 * (who, where, which delegation, which day).
 *
 * @param salient canonical names of the people, organs, places and documents of title and lead
 * @param facts delegation number, event date: two stories that disagree on them are different stories
 */
public record Fingerprint(String contentHash, long[] signature, String titleHash, String leadHash,
                          List<String> paragraphHashes, Set<String> salient, Set<String> facts) {

  /** Normalized via the match key: tone style, NFD, case and spacing do not make a text "different". */
  public static Fingerprint of(String title, String lead, List<String> paragraphs, MinHash minHash,
                               Set<String> salient, Set<String> facts) {
    List<String> paragraphKeys = new ArrayList<>(paragraphs.size());
    paragraphs.forEach(p -> paragraphKeys.add(VietnameseText.keyOf(p)));
    return ofKeys(VietnameseText.keyOf(title), lead == null ? "" : VietnameseText.keyOf(lead), paragraphKeys, minHash,
        salient, facts);
  }

  /** As {@link #of}, from the match keys of title, lead ("" when there is none) and paragraphs, already made. */
  public static Fingerprint ofKeys(String titleKey, String leadKey, List<String> paragraphKeys, MinHash minHash,
                                   Set<String> salient, Set<String> facts) {
    MessageDigest part = sha256();
    // the content hash is of title, lead and paragraphs joined by newlines: fed part by part, each part's UTF-8
    // bytes made once for its own hash and the content's
    MessageDigest content = sha256();
    String titleHash = hash(part, titleKey, content);
    content.update(NEWLINE);
    String leadHash = hash(part, leadKey, content);
    List<String> paragraphHashes = new ArrayList<>(paragraphKeys.size());
    StringBuilder body = new StringBuilder(leadKey);
    for (String key : paragraphKeys) {
      content.update(NEWLINE);
      paragraphHashes.add(hash(part, key, content));
      body.append('\n').append(key);
    }
    long[] shingles = Shingles.of(body.length() > 40 ? body.toString() : titleKey + "\n" + body);
    return new Fingerprint(hex(content.digest()), minHash.signature(shingles), titleHash, leadHash,
        List.copyOf(paragraphHashes), Set.copyOf(salient), Set.copyOf(facts));
  }

  private static final byte[] NEWLINE = {'\n'};

  /** The hash of {@code text}, whose bytes also go on into {@code content}. */
  private static String hash(MessageDigest digest, String text, MessageDigest content) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    content.update(bytes);
    return hex(digest.digest(bytes));
  }

  private static String hex(byte[] digest) {
    return HexFormat.of().formatHex(digest, 0, 12);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
