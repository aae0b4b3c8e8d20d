package io.newswire.ingest.fetch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Charset and content sniffing for bodies whose headers are missing or wrong. */
public final class Sniffer {
  private static final Pattern HEADER_CHARSET = Pattern.compile("charset=\"?([\\w.:-]+)");
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

  private Sniffer() {}

  /**
   * The header's charset, else the page's meta charset, else UTF-8 — but bytes that decode cleanly as UTF-8
   * and contain multi-byte sequences are UTF-8 whatever the header claims: Vietnamese text read as
   * ISO-8859-1 turns into mojibake ({@code Ä?oÃ n}) that no later step can repair. Bytes that are not UTF-8 and
   * read as Vietnamese in Windows-1258 are Windows-1258 unless the page names another non-Western charset.
   */
  public static Charset charset(String contentType, byte[] body) {
    Charset declared = find(HEADER_CHARSET, contentType);
    if (declared == null) {
      String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1);
      declared = find(META_CHARSET, head);
    }
    if (isUtf8WithMultibyte(body)) {
      return StandardCharsets.UTF_8;
    }
    if (!namesAnotherCharset(declared) && looksLikeWindows1258(body)) {
      return WINDOWS_1258; // undeclared, or declared UTF-8 / Latin-1 by a server that never looked
    }
    return declared != null ? declared : StandardCharsets.UTF_8;
  }

  private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

  /** A page that names a charset other than UTF-8 or a Western one meant it (windows-1251, Shift_JIS …). */
  private static boolean namesAnotherCharset(Charset declared) {
    return declared != null && !StandardCharsets.UTF_8.equals(declared) && !StandardCharsets.ISO_8859_1.equals(declared)
        && !StandardCharsets.US_ASCII.equals(declared) && !"windows-1252".equals(declared.name());
  }

  /**
   * Older Vietnamese sites write Windows-1258: letters with breve, circumflex and horn as single bytes and the five
   * tones as combining marks after them. Those bytes (ă â đ ê ô ơ ư in both cases and the tone marks 0xCC 0xEC 0xD2
   * 0xDE 0xF2) are rare in Western text, so when they are most of a page's high bytes the page is Vietnamese.
   * Hand-written because ICU4J's statistical detector, the usual choice, has no model for Windows-1258.
   */
  static boolean looksLikeWindows1258(byte[] body) {
    int high = 0;
    int vietnamese = 0;
    for (byte b : body) {
      if (b < 0) {
        high++;
        if (VIETNAMESE_1258.indexOf((char) (b & 0xFF)) >= 0) {
          vietnamese++;
        }
      }
    }
    return vietnamese >= 3 && vietnamese * 2 >= high;
  }

  private static final String VIETNAMESE_1258 =
      "\u00C3\u00E3\u00C2\u00E2\u00D0\u00F0\u00CA\u00EA\u00D4\u00F4\u00D5\u00F5\u00DD\u00FD"
          + "\u00CC\u00EC\u00D2\u00DE\u00F2";

  private static Charset find(Pattern pattern, String text) {
    if (text == null) {
      return null;
    }
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      return null;
    }
    try {
      return Charset.forName(m.group(1).toLowerCase(Locale.ROOT));
    } catch (RuntimeException e) {
      return null; // unknown or illegal charset name
    }
  }

  static boolean isUtf8WithMultibyte(byte[] body) {
    boolean multibyte = false;
    for (byte b : body) {
      if (b < 0) {
        multibyte = true;
        break;
      }
    }
    if (!multibyte) {
      return false;
    }
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** NUL bytes or well-known binary signatures in the first KiB: an image, a PDF, an archive. */
  static boolean looksBinary(byte[] body) {
    int n = Math.min(body.length, 1024);
    if (n >= 4 && ((body[0] == '%' && body[1] == 'P' && body[2] == 'D' && body[3] == 'F')
        || (body[0] == (byte) 0x89 && body[1] == 'P') || (body[0] == (byte) 0xFF && body[1] == (byte) 0xD8)
        || (body[0] == 'P' && body[1] == 'K'))) {
      return true;
    }
    for (int i = 0; i < n; i++) {
      if (body[i] == 0) {
        return true;
      }
    }
    return false;
  }
}
