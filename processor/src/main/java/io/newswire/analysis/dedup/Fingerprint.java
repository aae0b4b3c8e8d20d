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
    String titleKey = VietnameseText.keyOf(title);
    String leadKey = lead == null ? "" : VietnameseText.keyOf(lead);
    List<String> paragraphHashes = new ArrayList<>(paragraphs.size());
    StringBuilder all = new StringBuilder(titleKey).append('\n').append(leadKey);
    StringBuilder body = new StringBuilder(leadKey);
    for (String p : paragraphs) {
      String key = VietnameseText.keyOf(p);
      paragraphHashes.add(hash(key));
      all.append('\n').append(key);
      body.append('\n').append(key);
    }
    long[] shingles = Shingles.of(body.length() > 40 ? body.toString() : all.toString());
    return new Fingerprint(hash(all.toString()), minHash.signature(shingles), hash(titleKey), hash(leadKey),
        List.copyOf(paragraphHashes), Set.copyOf(salient), Set.copyOf(facts));
  }

  static String hash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
