package io.newswire.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * How Vietnamese news pages mark up what the generic extractor needs, where no site extractor knows the layout:
 * the sapo's containers, site names glued to titles, tag links, bylines, the boxes that are not the story, and the
 * signs of a page that is no article at all. Each rule names the common shape it reads.
 */
final class PressConventions {
  /**
   * Sapo containers: {@code h2.singular-sapo}, {@code h2#…SapoLive}, {@code p.description}, {@code div.article__sapo},
   * {@code .content-detail-sapo}, {@code .lead}, {@code .summary}.
   */
  private static final String SAPO = "[class*=sapo], [id*=sapo], p.description, h2.description, div.description, [class*=article__lead], "
      + "[class*=lead-detail], p.lead, div.lead, h2.lead, [class*=summary]";
  /**
   * Boxes that are not the story, by whole class tokens (a bare substring would also hit "stage" or "shared-body"):
   * embedded related articles ({@code article.ck-cms-insert-news}), share bars, "Xem thêm" boxes, tag lists,
   * comments, bylines — removed before Readability picks the body.
   */
  static final String NOT_THE_STORY = "[class~=(?i)(^|\\s)[\\w-]*(insert-news|related|relate|share|social|xem-them|"
      + "see-more|readmore|read-more|comment|breadcrumb|author|byline)[\\w-]*(\\s|$)], "
      + "[class~=(?i)(^|\\s)([\\w]+[-_]{1,2})?(tags?|keywords?)([-_][\\w]+)?(\\s|$)], nav, aside, footer";
  private static final String TAG_LINKS = "a[rel=tag], a[href*=/tag/], a[href*=/tags/], a[href*=/tu-khoa/], "
      + "a[href*=/chu-de/], a[href*=/topic/]";
  private static final String BYLINE = "[class*=author], .byline, [rel=author], [class*=tacgia]";
  private static final Pattern SITE_TAIL = Pattern.compile("\\s+[|\\-–—]\\s+[^|\\-–—]*$");
  private static final Pattern ERROR_PAGE = Pattern.compile("(?iu)\\b404\\b|không tìm thấy|không tồn tại|"
      + "đã bị (?:xóa|xoá|gỡ)|page not found|trang bạn (?:tìm|yêu cầu)");
  private static final List<String> NOT_ARTICLE_TYPES = List.of("PodcastEpisode", "AudioObject", "VideoObject",
      "CollectionPage", "WebSite", "ItemList");

  private PressConventions() {}

  /**
   * The headline: the page's {@code h1} when it agrees with the title the page gives itself (its main part, without
   * the site's name), else that title, else JSON-LD's headline — an SEO headline must not win over the visible one.
   */
  static String title(Document doc, Optional<JsonNode> ld) {
    String h1 = Dom.firstText(doc, "article h1", "h1");
    String og = withoutSiteName(Dom.meta(doc, "og:title"));
    String titleTag = withoutSiteName(Dom.firstText(doc, "title"));
    String declared = og != null ? og : titleTag;
    if (h1 != null && (declared == null || agree(h1, declared))) {
      return h1;
    }
    if (declared != null) {
      return declared;
    }
    return ld.flatMap(a -> JsonLd.text(a, "headline")).orElse(h1);
  }

  /** "Tiêu đề | Thời sự - Báo VnExpress" → "Tiêu đề": the tail after the last bar or dash, while it names a site. */
  static String withoutSiteName(String title) {
    if (title == null) {
      return null;
    }
    String t = Texts.clean(title);
    for (int i = 0; i < 3; i++) {
      var m = SITE_TAIL.matcher(t);
      if (!m.find() || m.start() < 10) {
        break;
      }
      String tail = m.group().toLowerCase(Locale.ROOT);
      boolean site = tail.contains("báo") || tail.contains(".vn") || tail.contains(".net") || tail.contains(".com")
          || tail.contains("online") || tail.contains("điện tử") || tail.length() < 25;
      if (!site) {
        break;
      }
      t = t.substring(0, m.start()).strip();
    }
    return t.isEmpty() ? null : t;
  }

  private static boolean agree(String a, String b) {
    String x = key(a);
    String y = key(b);
    return x.equals(y) || x.startsWith(y) || y.startsWith(x);
  }

