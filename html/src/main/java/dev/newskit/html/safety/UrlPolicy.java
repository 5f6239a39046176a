package dev.newskit.html.safety;

import dev.newskit.html.internal.Urls;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Makes URLs safe to republish: resolves them against the base, accepts only http(s) (and mailto for
 * links) after undoing the obfuscations browsers forgive (entities are decoded by the parser; here
 * control characters, whitespace and backslashes inside the scheme), and drops tracking parameters.
 */
final class UrlPolicy {
  private final boolean mailto;
  private final boolean relativeImages;
  private final boolean dropTracking;
  private final Set<String> exact;
  private final Set<String> prefixes;

  UrlPolicy(CleaningPolicy policy) {
    this.mailto = policy.mailtoLinks();
    this.relativeImages = policy.relativeImages();
    this.dropTracking = policy.stripTrackingParameters();
    Set<String> e = new HashSet<>();
    Set<String> p = new HashSet<>();
    for (String name : policy.trackingParameters()) {
      if (name.endsWith("*")) p.add(name.substring(0, name.length() - 1)); else e.add(name);
    }
    this.exact = Set.copyOf(e);
    this.prefixes = Set.copyOf(p);
  }

  /** The safe absolute form of {@code raw}, or empty when it must go; no base (null or empty) resolves nothing. */
  Optional<String> clean(String raw, @Nullable String base, boolean link) {
    return clean(raw, base, link, false);
  }

  /**
   * The safe form of {@code raw}: absolute, or, for an image without a base when the policy keeps them,
   * the relative reference as given (never one naming only the page's query or fragment); empty when it
   * must go.
   */
  Optional<String> clean(String raw, @Nullable String base, boolean link, boolean image) {
    String url = deobfuscate(raw);
    if (url.isEmpty()) return Optional.empty();
    @Nullable String scheme = scheme(url);
    if (scheme == null) {
      if (base == null || base.isEmpty()) {
        if (!image || !relativeImages || url.charAt(0) == '#' || url.charAt(0) == '?') return Optional.empty();
        return Optional.of(withoutEmptyQuery(dropTracking ? withoutTracking(url) : url));
      }
      Optional<String> resolved = Urls.resolve(base, url);
      if (resolved.isEmpty()) return Optional.empty();
      url = resolved.get();
      scheme = scheme(url);
      if (scheme == null) return Optional.empty();
    }
    // Browsers serialise the scheme in lower case (WHATWG URL); "HTTPS://" is written as they read it.
    url = scheme + url.substring(scheme.length());
    if (scheme.equals("mailto")) return link && mailto ? Optional.of(url) : Optional.empty();
    if (!scheme.equals("http") && !scheme.equals("https")) return Optional.empty();
    if (!hasHost(url, scheme)) return Optional.empty();
    String clean = dropTracking ? withoutTracking(url) : url;
    return Optional.of(withoutEmptyQuery(clean));
  }

  /** Where the query ends: at the fragment's {@code #}, else at the end. A {@code ?} after it is fragment text. */
  private static int queryEnd(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? url.length() : hash;
  }

  /** An empty query says nothing; dropping it keeps cleaning a fixed point. */
  private static String withoutEmptyQuery(String url) {
    int end = queryEnd(url);
    int q = url.indexOf('?');
    return q >= 0 && q == end - 1 ? url.substring(0, q) + url.substring(end) : url;
  }

  /** A web URL needs {@code scheme://host}: {@code http:/x} or {@code https:///x} has no host to go to. */
  private static boolean hasHost(String url, String scheme) {
    int at = scheme.length();
    if (!url.startsWith("://", at)) return false;
    int host = at + 3;
    return host < url.length() && url.charAt(host) != '/' && url.charAt(host) != '\\' && url.charAt(host) != '?'
        && url.charAt(host) != '#';
  }

  /**
   * The URL as a browser reads it (WHATWG URL parsing): C0 controls and spaces trimmed from both ends,
   * tabs and newlines removed everywhere, so "java&amp;#9;script:" shows its real scheme. Inner spaces
   * become {@code %20} and other control characters are percent-encoded.
   */
  static String deobfuscate(String raw) {
    int start = 0;
    int end = raw.length();
    while (start < end && raw.charAt(start) <= 0x20) start++;
    while (end > start && raw.charAt(end - 1) <= 0x20) end--;
    StringBuilder sb = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = raw.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') continue;
      if (c == ' ') {
        sb.append("%20");
      } else if (Urls.isUnsafe(c)) {
        // Other controls are percent-encoded, as browsers do, so no raw control survives into the output.
        Urls.appendMadeSafe(c, sb);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The scheme in lower case, or null for a relative URL. */
  static @Nullable String scheme(String url) {
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == ':') return i == 0 ? "" : url.substring(0, i).toLowerCase(Locale.ROOT);
      boolean schemeChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
      if (!schemeChar) return null;
    }
    return null;
  }

  private String withoutTracking(String url) {
    int end = queryEnd(url);
    int q = url.indexOf('?');
    if (q < 0 || q > end) return url;
    String query = url.substring(q + 1, end);
    String fragment = url.substring(end);
    StringBuilder kept = new StringBuilder();
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) continue;
      String name = (pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair).toLowerCase(Locale.ROOT);
      if (isTracking(name)) continue;
      if (kept.length() > 0) kept.append('&');
      kept.append(pair);
    }
    return url.substring(0, q) + (kept.length() > 0 ? "?" + kept : "") + fragment;
  }

  private boolean isTracking(String name) {
    if (exact.contains(name)) return true;
    for (String p : prefixes) if (name.startsWith(p)) return true;
    return false;
  }
}
