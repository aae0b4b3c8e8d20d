package io.newswire.ingest.extract;

import java.net.URI;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One fetched article page, as extraction sees it.
 *
 * @param url the URL the page was fetched from, after redirects
 * @param source the source id from the catalogue ({@code baotintuc}, {@code vietnamplus}, or {@code web})
 * @param html the decoded HTML
 * @param fetchedAt when it was fetched
 * @param feedPublishedAt the publication time the feed or sitemap gave for it; the last fallback
 */
public record Page(URI url, String source, String html, Instant fetchedAt, Instant feedPublishedAt) {

  public Document parse() {
    return Jsoup.parse(html, url.toString());
  }

  public String host() {
    String host = url.getHost();
    return host == null ? "" : host.toLowerCase(java.util.Locale.ROOT);
  }
}
