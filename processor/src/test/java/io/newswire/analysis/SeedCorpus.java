package io.newswire.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The seed article ({@code corpus/baotintuc-doan-kiem-tra-538.txt} in the test resources) as analyser input, and its gold. */
public final class SeedCorpus {
  private static final Pattern CAPTION = Pattern.compile("(.*?)\\s*Ảnh:\\s*([^()]+?)\\s*$");

  private SeedCorpus() {}

  public static String resource(String name) {
    try (InputStream in = SeedCorpus.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode gold() {
    try {
      return new ObjectMapper().readTree(resource("corpus/baotintuc-doan-kiem-tra-538.gold.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Title; the first paragraph as the sapo, like the Báo Tin tức page; captions and credits apart. */
  public static AnalysisInput input() {
    String[] lines = resource("corpus/baotintuc-doan-kiem-tra-538.txt").split("\n");
    List<String> paragraphs = new ArrayList<>();
    List<String> captions = new ArrayList<>();
    List<String> credits = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      String s = line.strip();
      if (s.equals("TTXVN/Báo Tin tức")) {
        break;
      }
      if (s.isEmpty()) {
        continue;
      }
      Matcher m = CAPTION.matcher(s);
      if (!line.isEmpty() && Character.isSpaceChar(line.charAt(0)) && m.matches()) {
        captions.add(m.group(1));
        credits.add(m.group(2));
      } else {
        paragraphs.add(s);
      }
    }
    credits.add("TTXVN/Báo Tin tức");
    return new AnalysisInput(lines[0].strip(), paragraphs.get(0), paragraphs.subList(1, paragraphs.size()), captions,
        credits, null, OffsetDateTime.parse("2022-10-11T18:45:00+07:00").toInstant());
  }
}
