package dev.newskit.warc;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTML page read from a WARC file, or the reason a record that should have been one could not be
 * read.
 *
 * <p>A page that read cleanly has its decoded HTTP body in {@link #html()} and an empty {@link
 * #error()}; a failed one has an empty body and says what went wrong and where (its {@link #source()}
 * and {@link #offset()}). Instances are immutable: the body is copied in and out.
 *
 * @param source the WARC file (or stream name) the record came from
 * @param offset where the record starts in that file: its byte offset, compressed for gzip'd files
 * @param url the captured address ({@code WARC-Target-URI}); empty only for a file-level failure
 * @param fetched when the page was captured ({@code WARC-Date})
 * @param charset the charset label the server declared in its {@code Content-Type}, as given
 * @param html the HTTP body with transfer and content encodings removed
 * @param error what went wrong reading this record
 */
public record WarcPage(
    String source, long offset, String url, Optional<Instant> fetched, Optional<String> charset, byte[] html,
    Optional<String> error) {

  public WarcPage {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(fetched, "fetched");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(error, "error");
    html = Objects.requireNonNull(html, "html").clone();
  }

  static WarcPage failed(String source, long offset, String url, Optional<Instant> fetched, String error) {
    return new WarcPage(source, offset, url, fetched, Optional.empty(), new byte[0], Optional.of(error));
  }

  /** The body, a copy. */
  @Override
  public byte[] html() {
    return html.clone();
  }

  /** Where the record is, as {@code source@offset}: enough to find it again with any WARC tool. */
  public String location() {
    return source + "@" + offset;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WarcPage p && source.equals(p.source) && offset == p.offset && url.equals(p.url)
        && fetched.equals(p.fetched) && charset.equals(p.charset) && Arrays.equals(html, p.html)
        && error.equals(p.error);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, offset, url, fetched, charset, Arrays.hashCode(html), error);
  }

  @Override
  public String toString() {
    return "WarcPage[" + location() + " " + url + (error.map(e -> " error: " + e).orElse(" " + html.length + " bytes")) + "]";
  }
}
