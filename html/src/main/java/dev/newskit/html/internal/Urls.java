package dev.newskit.html.internal;

import java.util.regex.Pattern;

/** Web addresses: the one test of whether a text is an absolute http(s) URL. */
public final class Urls {
  private static final Pattern ABSOLUTE_HTTP = Pattern.compile("(?i)https?://\\S+");

  private Urls() {}

  /** Whether {@code text} is an absolute http or https URL without whitespace. */
  public static boolean isAbsoluteHttp(String text) {
    return ABSOLUTE_HTTP.matcher(text).matches();
  }
}
