package io.newswire.analysis.text;

import java.text.Normalizer;

/**
 * Vietnamese normalization, in two layers:
 * <ul>
 *   <li>{@link #clean}: the display text — NFC, {@code Ð/ð} → {@code Đ/đ}, every space character to a space,
 *       default-ignorable characters (zero-width, word joiner, bidi controls, BOM …) and U+FFFC removed, quotes
 *       and dashes unified, spaces collapsed. The
 *       publisher's tone style is kept. Entity offsets point into this text.</li>
 *   <li>{@link #key}: the match key — the clean text with old-style tone placement moved to the new style
 *       ({@code hòa} → {@code hoà}, {@code Ủy} → {@code Uỷ}) and lower-cased. Every step is 1:1 in UTF-16
 *       units, so an offset in the key is the same offset in the clean text.</li>
 * </ul>
 */
public final class VietnameseText {
  private VietnameseText() {}

  /** Display text of {@code raw}. */
  public static String clean(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    return isClean(raw) ? raw : cleanInto(nfc(raw), null);
  }

  /** Display text plus, for each of its chars, the offset of the char it came from in the NFC input. */
  public static CleanText cleanWithOffsets(String raw) {
    if (raw == null || raw.isEmpty()) {
      return new CleanText("", new int[0]);
    }
    String nfc = nfc(raw);
    int[] map = new int[nfc.length()];
    String text = cleanInto(nfc, map);
    int[] trimmed = new int[text.length()];
    System.arraycopy(map, 0, trimmed, 0, text.length());
    return new CleanText(text, trimmed);
  }

  private static String nfc(String raw) {
    return Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
  }

