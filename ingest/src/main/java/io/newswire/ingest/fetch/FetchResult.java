package io.newswire.ingest.fetch;

import java.net.URI;
import java.nio.charset.Charset;

/** What one fetch ended with. Only {@link Fetched} carries a body. */
public sealed interface FetchResult {

  URI url();

  /** 200 with a body within the size cap. */
  record Fetched(URI url, URI finalUrl, int status, String contentType, Charset charset, byte[] body,
                 String etag, String lastModified, int attempts) implements FetchResult {
    public String text() {
      return new String(body, charset);
    }
  }

  /** 304: the validators we sent still hold; nothing to parse. */
  record NotModified(URI url) implements FetchResult {}

  /** Refused before any request: robots.txt, host not allowed, private address, circuit open, bad scheme. */
  record Denied(URI url, String reason) implements FetchResult {}

  /** Tried and failed: status, timeout, too large, redirect loop, wrong content type. */
  record Failed(URI url, String reason, int status, int attempts) implements FetchResult {}
}
