package dev.newskit.examples.samples;

import dev.newskit.core.DateContext;
import dev.newskit.core.DateParseException;
import dev.newskit.core.DateTextParser;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads the date lines Hebrew pages print, with a clear error for one that is not a real date. */
public final class ParseHebrewDatelines {
  private ParseHebrewDatelines() {}

  static final List<String> FOUND_ON_PAGES = List.of(
      "ו 10 אפר 2026 7:15 am - שעון ירושלים",
      "עודכן: 10.04.26 | 07:15",
      "לפני שעתיים",
      "כ״ג בניסן תשפ״ו",
      "31 בפברואר 2026");

  public static void main(String[] args) {
    run(Instant.parse("2026-04-10T09:00:00Z"), System.out);
  }

  static void run(Instant now, PrintStream out) {
    // The installed parsers: core's ISO parser plus, with newskit-i18n present, the Hebrew one.
    DateTextParser parser = DateTextParser.installed();
    DateContext context = new DateContext(now, Optional.empty(), List.of(), false);
    for (String text : FOUND_ON_PAGES) {
      try {
        out.println(text + " → " + parser.parse(text, context));
      } catch (DateParseException e) {
        out.println(text + " → rejected at index " + e.index() + ": " + e.reason());
      }
    }
  }
}
