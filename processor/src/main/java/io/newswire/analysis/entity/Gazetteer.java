package io.newswire.analysis.entity;

import io.newswire.analysis.text.VietnameseText;
import io.newswire.analysis.text.WordAutomaton;
import io.newswire.analysis.text.Words;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Names of organs, places, agencies, titles and events from versioned resource files
 * ({@code gazetteer/*.tsv}: type, canonical name, aliases, tags), matched with one Aho-Corasick automaton over
 * the words of the normalized match key ({@link WordAutomaton}), on syllable boundaries, so old and new tone styles,
 * NFD input and all-caps headlines all hit the same entry.
 */
public final class Gazetteer {
  public static final List<String> FILES = List.of("provinces.tsv", "party-organs.tsv", "state-organs.tsv",
      "media.tsv", "organizations.tsv", "positions.tsv", "events.tsv");

  /** One gazetteer entry. {@code level} is set for organs that send inspection delegations. */
  public record Entry(EntityKind kind, String canonical, String level, boolean former, boolean abbreviation) {}

  /** A match: where in the key, and which entry. */
  public record Hit(int start, int end, Entry entry) {}

  private final SortedMap<String, Entry> names;
  private final WordAutomaton<Entry> automaton;
  private final int size;

  private Gazetteer(SortedMap<String, Entry> names, int size) {
    this.names = Collections.unmodifiableSortedMap(names);
    this.automaton = new WordAutomaton<>(names);
    this.size = size;
  }

  public static Gazetteer load() {
    TreeMap<String, Entry> keywords = new TreeMap<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    int count = 0;
    for (String file : FILES) {
      try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream("gazetteer/" + file)) {
        if (in == null) {
          throw new IllegalStateException("gazetteer/" + file + " missing from the classpath");
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] cols = line.split("\t", -1);
          EntityKind kind = EntityKind.valueOf(cols[0].strip());
          String canonical = cols[1].strip();
          String tags = cols.length > 3 ? cols[3] : "";
          String level = null;
          for (String tag : tags.split(",")) {
            if (tag.strip().startsWith("level=")) {
              level = tag.strip().substring("level=".length());
            }
          }
          boolean former = tags.contains("former");
          // "aliasesOnly": the canonical name alone is too ambiguous to match ("Nga" in "Nga Sơn")
          List<String> names = new ArrayList<>(tags.contains("aliasesOnly") ? List.of() : List.of(canonical));
          if (cols.length > 2 && !cols[2].isBlank()) {
            names.addAll(List.of(cols[2].split("\\|")));
          }
          // "Ban Tổ chức TW", "Ủy ban Kiểm tra T.Ư": every central organ's name is also written with "Trung ương" cut
          for (String name : List.copyOf(names)) {
            // "Tập đoàn Công nghiệp cao su VN": a name ending in "Việt Nam" is also written with "VN"
            if (name.endsWith(" Việt Nam") && name.indexOf(' ') < name.length() - 9) {
              names.add(name.substring(0, name.length() - "Việt Nam".length()) + "VN");
            }
            if (name.contains(" Trung ương") && !name.startsWith("Trung ương")) {
              names.add(name.replace(" Trung ương", " TW"));
              names.add(name.replace(" Trung ương", " T.Ư"));
            }
          }
          for (String name : names) {
            String clean = VietnameseText.clean(name);
            String key = VietnameseText.key(clean);
            if (key.isEmpty() || !seen.add(key)) {
              continue; // the first file to claim a name keeps it
            }
            boolean abbreviation = clean.equals(clean.toUpperCase(java.util.Locale.ROOT)) && clean.length() <= 8;
            keywords.put(key, new Entry(kind, canonical, level, former, abbreviation));
            count++;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new Gazetteer(keywords, count);
  }

  /** Every whole-syllable match in the key of {@code words}, overlapping ones included, by end. */
  public List<Hit> find(Words words) {
    String key = words.key();
    List<Hit> hits = new ArrayList<>();
    automaton.find(words, (start, end, entry) -> {
      if (wholeSyllable(key, start, end)) {
        hits.add(new Hit(start, end, entry));
      }
    });
    return hits;
  }

  /** Every name's match key and its entry, in key order. */
  public SortedMap<String, Entry> names() {
    return names;
  }

  /**
   * Whether {@code key[start, end)} is whole syllables: no letter, digit or combining mark on either side. The one
   * test of a hit, whichever automaton found it (the benchmark and the test compare a char automaton with it).
   */
  public static boolean wholeSyllable(String key, int start, int end) {
    return boundary(key, start - 1) && boundary(key, end);
  }

  private static boolean boundary(String text, int index) {
    if (index < 0 || index >= text.length()) {
      return true;
    }
    char c = text.charAt(index);
    return !Character.isLetterOrDigit(c) && !Character.isAlphabetic(c) && Character.getType(c) != Character.NON_SPACING_MARK;
  }

  public int size() {
    return size;
  }
}
