package io.newswire.processor;

import io.newswire.analysis.Analysis;
import io.newswire.analysis.AnalysisInput;
import io.newswire.analysis.ArticleAnalyzer;
import io.newswire.analysis.entity.Mention;
import io.newswire.analysis.inspection.InspectionFacts;
import io.newswire.schemas.Dedup;
import io.newswire.schemas.EnrichedArticle;
import io.newswire.schemas.Entity;
import io.newswire.schemas.EntityType;
import io.newswire.schemas.Image;
import io.newswire.schemas.Inspection;
import io.newswire.schemas.InspectionLevel;
import io.newswire.schemas.InspectionStage;
import io.newswire.schemas.RawArticle;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Maps between the Avro contract and the text-analysis core, which knows neither Avro nor Kafka. */
public final class Enrichment {
  static {
    io.newswire.schemas.TrustedClasses.install(); // builders deep-copy nested generated records
  }

  private Enrichment() {}

  public static AnalysisInput inputOf(RawArticle raw) {
    List<String> captions = new ArrayList<>();
    List<String> credits = new ArrayList<>();
    for (Image image : raw.getImages()) {
      if (image.getCaption() != null) {
        captions.add(image.getCaption());
      }
      if (image.getCredit() != null) {
        credits.add(image.getCredit());
      }
    }
    if (raw.getSourceCredit() != null) {
      credits.add(raw.getSourceCredit());
    }
    return new AnalysisInput(raw.getTitle(), raw.getLead(), raw.getParagraphs(), captions, credits, raw.getAuthor(),
        raw.getPublishedAt());
  }

  /**
   * Why {@code raw} is not an article, or null when it is: a headline and some body text must remain once
   * normalized (a page of invisible characters or a bare title is no story).
   */
  static String whyNotAnArticle(RawArticle raw) {
    if (io.newswire.analysis.text.VietnameseText.clean(raw.getTitle()).isEmpty()) {
      return "empty-title";
    }
    // the first text that is not empty once clean settles it: the analysis cleans them all again anyway
    if (raw.getLead() != null && !io.newswire.analysis.text.VietnameseText.clean(raw.getLead()).isEmpty()) {
      return null;
    }
    for (String p : raw.getParagraphs()) {
      if (!io.newswire.analysis.text.VietnameseText.clean(p).isEmpty()) {
        return null;
      }
    }
    return "no-body";
  }

  /** The enriched record: normalized text, entities and inspection facts, with the given story id and verdict. */
  public static EnrichedArticle enrich(ArticleAnalyzer analyzer, RawArticle raw, String storyId, Dedup dedup, Instant now) {
    return enrich(analyzer.analyze(inputOf(raw)), raw, storyId, dedup, now);
  }

  /** As above, from the analysis of {@code raw} already made. */
  static EnrichedArticle enrich(Analysis analysis, RawArticle raw, String storyId, Dedup dedup, Instant now) {
    List<Image> images = new ArrayList<>();
    for (Image image : raw.getImages()) {
      images.add(new Image(image.getUrl(), image.getCaption() == null ? null : io.newswire.analysis.text.VietnameseText.clean(image.getCaption()),
          image.getCredit()));
    }
    return EnrichedArticle.newBuilder()
        .setStoryId(storyId).setUrl(raw.getUrl()).setCanonicalUrl(raw.getCanonicalUrl()).setSource(raw.getSource())
        .setFetchedAt(raw.getFetchedAt()).setPublishedAt(raw.getPublishedAt()).setTitle(analysis.title())
        .setLead(analysis.lead()).setParagraphs(analysis.paragraphs()).setImages(images).setAuthor(raw.getAuthor())
        .setSourceCredit(raw.getSourceCredit()).setCategory(raw.getCategory()).setTags(raw.getTags())
        .setLanguage(raw.getLanguage()).setExtractor(raw.getExtractor())
        .setEntities(entities(analysis.mentions())).setInspection(inspection(analysis.inspection()))
        .setDedup(dedup).setProcessedAt(now).setAnalysisTruncatedAt(analysis.truncatedAt())
        .build();
  }

  static List<Entity> entities(List<Mention> mentions) {
    List<Entity> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      String successor = m.kind() == io.newswire.analysis.entity.EntityKind.LOCATION
          ? io.newswire.analysis.entity.ProvinceHistory.get().successorOf(m.canonical()) : null;
      out.add(new Entity(EntityType.valueOf(m.kind().name()), m.text(), m.canonical(), m.start(), m.end(),
          m.sentence(), m.field(), m.holder(), successor));
    }
    return out;
  }

  static Inspection inspection(InspectionFacts f) {
    return Inspection.newBuilder()
        .setIsInspectionDelegationStory(f.isInspectionDelegationStory())
        .setDelegationNumber(f.delegationNumber()).setIssuers(f.issuers())
        .setLevel(f.level() == null ? null : InspectionLevel.valueOf(f.level()))
        .setKind(f.kind() == null ? null : io.newswire.schemas.InspectionKind.valueOf(f.kind()))
        .setHead(f.head()).setDeputyHeads(f.deputyHeads()).setInspectedOrganizations(f.inspectedOrganizations())
        .setStage(InspectionStage.valueOf(f.stage())).setSubject(f.subject()).setEventDate(f.eventDate())
        .setLocation(f.location()).setEvidence(f.evidence()).setConfidence(f.confidence())
        .build();
  }

  /** A stable story id for a canonical URL: the first story of a cluster keeps it. */
  public static String storyIdFor(String canonicalUrl) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalUrl.getBytes(StandardCharsets.UTF_8));
      return "s-" + HexFormat.of().formatHex(digest, 0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
