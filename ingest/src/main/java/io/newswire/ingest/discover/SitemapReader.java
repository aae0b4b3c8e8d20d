package io.newswire.ingest.discover;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Sitemaps and sitemap indexes (crawler-commons), including Google News sitemaps, whose
 * {@code news:publication_date} is the best publication hint a sitemap gives.
 */
public final class SitemapReader {

  /** What one sitemap document held: article links, and child sitemaps when it is an index. */
  public record Result(List<Discovered> articles, List<URI> childSitemaps) {}

  public static Result read(URI url, String contentType, byte[] body) throws DiscoveryException {
    SiteMapParser parser = new SiteMapParser(false);
    parser.enableExtension(Extension.NEWS);
    AbstractSiteMap map;
    try {
      map = parser.parseSiteMap(contentType, body, new URL(url.toString()));
    } catch (UnknownFormatException | IOException | RuntimeException e) {
      throw new DiscoveryException("not a readable sitemap at " + url + ": " + e.getMessage());
    }
    List<Discovered> articles = new ArrayList<>();
    List<URI> children = new ArrayList<>();
    if (map instanceof SiteMapIndex index) {
      for (AbstractSiteMap child : index.getSitemaps()) {
        toUri(child.getUrl()).ifPresent(children::add);
      }
    } else if (map instanceof SiteMap sitemap) {
      for (SiteMapURL entry : sitemap.getSiteMapUrls()) {
        Instant published = null;
        ExtensionMetadata[] news = entry.getAttributesForExtension(Extension.NEWS);
        if (news != null && news.length > 0 && news[0] instanceof NewsAttributes n && n.getPublicationDate() != null) {
          published = n.getPublicationDate().toInstant();
        } else if (entry.getLastModified() != null) {
          published = entry.getLastModified().toInstant();
        }
        Instant hint = published;
        toUri(entry.getUrl()).ifPresent(u -> articles.add(new Discovered(u, hint)));
      }
    }
    return new Result(articles, children);
  }

  private static java.util.Optional<URI> toUri(URL url) {
    try {
      return java.util.Optional.of(url.toURI());
    } catch (URISyntaxException e) {
      return java.util.Optional.empty();
    }
  }

  private SitemapReader() {}
}
