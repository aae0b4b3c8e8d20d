package io.newswire.ingest.extract;

import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Selector look-ups in order of preference, so each extractor lists its layout generations declaratively. */
final class Dom {
  private Dom() {}

  static Optional<Element> first(Element root, String... selectors) {
    for (String selector : selectors) {
      Element e = root.selectFirst(selector);
      if (e != null) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  static String firstText(Element root, String... selectors) {
    for (String selector : selectors) {
      Element e = root.selectFirst(selector);
      if (e != null && !Texts.clean(e.text()).isEmpty()) {
        return Texts.clean(e.text());
      }
    }
    return null;
  }

  static String meta(Document doc, String property) {
    Element e = doc.selectFirst("meta[property=" + property + "][content], meta[name=" + property + "][content]");
    return e == null ? null : Texts.clean(e.attr("content"));
  }

  /** A detached copy of the container with the given chrome removed, so the page itself stays intact. */
  static Element withoutChrome(Element container, String chromeSelectors) {
    Element copy = container.clone();
    copy.select(chromeSelectors).remove();
    return copy;
  }
}
