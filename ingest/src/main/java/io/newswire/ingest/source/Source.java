package io.newswire.ingest.source;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One news source: where to discover its articles and how to read them. Built-in sources live in
 * {@code sources.json}; a user file (setting {@code ingest.sources.file}) adds sources or replaces one by id.
 *
 * @param extractor the extractor for its pages ({@code baotintuc}, {@code vietnamplus}, {@code generic})
 * @param articleUrl article URLs look like this; discovery ignores other links
 */
public record Source(String id, String name, List<String> hosts, String extractor, Pattern articleUrl,
                     List<URI> feeds, List<Listing> listings, List<URI> sitemaps,
                     Duration feedInterval, Duration listingInterval, Duration sitemapInterval, boolean enabled) {

  /**
   * A listing page with paging: {@code pageUrl} has {@code {n}} for the page number (2, 3, …).
   */
  public record Listing(URI url, String itemSelector, String pageUrl, int pages) {}

  public boolean isArticle(String url) {
    return articleUrl.matcher(url).matches();
  }
}
