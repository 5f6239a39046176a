package dev.newskit.moduletests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * newskit-html's hand-written seed page without metadata: its only date is the Hebrew dateline
 * {@code ו 10 אפר 2026 7:15 am - שעון ירושלים}.
 */
final class SeedPage {
  static final String URL = "https://www.alquds.com/en/articles/trump-asks-netanyahu-de-escalate";
  static final String DATELINE = "ו 10 אפר 2026 7:15 am - שעון ירושלים";
  private static final Path FILE = Path.of("../html/src/test/resources/dev/newskit/html/pages/seed-no-metadata.html");

  private SeedPage() {}

  static String html() {
    try {
      return Files.readString(FILE, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
