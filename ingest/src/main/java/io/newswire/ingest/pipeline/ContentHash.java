package io.newswire.ingest.pipeline;

import io.newswire.schemas.RawArticle;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A hash of what readers see (title, lead, paragraphs, captions), so page chrome changes do not count as updates. */
public final class ContentHash {
  private ContentHash() {}

  public static String of(RawArticle article) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      update(sha, article.getTitle());
      update(sha, article.getLead());
      article.getParagraphs().forEach(p -> update(sha, p));
      article.getImages().forEach(i -> update(sha, i.getCaption()));
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void update(MessageDigest sha, String text) {
    sha.update((text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
  }
}
