package dev.newskit.html.internal;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Web addresses: the one test of whether a text is an absolute http(s) URL, and the one resolver of a
 * relative address against a page's address ({@code java.net.URL}'s RFC 3986 resolution, which is also
 * what jsoup's {@code absUrl} applies to the attributes of parsed elements).
 */
public final class Urls {
  private static final Pattern ABSOLUTE_HTTP = Pattern.compile("(?i)https?://\\S+");
  /** A URL's scheme and its colon (RFC 3986: a letter, then letters, digits, "+", "-" or "."). */
  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");
  private static final Pattern TABS_AND_BREAKS = Pattern.compile("[\t\n\r]");
  /** Parsed base addresses, kept because every relative address of a page resolves against the same one. */
  private static final Map<String, URL> BASES = new ConcurrentHashMap<>();

  private Urls() {}

  /** Whether {@code text} is an absolute http or https URL without whitespace. */
  public static boolean isAbsoluteHttp(String text) {
    return ABSOLUTE_HTTP.matcher(text).matches();
  }

  /**
   * The relative reference an attribute gives, as the page wrote it, for a page whose address is unknown:
   * trimmed, with tabs and line breaks removed as browsers remove them; empty when it has a scheme (an
   * absolute URL, {@code javascript:}, {@code data:}), is blank, or names only the page's own query or
   * fragment.
   */
  public static Optional<String> relativeAsGiven(String raw) {
    String ref = TABS_AND_BREAKS.matcher(raw.strip()).replaceAll("");
    if (ref.isEmpty() || ref.charAt(0) == '#' || ref.charAt(0) == '?' || SCHEME.matcher(ref).lookingAt()) {
      return Optional.empty();
    }
    return Optional.of(ref);
  }

  /** {@code relative} resolved against the absolute address {@code base}; empty when either is not a URL. */
  public static Optional<String> resolve(String base, String relative) {
    try {
      return Optional.of(new URL(baseUrl(base), relative).toExternalForm());
    } catch (MalformedURLException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static URL baseUrl(String base) throws MalformedURLException {
    URL parsed = BASES.get(base);
    if (parsed == null) {
      parsed = new URL(base);
      if (BASES.size() > 256) BASES.clear();
      BASES.put(base, parsed);
    }
    return parsed;
  }
}
