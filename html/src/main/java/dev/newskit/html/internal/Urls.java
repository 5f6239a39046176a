package dev.newskit.html.internal;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Web addresses: the one test of whether a text is an absolute http(s) URL, and the one resolver of a
 * relative address against a page's address ({@code java.net.URL}'s RFC 3986 resolution, which is also
 * what jsoup's {@code absUrl} applies to the attributes of parsed elements).
 */
public final class Urls {
  /** A URL's scheme and its colon (RFC 3986: a letter, then letters, digits, "+", "-" or "."). */
  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");
  private static final Pattern TABS_AND_BREAKS = Pattern.compile("[\t\n\r]");
  /** Parsed base addresses, kept because every relative address of a page resolves against the same one. */
  private static final Map<String, Base> BASES = new ConcurrentHashMap<>();
  /** jsoup's test for an address that starts with a scheme. */
  private static final Pattern URI_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+-.]*:");
  /** jsoup's pattern of the {@code /../} segments left at the start of a resolved path. */
  private static final Pattern EXTRA_DOT_SEGMENTS = Pattern.compile("^/(?>(?>\\.\\.?/)+)");
  /**
   * Schemes that {@code java.net.URL} has no handler for ({@code javascript}, {@code whatsapp}, ...), learnt
   * from its refusals: it looks for a handler afresh each time, scanning the class path, and refuses again.
   */
  private static final Set<String> UNKNOWN_SCHEMES = ConcurrentHashMap.newKeySet();

  /** What {@link #siteHostName} cuts off: the scheme, whatever follows the host, a leading {@code www.}. */
  private static final Pattern LEADING_SCHEME = Pattern.compile("^[a-zA-Z]+://");
  private static final Pattern AFTER_HOST = Pattern.compile("[/:?#].*$");
  private static final Pattern LEADING_WWW = Pattern.compile("^www\\d?\\.");

  private Urls() {}

  /**
   * The name a site goes by in its address: the host without the scheme, a leading {@code www.} and the
   * top-level domain ({@code https://www.badische-zeitung.de/x} → {@code badische-zeitung}); empty when
   * the address has no host with a dot.
   */
  public static Optional<String> siteHostName(String url) {
    String host = LEADING_WWW.matcher(AFTER_HOST.matcher(LEADING_SCHEME.matcher(url).replaceFirst(""))
        .replaceFirst("")).replaceFirst("");
    int dot = host.lastIndexOf('.');
    return dot > 0 ? Optional.of(host.substring(0, dot)) : Optional.empty();
  }

  /**
   * {@code url} stripped, when it is an absolute http(s) URL that parses as a URI with a host (no user name or password,
   * a port if any of 0 to 65535): what an article's own
   * address accepts, so that a caller's address is refused where it is given, not half-way through the work.
   *
   * @param name the parameter's name, for the message
   * @throws IllegalArgumentException naming {@code name} and the value otherwise
   */
  public static String checkAbsoluteHttp(String url, String name) {
    String u = url.strip();
    if (!isAbsoluteHttp(u)) throw new IllegalArgumentException(name + " must be an absolute http(s) URL: " + url);
    URI parsed;
    try {
      parsed = new URI(u);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(name + " is not a valid URI (" + e.getReason() + " at index " + e.getIndex()
          + "): " + url, e);
    }
    // The authority, not getHost(): URI reads a host with an underscore or non-ASCII letters (my_blog.example,
    // bücher.de), which browsers open, as registry-based and gives no host for it.
    String authority = parsed.getRawAuthority();
    if (authority == null) throw new IllegalArgumentException(name + " names no host: " + url);
    // An article's address is written into its JSON: a password in it would be published with it.
    if (authority.contains("@")) throw new IllegalArgumentException(name + " must not carry a user name or password: " + url);
    int colon = authority.lastIndexOf(':');
    if (colon > authority.lastIndexOf(']') && colon < authority.length() - 1) {
      String port = authority.substring(colon + 1);
      if (port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9') || Integer.parseInt(port) > 65_535) {
        throw new IllegalArgumentException(name + " has no valid port (0 to 65535): " + url);
      }
    }
    return u;
  }

  /** Whether {@code text} is an absolute http or https URL without whitespace. */
  public static boolean isAbsoluteHttp(String text) {
    // In place, as the pattern (?i)https?://\S+ matches: this runs for every link and image of a page.
    int at = startsWithAscii(text, "https://") ? 8 : startsWithAscii(text, "http://") ? 7 : -1;
    if (at < 0 || at == text.length()) return false;
    for (int i = at; i < text.length(); i++) if (Texts.isRegexSpace(text.charAt(i))) return false;
    return true;
  }

  /** Whether {@code text} starts with {@code prefix} (lower case), its letters compared in ASCII only, as (?i) does. */
  private static boolean startsWithAscii(String text, String prefix) {
    if (text.length() < prefix.length()) return false;
    for (int i = 0; i < prefix.length(); i++) {
      char c = text.charAt(i);
      char p = prefix.charAt(i);
      if (c != p && !(p >= 'a' && p <= 'z' && c == p - 32)) return false;
    }
    return true;
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
      return Optional.of(new URL(baseUrl(base).url(), relative).toExternalForm());
    } catch (MalformedURLException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The absolute address in {@code e}'s attribute {@code key}, exactly as jsoup's {@code e.absUrl(key)} gives
   * it (jsoup 1.24's {@code StringUtil.resolve}: control characters dropped, a {@code ?query} kept on the
   * base's path, leading {@code /../} dropped, an address without a host refused), without its per-call costs:
   * the base address is parsed once, text without control characters is not copied, and a scheme without a
   * handler is refused without asking {@code java.net.URL} again. Empty when there is no such attribute or no
   * address can be made of it.
   */
  public static String absUrl(Element e, String key) {
    if (!e.hasAttr(key)) return "";
    String base = stripControlChars(e.baseUri());
    String relative = stripControlChars(e.attributes().getIgnoreCase(key));
    String scheme = knownUnknownScheme(relative);
    if (scheme != null) return relative;
    try {
      Base parsed = baseUrl(base);
      if (parsed.root() != null && isPlainRootPath(relative)) return parsed.root() + relative;
      return resolve(parsed.url(), relative).toExternalForm();
    } catch (MalformedURLException notRelative) {
      learnUnknownScheme(relative, notRelative);
      try {
        URL absolute = new URL(relative);
        checkHost(absolute);
        return absolute.toExternalForm();
      } catch (MalformedURLException notAbsolute) {
        return URI_SCHEME.matcher(relative).find() && !hasHttpScheme(relative) ? relative : "";
      }
    }
  }

  private static URL resolve(URL base, String relative) throws MalformedURLException {
    if (relative.startsWith("?")) relative = base.getPath() + relative;
    URL url = new URL(base, relative);
    String file = url.getFile();
    if (file.startsWith("/.")) file = EXTRA_DOT_SEGMENTS.matcher(file).replaceFirst("/");
    if (url.getRef() != null) file = file + "#" + url.getRef();
    URL fixed = new URL(url.getProtocol(), url.getHost(), url.getPort(), file);
    checkHost(fixed);
    return fixed;
  }

  private static void checkHost(URL url) throws MalformedURLException {
    if (isHttpScheme(url.getProtocol()) && url.getHost().isEmpty()) {
      throw new MalformedURLException("Invalid URL: host is missing");
    }
  }

  private static boolean isHttpScheme(String scheme) {
    return scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https");
  }

  private static boolean hasHttpScheme(String url) {
    int colon = url.indexOf(':');
    return colon > 0 && isHttpScheme(url.substring(0, colon));
  }

  /**
   * The scheme {@code java.net.URL} reads at the start of {@code relative}, when it is one already refused for
   * want of a handler; then jsoup's answer is the address itself. Null otherwise ({@code url:} prefixes, which
   * {@code URL} skips, are never taken for a scheme).
   */
  private static String knownUnknownScheme(String relative) {
    if (UNKNOWN_SCHEMES.isEmpty()) return null;
    String scheme = schemeOf(relative);
    return scheme != null && UNKNOWN_SCHEMES.contains(scheme) ? scheme : null;
  }

  private static void learnUnknownScheme(String relative, MalformedURLException refusal) {
    String scheme = schemeOf(relative);
    if (scheme != null && ("unknown protocol: " + scheme).equals(refusal.getMessage()) && UNKNOWN_SCHEMES.size() < 64) {
      UNKNOWN_SCHEMES.add(scheme);
    }
  }

  /** The lower-cased scheme before the first {@code :}, if {@code text} starts with letters, digits, {@code +-.} and one. */
  private static String schemeOf(String text) {
    int colon = text.indexOf(':');
    if (colon < 1 || !isAsciiLetter(text.charAt(0))) return null;
    for (int i = 1; i < colon; i++) {
      char c = text.charAt(i);
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') return null;
    }
    String scheme = text.substring(0, colon).toLowerCase(Locale.ROOT);
    return scheme.equals("url") ? null : scheme;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** {@code text} without the control characters U+0000 to U+001F; the same string when it has none. */
  private static String stripControlChars(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) >= 0x20) i++;
    if (i == text.length()) return text;
    StringBuilder out = new StringBuilder(text.length());
    for (int j = 0; j < text.length(); j++) if (text.charAt(j) >= 0x20) out.append(text.charAt(j));
    return out.toString();
  }

  /**
   * Whether {@code relative} is a path from the site's root that {@link #resolve} gives back as it stands after the
   * base's root: it opens with one {@code /} (two name a host), has no {@code /.} (a dot segment, which is
   * removed) and does not end with a space (which {@code URL} trims). Most of a page's relative links are such.
   */
  private static boolean isPlainRootPath(String relative) {
    int n = relative.length();
    if (n == 0 || relative.charAt(0) != '/' || n > 1 && relative.charAt(1) == '/' || relative.charAt(n - 1) == ' ') {
      return false;
    }
    return !relative.contains("/.");
  }

  /**
   * A parsed base address, with the root that {@link #resolve} puts before a plain path from the root ({@code
   * http://host:port}, no user name, as {@code resolve} rebuilds it), or null when it is not an http(s) address
   * with a host.
   */
  private record Base(URL url, @Nullable String root) {}

  private static Base baseUrl(String base) throws MalformedURLException {
    Base parsed = BASES.get(base);
    if (parsed == null) {
      URL url = new URL(base);
      parsed = new Base(url, rootOf(url));
      if (BASES.size() > 256) BASES.clear();
      BASES.put(base, parsed);
    }
    return parsed;
  }

  private static @Nullable String rootOf(URL base) {
    if (!isHttpScheme(base.getProtocol()) || base.getHost().isEmpty()) return null;
    try {
      // Built as resolve builds every address, so that the root is what it would write.
      return new URL(base.getProtocol(), base.getHost(), base.getPort(), "").toExternalForm();
    } catch (MalformedURLException refused) {
      return null;
    }
  }

  /**
   * Whether {@code c} cannot stand in a URL as it is: a noncharacter (U+FFFE, U+FFFF), dropped, or a C0 control or DEL,
   * percent-encoded ({@link #appendMadeSafe}), as browsers treat them. Whitespace among the controls is the caller's
   * to treat first: a srcset splits at it, an attribute's URL loses or encodes it.
   */
  public static boolean isUnsafe(char c) {
    return c == '\uFFFE' || c == '\uFFFF' || c < 0x20 || c == 0x7F;
  }

  /** Appends {@code c}, an {@linkplain #isUnsafe unsafe} character, made safe: nothing for a noncharacter, else {@code %XX}. */
  public static void appendMadeSafe(char c, StringBuilder out) {
    if (c == '\uFFFE' || c == '\uFFFF') return;
    out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
  }
}
