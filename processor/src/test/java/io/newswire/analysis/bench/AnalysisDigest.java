package io.newswire.analysis.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.analysis.AnalysisInput;
import io.newswire.analysis.ArticleAnalyzer;
import io.newswire.analysis.SeedCorpus;
import io.newswire.analysis.entity.Gazetteer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Command (not a test): whether a change to the analyser kept its output. It analyses the seed, the dev set and
 * {@code N} texts spliced at random (fixed seed) from their sentences, the gazetteer's names and document codes of
 * every shape the rules know, in upper and lower case, NFD and the old tone style, and prints a SHA-256 of every
 * analysis (each mention and inspection fact, as the records print them). Run it on two builds; the same digest
 * means the same output. With {@code --dump FILE} it also writes one analysis per line, to diff when they differ.
 *
 * <pre>
 * java -cp processor/target/test-classes:processor/target/classes:&lt;test classpath&gt; \
 *   io.newswire.analysis.bench.AnalysisDigest 4000 [--dump FILE]
 * </pre>
 */
public final class AnalysisDigest {
  private static final String[] CODES = {"Quyết định số 538-QĐNS/TW", "47 - QĐ/TƯ", "37QĐ/TW", "Nghị định 30/2020/NĐ-CP",
      "176/2025/QH15", "237/NQ-UBTVQH16", "08-QĐi/TƯ", "Kết luận 12 - KL /TW", "Chỉ thị 05  -CT/ TW", "số 1234 /QĐ-TTg",
      "12/TB", "ngày 11/10", "Quy định 37-QĐi/TW và 38-QĐi/TW", "1/2/3/NĐ-CP", "9/ tw", "Ảnh: Lan Anh/TTXVN",
      "Ảnh: A/B/C", "2022 / KH-UBND"};
  private static final String[] GLUE = {" ", ", ", " của ", " - ", "-", " và ", "; ", " (", ") ", "\n", " số 12 ", "/", ".",
      " 7", "A", "x", "ở ", "! ", "? ", "… ", ". ", ".\" ", "TP. ", " 1.200 "};
  private static final Instant DAY = Instant.parse("2025-03-05T07:00:00Z");

  private AnalysisDigest() {}

  public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      System.out.println("usage: AnalysisDigest N [--dump FILE]: a SHA-256 of the analyses of the seed, the dev set and N"
          + " generated texts; the same on two builds means the same output");
      return;
    }
    if (args.length < 1 || !args[0].matches("\\d+") || (args.length > 1 && (args.length != 3 || !args[1].equals("--dump")))) {
      System.err.println("usage: AnalysisDigest N [--dump FILE]");
      System.exit(2);
    }
    List<AnalysisInput> inputs = inputs(Integer.parseInt(args[0]));
    ArticleAnalyzer analyzer = new ArticleAnalyzer();
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    try (PrintWriter dump = args.length == 3 ? new PrintWriter(Files.newBufferedWriter(Path.of(args[2]))) : null) {
      for (int i = 0; i < inputs.size(); i++) {
        String analysis = analyzer.analyze(inputs.get(i)).toString();
        sha.update(analysis.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
        if (dump != null) {
          dump.println(analysis);
        }
        if ((i + 1) % 1000 == 0) {
          System.err.printf("%d / %d%n", i + 1, inputs.size());
        }
      }
    }
    System.out.println("analyses=" + inputs.size() + " sha256=" + HexFormat.of().formatHex(sha.digest()));
  }

  static List<AnalysisInput> inputs(int generated) throws IOException {
    List<AnalysisInput> inputs = new ArrayList<>();
    AnalysisInput seed = SeedCorpus.input();
    inputs.add(seed);
    List<String> pieces = new ArrayList<>(seed.paragraphs());
    pieces.add(seed.title());
    ObjectMapper json = new ObjectMapper();
    for (String line : SeedCorpus.resource("devset/devset.jsonl").split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode item = json.readTree(line);
      String title = item.get("title").asText();
      String lead = item.has("lead") ? item.get("lead").asText() : "";
      inputs.add(new AnalysisInput(title, lead, List.of(lead), List.of(), List.of(), null, DAY));
      pieces.add(title);
      pieces.addAll(List.of(lead.split("(?<=[.;:])\\s+")));
    }
    pieces.addAll(gazetteerNames());
    for (String code : CODES) {
      for (int k = 0; k < 40; k++) {
        pieces.add(code);
      }
    }
    Random random = new Random(42);
    for (int i = 0; i < generated; i++) {
      String[] parts = new String[4];
      for (int p = 0; p < parts.length; p++) {
        StringBuilder part = new StringBuilder();
        for (int k = 1 + random.nextInt(p == 0 ? 3 : 12); k > 0; k--) {
          part.append(variant(pieces.get(random.nextInt(pieces.size())), random)).append(GLUE[random.nextInt(GLUE.length)]);
        }
        parts[p] = part.toString();
      }
      inputs.add(new AnalysisInput(parts[0], parts[1], List.of(parts[2].split("\n")), List.of(parts[3]),
          List.of("Ảnh: TTXVN"), random.nextBoolean() ? "Nguyễn Văn An" : null,
          DAY.plusSeconds(86_400L * random.nextInt(800))));
    }
    return inputs;
  }

  private static String variant(String piece, Random random) {
    return switch (random.nextInt(10)) {
      case 0 -> piece.toUpperCase(Locale.ROOT);
      case 1 -> piece.toLowerCase(Locale.ROOT);
      case 2 -> Normalizer.normalize(piece, Normalizer.Form.NFD);
      case 3 -> piece.replace("uỷ", "ủy").replace("Uỷ", "Ủy").replace("hoà", "hòa");
      case 4 -> piece.length() > 4 ? piece.substring(random.nextInt(piece.length())) : piece;
      default -> piece;
    };
  }

  /** Each gazetteer file's names and aliases, as written there. */
  private static List<String> gazetteerNames() throws IOException {
    List<String> names = new ArrayList<>();
    for (String file : Gazetteer.FILES) {
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(
          AnalysisDigest.class.getClassLoader().getResourceAsStream("gazetteer/" + file), StandardCharsets.UTF_8))) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] cols = line.split("\t", -1);
          names.add(cols[1]);
          if (cols.length > 2 && !cols[2].isBlank()) {
            names.addAll(List.of(cols[2].split("\\|")));
          }
        }
      }
    }
    return names;
  }
}
