package io.newswire.analysis.text;

/**
 * Old → new tone placement for the 15 syllable-final pairs {@code oa}, {@code oe}, {@code uy} × 5 tones, in
 * lower case, capitalised and all-caps forms. Old style puts the tone on the glide's
 * predecessor ({@code hòa}); new style on the main vowel ({@code hoà}).
 */
final class ToneMarks {
  // toned first vowels (huyền, sắc, hỏi, ngã, nặng) per base vowel and case
  private static final String O_TONED = "òóỏõọ";
  private static final String O_TONED_UP = "ÒÓỎÕỌ";
  private static final String U_TONED = "ùúủũụ";
  private static final String U_TONED_UP = "ÙÚỦŨỤ";
  // the same tones on the second vowel
  private static final String A_TONED = "àáảãạ";
  private static final String A_TONED_UP = "ÀÁẢÃẠ";
  private static final String E_TONED = "èéẻẽẹ";
  private static final String E_TONED_UP = "ÈÉẺẼẸ";
  private static final String Y_TONED = "ỳýỷỹỵ";
  private static final String Y_TONED_UP = "ỲÝỶỸỴ";

  private ToneMarks() {}

  /** The tone index (0–4) when {@code toned}+{@code glide} is an old-style pair, else -1. */
  static int oldStylePair(char toned, char glide) {
    int tone = O_TONED.indexOf(toned);
    if (tone < 0) {
      tone = O_TONED_UP.indexOf(toned);
    }
    if (tone >= 0 && (glide == 'a' || glide == 'A' || glide == 'e' || glide == 'E')) {
      return tone;
    }
    tone = U_TONED.indexOf(toned);
    if (tone < 0) {
      tone = U_TONED_UP.indexOf(toned);
    }
    if (tone >= 0 && (glide == 'y' || glide == 'Y')) {
      return tone;
    }
    return -1;
  }

  static char plainVowel(char toned) {
    if (O_TONED.indexOf(toned) >= 0) {
      return 'o';
    }
    if (O_TONED_UP.indexOf(toned) >= 0) {
      return 'O';
    }
    if (U_TONED.indexOf(toned) >= 0) {
      return 'u';
    }
    return 'U';
  }

  static char tonedGlide(int tone, char toned, char glide) {
    switch (glide) {
      case 'a':
        return A_TONED.charAt(tone);
      case 'A':
        return A_TONED_UP.charAt(tone);
      case 'e':
        return E_TONED.charAt(tone);
      case 'E':
        return E_TONED_UP.charAt(tone);
      case 'y':
        return Y_TONED.charAt(tone);
      default:
        return Y_TONED_UP.charAt(tone);
    }
  }
}
