package io.newswire.analysis.entity;

/**
 * The name of a commune, ward or district read as a run of capitalised syllables stops where a person's name
 * begins: "UBND phường Hạ Đình Thái Minh Tuấn" is the ward Hạ Đình and a chairman, Thái Minh Tuấn. A surname from
 * the third syllable on starts a person; one in the first two is part of the place ("phường Lê Lợi").
 */
final class PlaceNames {
  private PlaceNames() {}

  static String trim(String run) {
    String[] words = run.split(" ");
    for (int i = 2; i < words.length - 1; i++) {
      if (PersonNames.SURNAMES.contains(words[i])) {
        return String.join(" ", java.util.Arrays.copyOf(words, i));
      }
    }
    return run;
  }
}
