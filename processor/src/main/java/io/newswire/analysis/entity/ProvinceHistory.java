package io.newswire.analysis.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Which provincial units were merged or renamed, into what, and from when ({@code successor=…,until=…} tags of
 * {@code gazetteer/provinces.tsv}). A story keeps the province of its own time — a 2017 report from Kiên Giang
 * names Kiên Giang — and a dashboard can still group it under the successor, An Giang.
 */
public final class ProvinceHistory {
  /** A unit that no longer exists: what it became, and the first day it no longer existed. */
  public record Change(String successor, LocalDate until) {}

  private static final ProvinceHistory INSTANCE = load();

  private final Map<String, Change> changes;
  private final java.util.Set<String> provinces;

  private ProvinceHistory(Map<String, Change> changes, java.util.Set<String> provinces) {
    this.changes = changes;
    this.provinces = provinces;
  }

  /** A provincial unit of today or of before 2025, not a country, a foreign city or a district. */
  public boolean isProvince(String canonical) {
    return provinces.contains(canonical);
  }

  public static ProvinceHistory get() {
    return INSTANCE;
  }

  /** The successor of a former unit, or null for a unit that still exists (or is not a province). */
  public String successorOf(String canonical) {
    Change c = changes.get(canonical);
    return c == null ? null : c.successor();
  }

  /** The name a story dated {@code storyDate} should use for {@code canonical}: itself before the change. */
  public String nameAt(String canonical, LocalDate storyDate) {
    Change c = changes.get(canonical);
    if (c == null || storyDate == null || storyDate.isBefore(c.until())) {
      return canonical;
    }
    return c.successor();
  }

  public boolean isFormer(String canonical) {
    return changes.containsKey(canonical);
  }

  private static ProvinceHistory load() {
    Map<String, Change> changes = new HashMap<>();
    java.util.Set<String> provinces = new java.util.HashSet<>();
    try (InputStream in = ProvinceHistory.class.getClassLoader().getResourceAsStream("gazetteer/provinces.tsv")) {
      if (in == null) {
        throw new IllegalStateException("gazetteer/provinces.tsv missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        String tags = cols.length > 3 ? cols[3] : "";
        if (tags.contains("code=") || tags.contains("successor=")) {
          provinces.add(cols[1].strip());
        }
        String successor = null;
        LocalDate until = null;
        for (String tag : (cols.length > 3 ? cols[3] : "").split(",")) {
          if (tag.startsWith("successor=")) {
            successor = tag.substring("successor=".length()).strip();
          } else if (tag.startsWith("until=")) {
            until = LocalDate.parse(tag.substring("until=".length()).strip());
          }
        }
        if (successor != null && until != null) {
          changes.put(cols[1].strip(), new Change(successor, until));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ProvinceHistory(Map.copyOf(changes), java.util.Set.copyOf(provinces));
  }
}
