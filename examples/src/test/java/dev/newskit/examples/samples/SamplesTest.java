package dev.newskit.examples.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Runs every sample and checks what it prints, so the samples stay true. */
class SamplesTest {
  private interface Sample {
    void run(PrintStream out) throws Exception;
  }

  private static String output(Sample sample) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      sample.run(out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void extractToJsonLd() throws Exception {
    String out = output(o -> ExtractToJsonLd.run(Path.of("samples/alquds-news-analysis.html"), o));
    assertTrue(out.contains("\"@type\" : \"NewsArticle\""), out);
    assertTrue(out.contains("\"datePublished\" : \"2026-04-10T07:15:00+03:00\""), out);
    assertTrue(out.contains("\"dateline\" : \"Washington\""), out);
    assertTrue(out.contains("published from: VISIBLE_TEXT"), out);
  }

  @Test
  void cleanWireHtml() throws Exception {
    String out = output(CleanWireHtml::run);
    assertTrue(out.startsWith("<p dir=\"rtl\" lang=\"he\">ירושלים (רויטרס) — <b>הממשלה</b>"), out);
    assertTrue(out.contains("href=\"https://wire.example/budget?id=7\""), out);
    assertTrue(out.contains("<img alt=\"The Knesset\" src=\"https://wire.example/photos/knesset.jpg\">"), out);
    assertFalse(out.contains("script") || out.contains("onclick") || out.contains("utm_") || out.contains("target"), out);
    assertTrue(out.contains("\nירושלים (רויטרס) — הממשלה אישרה הלילה את התקציב.\n\nRead the full text."), out);
  }

  @Test
  void printDatelines() throws Exception {
    String out = output(o -> PrintDatelines.run(Instant.parse("2026-04-10T04:15:00Z"), Instant.parse("2026-04-10T06:15:00Z"), o));
    assertEquals(String.join("\n",
        "ו 10 אפר 2026 7:15 am - שעון ירושלים",
        "יום שישי, 10 באפריל 2026",
        "יום שישי, כ״ג בניסן תשפ״ו, 10 באפריל 2026",
        "10.04.26 | 07:15",
        "לפני שעתיים") + "\n", out.replace("\r\n", "\n"));
  }

  @Test
  void parseHebrewDatelines() throws Exception {
    String out = output(o -> ParseHebrewDatelines.run(Instant.parse("2026-04-10T09:00:00Z"), o));
    assertTrue(out.contains("ו 10 אפר 2026 7:15 am - שעון ירושלים → 2026-04-10T07:15:00+03:00"), out);
    assertTrue(out.contains("עודכן: 10.04.26 | 07:15 → 2026-04-10T07:15:00+03:00"), out);
    assertTrue(out.contains("לפני שעתיים → 2026-04-10T10:00:00+03:00"), out);
    assertTrue(out.contains("כ״ג בניסן תשפ״ו → 2026-04-10"), out);
    assertTrue(out.contains("31 בפברואר 2026 → rejected at index 0: day 31 does not exist in February 2026"), out);
  }

  @Test
  void quickStartRunsAndIsWhatTheReadmeShows() throws Exception {
    String sample = java.nio.file.Files.readString(Path.of("src/main/java/dev/newskit/examples/samples/QuickStart.java"));
    String code = sample.substring(sample.indexOf("// README: Quick start (begin)\n") + 31, sample.indexOf("// README: Quick start (end)"));
    String readme = java.nio.file.Files.readString(Path.of("../README.md"));
    String section = readme.substring(readme.indexOf("## Quick start"));
    String block = section.substring(section.indexOf("```java\n") + 8, section.indexOf("```\n", section.indexOf("```java\n") + 8));
    assertEquals(code, block, "README's Quick start must be QuickStart.java between its markers");

    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      QuickStart.main(new String[] {"samples/alquds-news-analysis.html"});
    } finally {
      System.setOut(original);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("Optional[Trump asks Netanyahu"), out);
    assertTrue(out.contains("Optional[Washington]"), out);
    assertTrue(out.contains("Optional[2026-04-10T07:15+03:00]"), out);
  }
}
