package io.newswire.ingest.extract;

/** A page that yields no article; {@link #reason()} is a short code for metrics and the dead-letter topic. */
public final class ExtractionException extends Exception {
  private static final long serialVersionUID = 1L;

  public static final String NO_TITLE = "no-title";
  public static final String NO_BODY = "no-body";
  public static final String NOT_HTML = "not-html";
  public static final String NOT_AN_ARTICLE = "not-an-article";

  private final String reason;

  public ExtractionException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}
