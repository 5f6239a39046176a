package dev.newskit.examples.samples;

import dev.newskit.i18n.HebrewDateFormatter;
import dev.newskit.i18n.HebrewRelativeTime;
import java.io.PrintStream;
import java.time.Instant;

/** Prints one instant the ways Israeli readers see it: the site's dateline, the Hebrew calendar, relative time. */
public final class PrintDatelines {
  private PrintDatelines() {}

  public static void main(String[] args) {
    run(Instant.parse("2026-04-10T04:15:00Z"), Instant.parse("2026-04-10T06:15:00Z"), System.out);
  }

  static void run(Instant published, Instant now, PrintStream out) {
    out.println(HebrewDateFormatter.DATELINE.format(published));
    out.println(HebrewDateFormatter.FULL_DATE.format(published));
    out.println(HebrewDateFormatter.HEBREW_DATE_FULL.format(published));
    // A site's own style, without code: fields in braces, everything else literal.
    out.println(HebrewDateFormatter.ofPattern("{dd}.{MM}.{yy} | {HH}:{mm}").format(published));
    out.println(HebrewRelativeTime.format(published, now));
  }
}
