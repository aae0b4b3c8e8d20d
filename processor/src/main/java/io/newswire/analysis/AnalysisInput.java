package io.newswire.analysis;

import java.time.Instant;
import java.util.List;

/**
 * What the analyser reads of an article; plain Java, so it runs without Kafka or Avro.
 *
 * @param captions image captions without credits, in order
 * @param credits photo credits ({@code Phương Hoa/TTXVN}), then the source credit, in order
 */
public record AnalysisInput(String title, String lead, List<String> paragraphs, List<String> captions,
                            List<String> credits, String author, Instant publishedAt) {
}
