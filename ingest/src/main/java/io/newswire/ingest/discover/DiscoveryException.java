package io.newswire.ingest.discover;

/** A feed, sitemap or listing page that could not be read. */
public final class DiscoveryException extends Exception {
  private static final long serialVersionUID = 1L;

  public DiscoveryException(String message) {
    super(message);
  }
}
