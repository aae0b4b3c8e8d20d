package io.newswire.ingest.extract;

import io.newswire.schemas.Image;
import io.newswire.schemas.RawArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns body blocks plus page metadata into a {@link RawArticle}, applying the publisher conventions every
 * TTXVN layout shares: captions split from credits and kept out of the body, chrome lines dropped, the closing
 * {@code ./.} removed, and the byline ({@code Trần Quyên (TTXVN)}) or credit line ({@code TTXVN/Báo Tin tức})
 * at the end of the body read as metadata rather than text.
 */
final class ArticleAssembler {
  /** {@code TTXVN/Báo Tin tức}, {@code TTXVN}, {@code Theo TTXVN}, {@code Nguồn: TTXVN}. */
  private static final Pattern CREDIT_LINE =
      Pattern.compile("(?U)^(?:Theo |Nguồn: ?)?(TTXVN(?:/[\\w +.]{2,30})?|[\\w +.]{2,30}/TTXVN)\\.?$");
  /** {@code Trần Quyên (TTXVN)}, {@code Minh Nghĩa (TTXVN)}. */
  private static final Pattern BYLINE =
      Pattern.compile("(?U)^(\\p{Lu}[\\w.]*(?:[ -]\\p{Lu}[\\w.]*){0,5})\\s*\\(([^()]{2,40})\\)$");

  private String url;
  private String canonicalUrl;
  private String source;
  private Instant fetchedAt;
  private Instant publishedAt;
  private String title;
  private String lead;
  private String author;
  private String sourceCredit;
  private String category;
  private final LinkedHashSet<String> tags = new LinkedHashSet<>();
  private final List<String> paragraphs = new ArrayList<>();
  private final List<Image> images = new ArrayList<>();

  ArticleAssembler(Page page, String canonicalUrl) {
    this.url = page.url().toString();
    this.canonicalUrl = canonicalUrl;
    this.source = page.source();
    this.fetchedAt = page.fetchedAt();
  }

  ArticleAssembler title(String value) {
    this.title = blankToNull(value);
    return this;
  }

  ArticleAssembler lead(String value) {
    this.lead = blankToNull(value);
    return this;
  }

  ArticleAssembler publishedAt(Instant value) {
    this.publishedAt = value;
    return this;
  }

  ArticleAssembler author(String value) {
    String v = blankToNull(value);
    if (v != null && CREDIT_LINE.matcher(v).matches()) {
      sourceCredit(v); // "TTXVN/Báo Tin tức" in the author slot is the source credit, not a person
    } else if (v != null && !v.equalsIgnoreCase("Vietnam+") && !v.equalsIgnoreCase("VietnamPlus")) {
      this.author = v;
    }
    return this;
  }

  ArticleAssembler sourceCredit(String value) {
    String v = blankToNull(value);
    if (v != null) {
      v = v.replaceFirst("^(?:Theo |Nguồn: ?)", "").replaceFirst("^\\((.*)\\)$", "$1").replaceFirst("\\.$", "");
      this.sourceCredit = v;
    }
    return this;
  }

  ArticleAssembler category(String value) {
    this.category = blankToNull(value);
    return this;
  }

  /** A tag as sites print it, cleaned: {@code "#Ukraine"}, {@code "Ukraine,"} and {@code " Ukraine "} are "Ukraine". */
  ArticleAssembler tag(String value) {
    String v = value == null ? null : blankToNull(Texts.clean(value).replaceAll("^[#\\s]+|[\\s,;|]+$", ""));
    if (v != null && !tags.contains(v)) {
      tags.add(v);
    }
    return this;
  }