  private static String key(String s) {
    return Texts.clean(s).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /**
   * The sapo: a known container outside the body, else the page's description when the body's first paragraph
   * starts with it (then that paragraph is the sapo, and not also the body's first paragraph).
   */
  static String sapo(Document doc, Optional<JsonNode> ld, List<String> firstParagraphs) {
    for (Element e : doc.select(SAPO)) {
      String text = Texts.clean(e.text());
      if (text.length() >= 30 && text.length() <= 800 && e.select("a").text().length() * 2 < text.length()
          && e.closest("nav, footer, header, aside, li") == null) {
        return text;
      }
    }
    String description = ld.flatMap(a -> JsonLd.text(a, "description")).orElse(Dom.meta(doc, "og:description"));
    if (description != null && !firstParagraphs.isEmpty()) {
      String first = firstParagraphs.get(0);
      String head = key(description);
      if (head.length() >= 30 && key(first).startsWith(head.substring(0, Math.min(60, head.length())))) {
        return first;
      }
    }
    return null;
  }

  /** Tags: {@code article:tag} metas, JSON-LD {@code keywords} (a list or a comma-separated string), tag links. */
  static List<String> tags(Document doc, Optional<JsonNode> ld) {
    List<String> tags = new ArrayList<>();
    doc.select("meta[property=article:tag][content], meta[name=article:tag][content]")
        .forEach(m -> tags.addAll(splitCommas(m.attr("content"))));
    ld.map(a -> a.get("keywords")).ifPresent(k -> {
      if (k.isArray()) {
        k.forEach(v -> tags.add(v.asText()));
      } else if (k.isTextual()) {
        tags.addAll(splitCommas(k.asText()));
      }
    });
    if (tags.isEmpty()) {
      for (Element a : doc.select(TAG_LINKS)) {
        if (a.closest("nav, header, footer, [class*=menu]") == null && a.text().length() < 60) {
          tags.add(a.text());
        }
      }
    }
    return tags;
  }

  /** {@code article:section} as "Kinh tế,Doanh nghiệp": the first part is the category. */
  static String category(Document doc) {
    String section = Dom.meta(doc, "article:section");
    if (section == null) {
      return null;
    }
    List<String> parts = splitCommas(section);
    return parts.isEmpty() ? null : parts.get(0);
  }

  private static List<String> splitCommas(String s) {
    List<String> out = new ArrayList<>();
    for (String part : s.split("[,;]")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  /** The author: a person named in the metadata, else the visible byline (an organisation is no author). */
  static String author(Document doc, Optional<JsonNode> ld) {
    Optional<JsonNode> person = ld.map(a -> a.get("author")).map(a -> a.isArray() && a.size() > 0 ? a.get(0) : a);
    boolean organisation = person.map(p -> p.path("@type").asText("").contains("Organization")).orElse(false);
    if (!organisation) {
      Optional<String> name = ld.flatMap(a -> JsonLd.text(a, "author"));
      if (name.isPresent()) {
        return name.get();
      }
      String meta = Dom.meta(doc, "author");
      if (meta != null && !looksLikeSite(meta)) {
        return meta;
      }
    }
    for (Element e : doc.select(BYLINE)) {
      // the innermost byline element: "author-wrap" around "author-name" and "author-time" is not the name
      if (!e.children().select(BYLINE).isEmpty()) {
        continue;
      }
      String text = Texts.clean(e.text()).replaceFirst("(?iu)^(?:tác giả|theo|by)\\s*:?\\s*", "");
      // a name has no digits: a time or a date in the byline's box is not the author
      if (!text.isEmpty() && text.length() <= 60 && e.select("a").size() <= 1 && !looksLikeSite(text)
          && !text.matches(".*\\d.*")) {
        return text;
      }
    }
    // the byline as the body's last, right-aligned paragraph: <p style="text-align:right"><strong>Tên</strong></p>
    var rightAligned = doc.select("p[style*=right], p[align=right]");
    for (int i = rightAligned.size() - 1; i >= 0; i--) {
      String text = Texts.clean(rightAligned.get(i).text());
      if (!text.isEmpty() && text.length() <= 60 && !looksLikeSite(text) && !text.contains(".")) {
        return text;
      }
    }
    return null;
  }

  private static boolean looksLikeSite(String s) {
    String l = s.toLowerCase(Locale.ROOT);
    return l.startsWith("báo ") || l.contains(".vn") || l.contains(".net") || l.contains(".com");
  }

  /**
   * Why the page is no article, or null: an error page (404 wording in its title or headline, or a canonical URL
   * that is the site's home page), a page that says it is something else ({@code og:type} website or video, JSON-LD
   * podcast, video or collection without an article).
   */
  static String notAnArticle(Document doc, boolean jsonLdArticle, URI fetched) {
    String heading = (Dom.firstText(doc, "title") + " " + Dom.firstText(doc, "h1")).replace("null", "");
    if (ERROR_PAGE.matcher(heading).find()) {
      return "an error page (" + Texts.clean(heading) + ")";
    }
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    if (canonical != null) {
      try {
        URI c = URI.create(canonical.absUrl("href"));
        String path = c.getPath() == null ? "" : c.getPath();
        if ((path.isEmpty() || path.equals("/")) && fetched.getPath() != null && fetched.getPath().length() > 1) {
          return "its canonical URL is the home page";
        }
      } catch (IllegalArgumentException e) {
        // an unusable canonical says nothing
      }
    }
    if (!jsonLdArticle) {
      String ogType = Dom.meta(doc, "og:type");
      String type = ogType == null ? "" : ogType.toLowerCase(Locale.ROOT);
      // some news sites call every page "website"; only with no publication time either is that a verdict
      if (type.startsWith("video") || type.startsWith("music") || type.startsWith("audio")
          || (type.equals("website") && Dom.meta(doc, "article:published_time") == null)) {
        return "og:type is " + ogType;
      }
      for (Element script : doc.select("script[type=application/ld+json]")) {
        for (String other : NOT_ARTICLE_TYPES) {
          if (script.data().contains("\"" + other + "\"")) {
            return "JSON-LD says " + other;
          }
        }
      }
    }
    return null;
  }
}
