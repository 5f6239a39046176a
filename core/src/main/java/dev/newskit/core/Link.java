package dev.newskit.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;

/**
 * An inline link inside a block: the linked text as it appears in the block and its target.
 *
 * @param text the anchor text, as it appears in the block's text; written even when empty (an image link), as the schema requires
 * @param url the absolute http(s) target
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Link(@JsonInclude(JsonInclude.Include.ALWAYS) String text, URI url) {
  /** Validates that the text is present and the URL is an absolute http(s) or mailto URI. */
  public Link {
    Checks.notNull(text, "Link.text");
    Checks.notNull(url, "Link.url");
    String scheme = url.getScheme();
    if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")
        || scheme.equalsIgnoreCase("mailto"))) {
      throw new IllegalArgumentException("Link.url must be an absolute http(s) or mailto URI: " + url);
    }
  }

  /** A link from text and a URI string. */
  public static Link of(String text, String url) {
    Checks.notNull(url, "Link.url");
    return new Link(text, URI.create(url.strip()));
  }
}