  /**
   * The one cleaning loop; fills {@code map} (output offset → input offset) when it is given. Writes into a char
   * array (a builder's append per char costs several times as much) and hands back the input itself when nothing
   * changed, as for most paragraphs of a wire story.
   */
  private static String cleanInto(String nfc, int[] map) {
    char[] out = new char[nfc.length()];
    int n = 0;
    boolean pendingSpace = false;
    boolean changed = false;
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      byte kind = c < KINDS.length ? KINDS[c] : kindOf(c);
      if (kind == INVISIBLE) {
        changed = true;
        continue;
      }
      if (kind == SPACE) {
        // a space is kept as it is only when it is a plain single space between two kept chars
        changed |= c != ' ' || pendingSpace || n == 0;
        pendingSpace = n > 0;
        continue;
      }
      if (pendingSpace) {
        if (map != null) {
          map[n] = i - 1;
        }
        out[n++] = ' ';
        pendingSpace = false;
      }
      if (map != null) {
        map[n] = i;
      }
      if (kind == UNIFIED) {
        c = unify(c);
        changed = true;
      }
      out[n++] = c;
    }
    changed |= pendingSpace; // trailing spaces dropped
    return changed ? new String(out, 0, n) : nfc;
  }

  /**
   * Whether {@code raw} is already its own display text, in one read of each char and no writes, as most paragraphs
   * of a wire story are: every char one that NFC and the cleaning loop both leave as it is ({@link #PLAIN}), and each
   * space a U+0020 between two such chars. The cases it cannot decide go the whole way: the normalizer, then the loop.
   */
  private static boolean isClean(String raw) {
    int previousSpace = 1; // a space first is a change
    int other = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      int quick = c < QUICK.length ? QUICK[c] : OTHER;
      // without a branch per char: a char that needs more, or a space after a space
      other |= (quick >> 1) | (previousSpace & quick);
      previousSpace = quick & PLAIN_SPACE;
    }
    return (other | previousSpace) == 0;
  }

  private static final byte PLAIN = 0;
  private static final byte PLAIN_SPACE = 1;
  private static final byte OTHER = 2;
  /**
   * For {@link #isClean}, each char below U+3100: {@link #PLAIN} for a char of the Latin blocks (Vietnamese letters
   * among them) or the general punctuation that is NFC on its own, is no combining mark and is kept by cleaning as it
   * is. Unicode's quick check says a text of such chars is NFC: none of them ever composes with the char before
   * (the test holds every one to that, against every canonical decomposition in Unicode).
   */
  private static final byte[] QUICK = new byte[0x3100];

  static {
    for (char c = 0; c < QUICK.length; c++) {
      QUICK[c] = c == ' ' ? PLAIN_SPACE : isPlain(c) ? PLAIN : OTHER;
    }
  }

  /** See {@link #QUICK}; package-private for the test that holds the table to Unicode's decompositions. */
  static boolean isPlain(char c) {
    boolean latinOrPunctuation = (c > ' ' && c < 0x7F) || (c >= 0xA0 && c < 0x250) || (c >= 0x1E00 && c < 0x1F00)
        || (c >= 0x2000 && c < 0x2070);
    int type = Character.getType(c);
    return latinOrPunctuation && kindOf(c) == KEPT && type != Character.NON_SPACING_MARK
        && type != Character.COMBINING_SPACING_MARK && type != Character.ENCLOSING_MARK
        && Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFC);
  }

  /** Match key of an already clean text: same length, tone placement unified, lower case. */
  public static String key(String clean) {
    return new String(keyChars(clean, null));
  }

  /** The words of an already clean text, found in its match key as that is built (see {@link Words}). */
  public static Words words(String clean) {
    Words words = Words.building(clean.length());
    char[] key = keyChars(clean, words);
    return words.seal(new String(key), key);
  }

  /**
   * The one loop that builds a match key: at each char, the tone placement first (it reads two chars ahead and
   * rewrites this one and the next), then its lower case; with {@code words}, each run of letters is added to it as
   * the loop leaves the run. One table answers the lower case and the questions asked of it, so that a char costs a
   * load and the branches the text's own shape makes (a word ends), not one per property.
   */
  private static char[] keyChars(String clean, Words words) {
    char[] chars = clean.toCharArray();
    int n = chars.length;
    int wordStart = -1;
    boolean capital = false;
    int hash = 0;
    for (int i = 0; i < n; i++) {
      char original = chars[i];
      int k = original < KEY.length ? KEY[original] : keyOf(original);
      // an old-style pair is a toned o/u before a bare a, e or y: rare, so the table says when to look
      if ((k & PAIR_FIRST) != 0 && i + 1 < n && isGlide(chars[i + 1])) {
        char glide = chars[i + 1];
        char next = i + 2 < n ? chars[i + 2] : ' ';
        // only syllable-final pairs differ between the styles: Đoàn, hoàng, quý stay as they are
        if (!Character.isLetter(next) && Character.getType(next) != Character.NON_SPACING_MARK) {
          int pair = ToneMarks.oldStylePair(original, glide);
          if (pair >= 0) {
            k = KEY[ToneMarks.plainVowel(original)];
            chars[i + 1] = ToneMarks.tonedGlide(pair, original, glide);
          }
        }
      }
      char c = (char) k;
      chars[i] = c;
      if (words == null) {
        continue;
      }
      if ((k & LETTER) != 0) {
        if (wordStart < 0) {
          wordStart = i;
          capital = (k & UPPER) != 0;
          hash = 0;
        }
        hash = 31 * hash + c;
      } else if (wordStart >= 0) {
        words.add(wordStart, i, hash, capital);
        wordStart = -1;
      }
    }
    if (words != null && wordStart >= 0) {
      words.add(wordStart, n, hash, capital);
    }
    return chars;
  }

  /** {@link #KEY}: the lower case in the low 16 bits, and these. */
  private static final int LETTER = 1 << 16;
  /** The char as written is upper case (a word that starts with it is capitalised). */
  private static final int UPPER = 1 << 17;
  /** A toned o or u, which may start an old-style pair. */
  private static final int PAIR_FIRST = 1 << 18;
  /** Each char's key entry below the general punctuation block: Latin, its extensions and the Vietnamese letters. */
  private static final int KEY_CHARS = 0x2000;
  private static final int[] KEY = new int[KEY_CHARS];

  static {
    for (char c = 0; c < KEY.length; c++) {
      KEY[c] = keyOf(c);
    }
  }

  private static int keyOf(char c) {
    char lower = Character.toLowerCase(c);
    // every toned o and u is below the table's end: a char above it needs no search of the tone tables
    boolean pairFirst = c < KEY_CHARS && (ToneMarks.oldStylePair(c, 'a') >= 0 || ToneMarks.oldStylePair(c, 'y') >= 0);
    return lower | (Chars.isLetter(lower) ? LETTER : 0) | (Chars.isUpperCase(c) ? UPPER : 0) | (pairFirst ? PAIR_FIRST : 0);
  }

  private static final byte KEPT = 0;
  private static final byte INVISIBLE = 1;
  private static final byte SPACE = 2;
  private static final byte UNIFIED = 3;
  /**
   * What cleaning does with each char below U+3100 (Latin, Vietnamese, the punctuation blocks, the CJK space):
   * the questions below, answered once; the chars above ask them each time.
   */
  private static final byte[] KINDS = new byte[0x3100];

  static {
    for (char c = 0; c < KINDS.length; c++) {
      KINDS[c] = kindOf(c);
    }
  }

  private static byte kindOf(char c) {
    return isInvisible(c) ? INVISIBLE : isSpace(c) ? SPACE : unify(c) != c ? UNIFIED : KEPT;
  }

  private static boolean isGlide(char c) {
    return c == 'a' || c == 'A' || c == 'e' || c == 'E' || c == 'y' || c == 'Y';
  }

  /** Convenience: the key of raw text. */
  public static String keyOf(String raw) {
    return key(clean(raw));
  }

  /**
   * Unicode's default-ignorable code points in the BMP (DerivedCoreProperties: soft hyphen, U+034F, the Arabic
   * letter mark, Hangul fillers, Khmer and Mongolian format characters, zero-width and bidi controls, the word
   * joiner U+2060 and the invisible operators after it, variation selectors, the BOM), and U+FFFC. A "Chí\u2060nh"
   * must read as "Chính".
   */
  private static boolean isInvisible(char c) {
    if (c < '\u00AD') {
      return false; // the common case: ASCII and Latin-1 before the soft hyphen
    }
    return c == '\u00AD' || c == '\u034F' || c == '\u061C' || c == '\u115F' || c == '\u1160'
        || c == '\u17B4' || c == '\u17B5' || (c >= '\u180B' && c <= '\u180F') || (c >= '\u200B' && c <= '\u200F')
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2060' && c <= '\u206F') || c == '\u3164'
        || (c >= '\uFE00' && c <= '\uFE0F') || c == '\uFEFF' || c == '\uFFA0' || (c >= '\uFFF0' && c <= '\uFFF8')
        || c == '\uFFFC';
  }

  private static boolean isSpace(char c) {
    if (c < 0x80) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }
    // Unicode's space separators (Zs) beyond ASCII, spelled out
    return c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F'
        || c == '\u3000';
  }

  private static char unify(char c) {
    switch (c) {
      case '\u00D0':
        return 'Đ'; // Ð (Icelandic eth) looks like Đ but is not
      case '\u00F0':
        return 'đ';
      case '\u2018': case '\u2019': case '\u201A': case '\u2032':
        return '\'';
      case '\u201C': case '\u201D': case '\u201E': case '\u00AB': case '\u00BB':
        return '"';
      case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2212':
        return '-';
      default:
        return c;
    }
  }
}
