package io.newswire.ingest.source;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One news source: where to discover its articles and how to read them. Built-in sources live in
 * {@code sources.json}; a user file (setting {@code ingest.sources.file}) adds sources or replaces one by id.
 *
 * @param extractors its extractor chain, tried in order: site extractor(s) ({@code baotintuc}, {@code vietnamplus}),
 *     then {@code generic}
 * @param articleUrl article URLs look like this; discovery ignores other links
 */
public record Source(String id, String name, List<String> hosts, List<String> extractors, Pattern articleUrl,
                     List<URI> feeds, List<Listing> listings, List<URI> sitemaps,
                     Duration feedInterval, Duration listingInterval, Duration sitemapInterval, boolean enabled) {

  /**
   * A listing page with paging: {@code pageUrl} has {@code {n}} for the page number (2, 3, …).
   */
  public record Listing(URI url, String itemSelector, String pageUrl, int pages) {}

  /** Pages of hosts no source names: the generic extractor alone, no discovery. */
  public static Source web() {
    return new Source("web", "the web", List.of(), List.of("generic"), Pattern.compile("^https?://.+"), List.of(),
        List.of(), List.of(), null, null, null, true);
  }

  public boolean isArticle(String url) {
    return articleUrl.matcher(url).matches();
  }
}
