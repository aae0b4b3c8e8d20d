package io.newswire.ingest.discover;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** RSS and Atom feeds, read with Rome: item links and their publication dates. */
public final class FeedReader {

  public static List<Discovered> read(URI feedUrl, byte[] body) throws DiscoveryException {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false); // feeds are untrusted XML
      feed = input.build(new XmlReader(new ByteArrayInputStream(body)));
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new DiscoveryException("not a readable feed at " + feedUrl + ": " + e.getMessage());
    }
    List<Discovered> found = new ArrayList<>();
    for (SyndEntry entry : feed.getEntries()) {
      String link = entry.getLink() != null ? entry.getLink() : entry.getUri();
      if (link == null || link.isBlank()) {
        continue;
      }
      // stale feeds double the prefix (https://vnanet.vnhttps://vnanet.vn/...): keep the last absolute URL
      int again = link.lastIndexOf("http");
      if (again > 0) {
        link = link.substring(again);
      }
      try {
        URI url = feedUrl.resolve(link.strip());
        Instant published = entry.getPublishedDate() != null ? entry.getPublishedDate().toInstant()
            : entry.getUpdatedDate() != null ? entry.getUpdatedDate().toInstant() : null;
        found.add(new Discovered(url, published));
      } catch (IllegalArgumentException e) {
        // one bad link does not spoil the feed
      }
    }
    return found;
  }

  private FeedReader() {}
}
