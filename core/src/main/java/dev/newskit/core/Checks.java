package dev.newskit.core;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Argument checks and normalisation shared by the records' compact constructors. A null where none is allowed
 * is a {@link NullPointerException} and any other bad value an {@link IllegalArgumentException}, each naming
 * the parameter, as in the other modules.
 */
final class Checks {
  private Checks() {}

  static <T> T notNull(@Nullable T value, String where) {
    if (value == null) throw new NullPointerException(where + " must not be null");
    return value;
  }

  static String notBlank(@Nullable String value, String where) {
    notNull(value, where);
    if (value.isBlank()) throw new IllegalArgumentException(where + " must not be blank");
    return value;
  }

  /** Normalises a possibly-null optional string and rejects a present blank one. */
  static Optional<String> optionalText(@Nullable Optional<String> value, String where) {
    if (value == null) return Optional.empty();
    value.ifPresent(v -> notBlank(v, where));
    return value;
  }

  static <T> Optional<T> optional(@Nullable Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }

  /** An unmodifiable copy that rejects null elements with a message naming the list. */
  static <T> List<T> list(@Nullable List<T> values, String where) {
    if (values == null || values.isEmpty()) return List.of();
    List<T> copy = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      copy.add(notNull(values.get(i), where + "[" + i + "]"));
    }
    return Collections.unmodifiableList(copy);
  }

  static <K, V> Map<K, V> map(@Nullable Map<K, V> values, String where) {
    if (values == null || values.isEmpty()) return Map.of();
    Map<K, V> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(notNull(k, where + " key"), notNull(v, where + "[" + k + "]")));
    return Collections.unmodifiableMap(copy);
  }

  static URI webUri(@Nullable URI uri, String where) {
    notNull(uri, where);
    String scheme = uri.getScheme();
    if (!uri.isAbsolute() || scheme == null
        || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
      throw new IllegalArgumentException(where + " must be an absolute http(s) URI: " + uri);
    }
    return uri;
  }

  /**
   * An absolute http(s) URI, or a relative reference that names something: a path or a host, and no
   * scheme (an empty, query-only or fragment-only reference names the page itself).
   */
  static URI webOrRelativeUri(@Nullable URI uri, String where) {
    notNull(uri, where);
    if (uri.getScheme() != null) return webUri(uri, where);
    boolean hasPath = uri.getRawPath() != null && !uri.getRawPath().isEmpty();
    if (!hasPath && uri.getRawAuthority() == null) {
      throw new IllegalArgumentException(where + " must be an absolute http(s) URI or a relative reference with a path: " + uri);
    }
    return uri;
  }

  static URI parseWebUri(@Nullable String uri, String where) {
    return parse(uri, where, true);
  }

  static URI parseWebOrRelativeUri(@Nullable String uri, String where) {
    return parse(uri, where, false);
  }

  private static URI parse(@Nullable String uri, String where, boolean absolute) {
    notNull(uri, where);
    try {
      URI parsed = URI.create(uri.strip());
      return absolute ? webUri(parsed, where) : webOrRelativeUri(parsed, where);
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(where)) throw e;
      throw new IllegalArgumentException(where + " is not a valid URI: " + uri, e);
    }
  }
}
