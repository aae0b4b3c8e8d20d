package io.newswire.analysis;

import io.newswire.analysis.entity.EntityKind;
import io.newswire.analysis.entity.EntityTagger;
import io.newswire.analysis.entity.Gazetteer;
import io.newswire.analysis.entity.Mention;
import io.newswire.analysis.entity.ProvinceHistory;
import io.newswire.analysis.inspection.InspectionDetector;
import io.newswire.analysis.inspection.InspectionFacts;
import io.newswire.analysis.text.Sentences;
import io.newswire.analysis.text.VietnameseText;
import io.newswire.analysis.text.Words;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The text-analysis core: normalize, tag entities, detect inspection delegations. No Kafka types, no I/O
 * after construction; thread-safe, so one instance serves a whole Streams application.
 */
public final class ArticleAnalyzer {
  private final EntityTagger tagger;
  private static final ProvinceHistory PROVINCES = ProvinceHistory.get();
  private final InspectionDetector inspections = new InspectionDetector();

  /** The default of {@code processor.max.chars}: far above any real article (the seed is 6,600 characters). */
  public static final int DEFAULT_MAX_CHARS = 200_000;
  private final int maxChars;

  public ArticleAnalyzer() {
    this(Gazetteer.load(), DEFAULT_MAX_CHARS);
  }

  public ArticleAnalyzer(int maxChars) {
    this(Gazetteer.load(), maxChars);
  }

  public ArticleAnalyzer(Gazetteer gazetteer) {
    this(gazetteer, DEFAULT_MAX_CHARS);
  }

