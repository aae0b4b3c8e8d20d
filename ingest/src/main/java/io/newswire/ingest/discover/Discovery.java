package io.newswire.ingest.discover;

import io.micrometer.core.instrument.MeterRegistry;
import io.newswire.ingest.fetch.FetchResult;
import io.newswire.ingest.fetch.PoliteFetcher;
import io.newswire.ingest.fetch.PoliteFetcher.Kind;
import io.newswire.ingest.pipeline.DiscoveryHealth;
import io.newswire.ingest.source.Source;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The discover stage: one round over a source's feeds, listings and sitemaps, returning the article links found.
 * Its few requests share the hosts' politeness with the article fetches.
 */
public final class Discovery {
  private static final Logger log = LoggerFactory.getLogger(Discovery.class);
  private static final int MAX_SITEMAP_CHILDREN = 20;

  private final PoliteFetcher fetcher;
  private final DiscoveryHealth health;
  private final MeterRegistry metrics;

  public Discovery(PoliteFetcher fetcher, DiscoveryHealth health, MeterRegistry metrics) {
    this.fetcher = fetcher;
    this.health = health;
    this.metrics = metrics;
  }

  public List<Discovered> feeds(Source source) {
    List<Discovered> found = new ArrayList<>();
    for (URI feed : source.feeds()) {
      FetchResult result = fetcher.fetch(feed, Kind.FEED);
      if (result instanceof FetchResult.Fetched f) {
        try {
          found.addAll(FeedReader.read(feed, f.body()));
          health.succeeded(source.id());
        } catch (DiscoveryException e) {
          failed(source, "feed", "unreadable", e.getMessage());
        }
      } else if (!(result instanceof FetchResult.NotModified)) {
        failed(source, "feed", reasonOf(result), feed + ": " + result);
      }
    }
    return found;
  }

  /** @param isNew whether a link is new to ingest: a listing's older pages are read only while its links are */
  public List<Discovered> listings(Source source, Predicate<String> isNew) {
    List<Discovered> all = new ArrayList<>();
    for (Source.Listing listing : source.listings()) {
      for (int page = 1; page <= Math.max(1, listing.pages()); page++) {
        URI url = page == 1 || listing.pageUrl() == null ? listing.url()
            : URI.create(listing.pageUrl().replace("{n}", Integer.toString(page)));
        FetchResult result = fetcher.fetch(url, Kind.HTML);
        if (!(result instanceof FetchResult.Fetched f)) {
          if (!(result instanceof FetchResult.NotModified)) {
            failed(source, "listing", reasonOf(result), url + ": " + result);
          }
          break;
        }
        List<Discovered> found = ListingReader.read(url, f.text(), listing.itemSelector());
        all.addAll(found);
        health.succeeded(source.id());
        if (listing.pageUrl() == null || found.stream().noneMatch(d -> isNew.test(d.url().toString()))) {
          break; // nothing new on this page: older pages hold nothing new either
        }
      }
    }
    return all;
  }

  public List<Discovered> sitemaps(Source source) {
    List<Discovered> all = new ArrayList<>();
    for (URI root : source.sitemaps()) {
      Deque<URI> pending = new ArrayDeque<>(List.of(root));
      Set<URI> visited = new HashSet<>();
      while (!pending.isEmpty() && visited.size() <= MAX_SITEMAP_CHILDREN) {
        URI url = pending.poll();
        if (!visited.add(url)) {
          continue;
        }
        FetchResult result = fetcher.fetch(url, Kind.FEED);
        if (!(result instanceof FetchResult.Fetched f)) {
          if (!(result instanceof FetchResult.NotModified)) {
            failed(source, "sitemap", reasonOf(result), url + ": " + result);
          }
          continue;
        }
        try {
          SitemapReader.Result read = SitemapReader.read(url, f.contentType(), f.body());
          all.addAll(read.articles());
          // newest child sitemaps are listed last in monthly indexes; look at those first
          List<URI> children = read.childSitemaps();
          for (int i = children.size() - 1; i >= 0; i--) {
            pending.add(children.get(i));
          }
          health.succeeded(source.id());
        } catch (DiscoveryException e) {
          failed(source, "sitemap", "unreadable", e.getMessage());
        }
      }
    }
    return all;
  }

  /** A short, bounded label for a failed fetch: the refusal or failure reason, or the HTTP status class. */
  static String reasonOf(FetchResult result) {
    if (result instanceof FetchResult.Denied d) {
      return d.reason();
    }
    if (result instanceof FetchResult.Failed f) {
      return f.status() > 0 ? "http-" + f.status() / 100 + "xx" : f.reason();
    }
    return "other";
  }

  private void failed(Source source, String kind, String reason, String message) {
    metrics.counter("news.discovery.failures", "source", source.id(), "kind", kind, "reason", reason).increment();
    health.failed(source.id(), kind + ": " + message);
    log.warn("{} {} discovery failed: {}", source.id(), kind, message);
  }
}
