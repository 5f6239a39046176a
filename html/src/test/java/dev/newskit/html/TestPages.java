package dev.newskit.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The hand-written pages under {@code src/test/resources/dev/newskit/html/pages}, read as text; public so that
 * other modules' tests reach them through this module's test jar.
 */
public final class TestPages {
  private TestPages() {}

  /** The page at {@code name} under {@code pages/} ({@code "quay.html"}), as UTF-8 text. */
  public static String text(String name) {
    try (InputStream in = TestPages.class.getResourceAsStream("/dev/newskit/html/pages/" + name)) {
      if (in == null) throw new IllegalArgumentException("no test page " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
