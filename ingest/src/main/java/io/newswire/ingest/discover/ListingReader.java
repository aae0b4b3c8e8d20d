package io.newswire.ingest.discover;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Article links on a section listing page ({@code li.item a.thumb} on baotintuc), resolved to absolute URLs. */
public final class ListingReader {

  public static List<Discovered> read(URI pageUrl, String html, String itemSelector) {
    Document doc = Jsoup.parse(html, pageUrl.toString());
    Set<String> seen = new LinkedHashSet<>();
    for (Element a : doc.select(itemSelector)) {
      String href = a.absUrl("href");
      if (!href.isBlank()) {
        seen.add(href);
      }
    }
    List<Discovered> found = new ArrayList<>();
    for (String href : seen) {
      try {
        found.add(new Discovered(URI.create(href), null));
      } catch (IllegalArgumentException e) {
        // malformed href on the page
      }
    }
    return found;
  }

  private ListingReader() {}
}
