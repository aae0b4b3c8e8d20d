package io.newswire.ingest.discover;

import java.net.URI;
import java.time.Instant;

/**
 * A link to a (probable) article found by discovery.
 *
 * @param publishedHint the publication time the feed or sitemap gave, if any; extraction's last fallback
 */
public record Discovered(URI url, Instant publishedHint) {}
