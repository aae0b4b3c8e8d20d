package io.newswire.ingest.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body-extraction metric of Zyte's article-extraction benchmark ({@code evaluate.py}): {@code \w+} tokens
 * (Unicode, case-sensitive, both texts NFC first), multisets of token 4-grams (a text of fewer than 4 tokens is
 * one shingle), per-document precision and recall averaged over documents, F1 from the averages, and
 * accuracy as the share of documents whose token sequences match exactly.
 */
public final class BodyExtractionMetric {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int N = 4;

  private final List<double[]> perDocument = new ArrayList<>();
  private int exact;

  /** One document's precision and recall. */
  public record Score(double precision, double recall, boolean exactMatch) {}

  public Score add(String expected, String predicted) {
    List<String> truth = tokens(expected);
    List<String> pred = tokens(predicted);
    Map<List<String>, Integer> t = shingles(truth);
    Map<List<String>, Integer> p = shingles(pred);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
      int inTruth = t.getOrDefault(e.getKey(), 0);
      tp += Math.min(inTruth, e.getValue());
      fp += Math.max(0, e.getValue() - inTruth);
    }
    for (Map.Entry<List<String>, Integer> e : t.entrySet()) {
      fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
    }
    double precision = fp == 0 ? 1.0 : tp / (tp + fp);
    double recall = fn == 0 ? 1.0 : tp / (tp + fn);
    boolean match = truth.equals(pred);
    perDocument.add(new double[] {precision, recall});
    if (match) {
      exact++;
    }
    return new Score(precision, recall, match);
  }

  public int documents() {
    return perDocument.size();
  }

  public double precision() {
    return perDocument.stream().mapToDouble(d -> d[0]).average().orElse(0);
  }

  public double recall() {
    return perDocument.stream().mapToDouble(d -> d[1]).average().orElse(0);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double accuracy() {
    return perDocument.isEmpty() ? 0 : (double) exact / perDocument.size();
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC));
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  static Map<List<String>, Integer> shingles(List<String> tokens) {
    Map<List<String>, Integer> counts = new HashMap<>();
    if (tokens.isEmpty()) {
      return counts;
    }
    if (tokens.size() < N) {
      counts.put(List.copyOf(tokens), 1);
      return counts;
    }
    for (int i = 0; i + N <= tokens.size(); i++) {
      counts.merge(List.copyOf(tokens.subList(i, i + N)), 1, Integer::sum);
    }
    return counts;
  }
}