  /**
   * @param maxChars how much text is analysed, headline first, then lead, body, captions and credits: a live blog
   *     or a law pasted whole must not hold a stream thread for minutes; the text beyond is kept, not analysed
   */
  public ArticleAnalyzer(Gazetteer gazetteer, int maxChars) {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
    }
    this.tagger = new EntityTagger(gazetteer);
    this.maxChars = maxChars;
  }

  public Analysis analyze(AnalysisInput input) {
    String title = VietnameseText.clean(input.title());
    String lead = input.lead() == null ? null : VietnameseText.clean(input.lead());
    List<String> paragraphs = cleanEach(input.paragraphs(), true);
    List<String> captions = cleanEach(input.captions(), false);
    String body = String.join("\n", paragraphs);
    List<String> creditLines = cleanEach(input.credits(), false);
    String[][] fields = {{"title", title}, {"lead", lead == null ? "" : lead}, {"body", body},
        {"captions", String.join("\n", captions)}, {"credits", String.join("\n", creditLines)}};
    Integer truncatedAt = withinBudget(fields);

    Words[] words = new Words[fields.length];
    List<Mention> mentions = new ArrayList<>();
    for (int f = 0; f < fields.length; f++) {
      words[f] = VietnameseText.words(fields[f][1]);
      mentions.addAll(tagger.tag(fields[f][0], fields[f][1], words[f]));
    }
    if (input.author() != null && !input.author().isBlank()) {
      String author = VietnameseText.clean(input.author());
      if (author.split(" ").length >= 2 && !author.contains("-")) {
        mentions.add(new Mention(EntityKind.PERSON, author, author, "author", 0, author.length(), -1, null, null));
      }
    }
    mentions.addAll(knownNamesAgain(fields, words, mentions));
    List<InspectionDetector.Sentence> sentences = sentences(fields, words);
    java.time.LocalDate storyDate = input.publishedAt() == null ? null
        : input.publishedAt().atZone(io.newswire.analysis.text.RelativeDates.NEWSROOM).toLocalDate();
    List<Mention> indexed = indexed(mentions, new SentenceIndex(fields, sentences), storyDate);
    InspectionFacts facts = inspections.detect(title, sentences, indexed, input.publishedAt());
    if (facts.isInspectionDelegationStory()) {
      indexed = io.newswire.analysis.entity.PositionRulesAccess.numberDelegationRoles(indexed, facts.delegationNumber());
    }
    return new Analysis(title, lead, paragraphs, captions, indexed, facts, truncatedAt,
        truncatedAt == null ? matchKeys(words, paragraphs) : null);
  }

  /**
   * The person names found so far, looked for again in every field (a name written once in full is the same person
   * wherever it stands).
   */
  private List<Mention> knownNamesAgain(String[][] fields, Words[] words, List<Mention> mentions) {
    Set<String> names = new LinkedHashSet<>();
    List<List<Mention>> byField = new ArrayList<>(fields.length);
    while (byField.size() < fields.length) {
      byField.add(new ArrayList<>());
    }
    for (Mention m : mentions) {
      if (m.kind() == EntityKind.PERSON) {
        names.add(m.canonical());
      }
      int f = fieldIndex(fields, m.field());
      if (f >= 0) {
        byField.get(f).add(m);
      }
    }
    EntityTagger.KnownNames known = new EntityTagger.KnownNames(List.copyOf(names));
    List<Mention> found = new ArrayList<>();
    for (int f = 0; f < fields.length; f++) {
      found.addAll(tagger.tagKnownNames(fields[f][0], fields[f][1], words[f], known, byField.get(f)));
    }
    return found;
  }

  /** The sentences of every field, in order, numbered across the fields. */
  private static List<InspectionDetector.Sentence> sentences(String[][] fields, Words[] words) {
    List<InspectionDetector.Sentence> sentences = new ArrayList<>();
    for (int f = 0; f < fields.length; f++) {
      String[] field = fields[f];
      String key = words[f].key(); // same offsets as the clean text: a sentence's key is its slice of it
      for (Sentences.Span span : Sentences.split(field[1])) {
        sentences.add(new InspectionDetector.Sentence(field[0], sentences.size(), span.start(), span.end(), field[1],
            key));
      }
    }
    return sentences;
  }

  /** Each mention with its sentence, and a place with the name it had on the story's date. */
  private static List<Mention> indexed(List<Mention> mentions, SentenceIndex sentenceIndex,
                                       java.time.LocalDate storyDate) {
    List<Mention> indexed = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      Mention dated = m.kind() == EntityKind.LOCATION ? m.withCanonical(PROVINCES.nameAt(m.canonical(), storyDate)) : m;
      indexed.add(dated.withSentence(sentenceIndex.of(m)));
    }
    return indexed;
  }

  /** Each text cleaned, in order; with {@code dropEmpty}, those that clean to nothing left out. Unmodifiable. */
  private static List<String> cleanEach(List<String> texts, boolean dropEmpty) {
    List<String> out = new ArrayList<>(texts.size());
    for (String text : texts) {
      String clean = VietnameseText.clean(text);
      if (!dropEmpty || !clean.isEmpty()) {
        out.add(clean);
      }
    }
    return java.util.Collections.unmodifiableList(out);
  }

  /**
   * Title, lead and paragraph keys from the fields' words; a paragraph's key is its slice of the body's, which is the
   * key of the paragraphs joined by newlines: a key is made char by char, and at a paragraph's end the newline reads
   * as the end of the text does.
   */
  private static Analysis.MatchKeys matchKeys(Words[] words, List<String> paragraphs) {
    String body = words[2].key();
    List<String> keys = new ArrayList<>(paragraphs.size());
    int start = 0;
    for (String p : paragraphs) {
      keys.add(body.substring(start, start + p.length()));
      start += p.length() + 1;
    }
    return new Analysis.MatchKeys(words[0].key(), words[1].key(), keys);
  }

  /**
   * Cuts the fields, in order, to {@link #maxChars} characters in all (never inside a surrogate pair); the
   * offsets of what remains are those of the whole text. Returns the characters kept when something was cut.
   */
  private Integer withinBudget(String[][] fields) {
    int remaining = maxChars;
    boolean cut = false;
    for (String[] field : fields) {
      String text = field[1];
      if (text.length() <= remaining) {
        remaining -= text.length();
        continue;
      }
      int keep = remaining;
      if (keep > 0 && Character.isHighSurrogate(text.charAt(keep - 1))) {
        keep--;
      }
      field[1] = text.substring(0, keep);
      remaining -= keep;
      cut = true;
    }
    return cut ? maxChars - remaining : null;
  }

  /** The field named {@code name}, by its index in {@code fields}, or -1. */
  private static int fieldIndex(String[][] fields, String name) {
    for (int f = 0; f < fields.length; f++) {
      if (fields[f][0].equals(name)) {
        return f;
      }
    }
    return -1;
  }

  /** The sentence a mention starts in, by binary search over each field's sentence starts (not a scan per mention). */
  private static final class SentenceIndex {
    private final String[][] fields;
    private final List<List<InspectionDetector.Sentence>> byField = new ArrayList<>();

    SentenceIndex(String[][] fields, List<InspectionDetector.Sentence> sentences) {
      this.fields = fields;
      while (byField.size() < fields.length) {
        byField.add(new ArrayList<>());
      }
      for (InspectionDetector.Sentence s : sentences) {
        byField.get(fieldIndex(fields, s.field())).add(s); // in order of start within a field
      }
    }

    int of(Mention m) {
      int f = fieldIndex(fields, m.field());
      if (f < 0) {
        return -1;
      }
      List<InspectionDetector.Sentence> list = byField.get(f);
      int lo = 0;
      int hi = list.size() - 1;
      int found = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (list.get(mid).start() <= m.start()) {
          found = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      if (found < 0) {
        return -1;
      }
      InspectionDetector.Sentence s = list.get(found);
      return m.start() < s.end() ? s.index() : -1;
    }
  }
}
