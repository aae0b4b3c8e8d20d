package io.newswire.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Reads an article container in document order into blocks: paragraphs (sub-headings included, as their own
 * paragraphs) and images with their raw caption. Alt text is never read: on baotintuc every body image has
 * the literal alt "Chú thích ảnh".
 */
final class BodyWalker {
  sealed interface Block permits Text, Picture {}

  /** @param emphasised the whole block is italic or emphasised, as captions in older CMS templates are */
  record Text(String text, boolean emphasised) implements Block {}

  record Picture(String url, String caption) implements Block {}

  private static final Set<String> TEXT_TAGS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "li", "pre");
  private static final Set<String> SKIP_TAGS = Set.of("script", "style", "noscript", "iframe", "form", "button",
      "input", "textarea", "select", "svg", "video", "audio", "object", "embed", "nav", "aside", "footer", "header");
  private static final String CAPTION_SELECTOR = "figcaption, .caption, .image_desc, .pic-caption, .PhotoCMS_Caption";
  /** Banners for sister outlets are chrome, not article images; cdnthumb serves teasers. */
  private static final List<String> CHROME_IMAGE_URLS = List.of("/banner", "banner-", "logo", "cdnthumb.");
  private static final List<String> SISTER_OUTLETS = List.of("vnanet", "vietnamplus", "vietnamnews", "bnews",
      "lecourrier", "nxb thông tấn");

  private BodyWalker() {}

  static List<Block> walk(Element container) {
    List<Block> blocks = new ArrayList<>();
    walk(container, blocks);
    return blocks;
  }

  private static void walk(Element element, List<Block> out) {
    for (Element child : element.children()) {
      String tag = child.normalName();
      if (SKIP_TAGS.contains(tag)) {
        continue;
      }
      if (isPicture(child)) {
        picture(child, out);
      } else if (TEXT_TAGS.contains(tag)) {
        if (!child.select("img").isEmpty() && child.text().isBlank()) {
          picture(child, out); // <p><img></p>: its caption, if any, is the next paragraph
          continue;
        }
        String text = Texts.clean(child.text());
        if (!text.isEmpty()) {
          out.add(new Text(text, isEmphasised(child, text)));
        }
      } else if (hasBlockChildren(child)) {
        walk(child, out);
      } else {
        String text = Texts.clean(child.text());
        if (!text.isEmpty() && !tag.equals("a")) {
          out.add(new Text(text, isEmphasised(child, text)));
        }
      }
    }
  }

  private static boolean isEmphasised(Element block, String text) {
    String italic = Texts.clean(block.select("em, i").text());
    return !italic.isEmpty() && italic.length() >= text.length() - 2;
  }

  private static boolean isPicture(Element e) {
    String tag = e.normalName();
    if (tag.equals("figure") || (tag.equals("table") && e.hasClass("image")) || e.hasClass("picture")) {
      return e.selectFirst("img") != null;
    }
    return false;
  }

  private static void picture(Element figure, List<Block> out) {
    Element caption = figure.selectFirst(CAPTION_SELECTOR);
    for (Element img : figure.select("img")) { // a figcaption shared by several images captions each of them
      String url = imageUrl(img);
      String lower = url.toLowerCase(Locale.ROOT);
      String alt = img.attr("alt").toLowerCase(Locale.ROOT);
      if (url.isBlank() || CHROME_IMAGE_URLS.stream().anyMatch(lower::contains)
          || SISTER_OUTLETS.stream().anyMatch(alt::contains)) {
        continue;
      }
      out.add(new Picture(url, caption == null ? null : caption.text()));
    }
  }

  /**
   * The image's real address: lazy-loading pages keep it in {@code data-src}, {@code data-original} or a
   * {@code (data-)srcset}, and put a placeholder (a data: URI or a tiny GIF) in {@code src}.
   */
  private static final List<String> PLACEHOLDER_WORDS = List.of("blank", "placeholder", "loading", "lazy", "1x1",
      "pixel", "spacer", "grey", "gray", "transparent", "empty", "default");

  static String imageUrl(Element img) {
    for (String attr : List.of("data-src", "data-original", "data-lazy-src")) {
      String url = img.absUrl(attr);
      if (!url.isBlank()) {
        return url;
      }
    }
    for (String attr : List.of("data-srcset", "srcset")) {
      String set = img.attr(attr).strip();
      if (!set.isEmpty()) {
        String first = set.split(",")[0].strip().split("\\s+")[0];
        String url = first.isEmpty() ? "" : org.jsoup.internal.StringUtil.resolve(img.baseUri(), first);
        if (!url.isBlank()) {
          return url;
        }
      }
    }
    String src = img.attr("src").strip();
    String lower = src.toLowerCase(Locale.ROOT);
    if (src.startsWith("data:") || (lower.endsWith(".gif") && PLACEHOLDER_WORDS.stream().anyMatch(lower::contains))) {
      return ""; // a placeholder, and nothing better
    }
    return img.absUrl("src");
  }

  private static boolean hasBlockChildren(Element e) {
    for (Element child : e.children()) {
      String tag = child.normalName();
      if (!tag.equals("a") && !tag.equals("strong") && !tag.equals("em") && !tag.equals("b") && !tag.equals("i")
          && !tag.equals("span") && !tag.equals("br") && !tag.equals("sup") && !tag.equals("sub")) {
        return true;
      }
    }
    return false;
  }
}
