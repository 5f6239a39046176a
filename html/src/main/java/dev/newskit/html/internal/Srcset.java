package dev.newskit.html.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The candidates of a {@code srcset} attribute, read as the HTML standard reads them: a URL runs to
 * the next whitespace (commas inside it stay, trailing commas end the candidate), then an optional
 * descriptor runs to the next comma.
 */
public final class Srcset {
  public record Candidate(String url, String descriptor) {}

  private Srcset() {}

  public static List<Candidate> parse(String raw) {
    List<Candidate> out = new ArrayList<>();
    if (raw == null) return out;
    String srcset = normalise(raw);
    int n = srcset.length();
    int i = 0;
    while (i < n) {
      while (i < n && (isAsciiWhitespace(srcset.charAt(i)) || srcset.charAt(i) == ',')) i++;
      int start = i;
      while (i < n && !isAsciiWhitespace(srcset.charAt(i))) i++;
      if (i == start) break;
      String url = srcset.substring(start, i);
      boolean endsCandidate = url.endsWith(",");
      while (url.endsWith(",")) url = url.substring(0, url.length() - 1);
      String descriptor = "";
      if (!endsCandidate) {
        int d = i;
        while (i < n && srcset.charAt(i) != ',') i++;
        descriptor = srcset.substring(d, i).strip();
      }
      if (!url.isEmpty()) out.add(new Candidate(url, descriptor));
    }
    return out;
  }

  /**
   * Noncharacters removed and control characters other than whitespace percent-encoded before
   * splitting, so that parsing a cleaned srcset finds the same candidates as parsing the original.
   */
  private static String normalise(String raw) {
    StringBuilder sb = null;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Urls.isUnsafe(c) && !isAsciiWhitespace(c)) {
        if (sb == null) sb = new StringBuilder(raw.length() + 8).append(raw, 0, i);
        Urls.appendMadeSafe(c, sb);
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? raw : sb.toString();
  }

  /** HTML's ASCII whitespace, which is all the standard splits on (not Java's wider notion). */
  public static boolean isAsciiWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }

  /** The width or density a descriptor gives ({@code 800w}, {@code 2x}), or 1 for none or a malformed one. */
  public static double size(String descriptor) {
    if (!descriptor.matches("\\d+(\\.\\d+)?[wx]")) return 1;
    return Double.parseDouble(descriptor.substring(0, descriptor.length() - 1));
  }
}