  ArticleAssembler body(List<BodyWalker.Block> blocks) {
    BodyWalker.Block previous = null;
    for (BodyWalker.Block block : blocks) {
      if (block instanceof BodyWalker.Picture picture) {
        Caption caption = picture.caption() == null ? new Caption(null, null) : Caption.parse(picture.caption());
        images.add(new Image(picture.url(), caption.text(), caption.credit()));
      } else if (block instanceof BodyWalker.Text text) {
        String t = text.text();
        if (isLooseCaption(text, previous)) {
          Caption caption = Caption.parse(t);
          Image last = images.get(images.size() - 1);
          images.set(images.size() - 1, new Image(last.getUrl(), caption.text(), caption.credit()));
        } else if (text.emphasised() && Caption.parse(t).credit() != null && t.length() < 300) {
          continue; // an italic "… Ảnh: X/TTXVN" line whose image the page did not mark up
        } else if (!Texts.isChrome(t) && !isCaptionEcho(t)) {
          paragraphs.add(t);
        }
      }
      previous = block;
    }
    trimClosingLines();
    return this;
  }

  /** Older templates put a bare {@code <p><img></p>} and the caption in the next, usually italic, paragraph. */
  private boolean isLooseCaption(BodyWalker.Text text, BodyWalker.Block previous) {
    if (!(previous instanceof BodyWalker.Picture picture) || picture.caption() != null || images.isEmpty()) {
      return false;
    }
    return text.text().length() < 300 && (text.emphasised() || Caption.parse(text.text()).credit() != null);
  }

  /** A caption repeated as a paragraph (text copies put "Chú thích ảnh / …" before it). */
  private boolean isCaptionEcho(String text) {
    if (text.startsWith("Ảnh:") || text.startsWith("(Ảnh:")) {
      return true;
    }
    for (Image image : images) {
      if (image.getCaption() != null && Caption.parse(text).text() != null
          && Caption.parse(text).text().equals(image.getCaption()) && Caption.parse(text).credit() != null) {
        return true;
      }
    }
    return false;
  }

  private void trimClosingLines() {
    // the last lines may be a byline and/or a credit line, in either order
    for (int guard = 0; guard < 3 && !paragraphs.isEmpty(); guard++) {
      String last = paragraphs.get(paragraphs.size() - 1);
      Matcher byline = BYLINE.matcher(last);
      if (CREDIT_LINE.matcher(last).matches()) {
        sourceCredit(last);
        paragraphs.remove(paragraphs.size() - 1);
      } else if (byline.matches() && byline.group(1).split(" ").length <= 5) {
        if (author == null) {
          author = byline.group(1);
        }
        if (sourceCredit == null) {
          sourceCredit(byline.group(2));
        }
        paragraphs.remove(paragraphs.size() - 1);
      } else {
        break;
      }
    }
    if (!paragraphs.isEmpty()) {
      int lastIndex = paragraphs.size() - 1;
      String last = paragraphs.get(lastIndex);
      // "…cuối./." : the first dot of the end mark is the sentence's own full stop, and stays
      String stripped = last.replaceFirst("\\.?\\s*\\./\\.\\s*$", ".").strip();
      if (stripped.isEmpty() || stripped.equals(".")) {
        paragraphs.remove(lastIndex);
      } else {
        paragraphs.set(lastIndex, stripped);
      }
    }
    if (lead != null && !paragraphs.isEmpty() && paragraphs.get(0).equals(lead)) {
      paragraphs.remove(0); // some layouts repeat the sapo as the first body paragraph
    }
  }

  RawArticle build(String extractor) throws ExtractionException {
    if (title == null) {
      throw new ExtractionException(ExtractionException.NO_TITLE, "no title found on " + url);
    }
    if (paragraphs.isEmpty()) {
      throw new ExtractionException(ExtractionException.NO_BODY, "no body text found on " + url);
    }
    return RawArticle.newBuilder()
        .setUrl(url).setCanonicalUrl(canonicalUrl).setSource(source).setFetchedAt(fetchedAt)
        .setPublishedAt(publishedAt).setTitle(title).setLead(lead).setParagraphs(List.copyOf(paragraphs))
        .setImages(List.copyOf(images)).setAuthor(author).setSourceCredit(sourceCredit).setCategory(category)
        .setTags(List.copyOf(tags)).setLanguage("vi").setExtractor(extractor).setRawHtmlGzip(null)
        .build();
  }

  private static String blankToNull(String value) {
    String cleaned = Texts.clean(value);
    return cleaned.isEmpty() ? null : cleaned;
  }
}
