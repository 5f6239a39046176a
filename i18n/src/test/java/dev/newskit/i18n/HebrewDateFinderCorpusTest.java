package dev.newskit.i18n;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newskit.core.DateContext;
import dev.newskit.core.FoundDate;
import dev.newskit.core.ParsedDate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code find} on the visible text of the Hebrew pages of the accuracy corpus (../shared/corpus/rtl,
 * skipped when absent): on every page whose visible text prints the time of publication (its hour and
 * minute, as the ground truth gives them), that date-time is among the dates found. The text is the
 * page with scripts, styles and tags removed; pages that print their date only from scripts are
 * counted apart.
 */
class HebrewDateFinderCorpusTest {
  private static final Path CORPUS = locate();

  /** {@code shared/corpus/rtl} beside the project, looked for from the working directory upwards. */
  private static Path locate() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("../shared/corpus/rtl").normalize();
      if (Files.isDirectory(candidate)) return candidate;
    }
    return Path.of("../shared/corpus/rtl");
  }
  private static final Pattern EXPECTED_DATE = Pattern.compile("\"date\"\\s*:\\s*\"([^\"]+)\"");

  @Test
  void findsThePublicationDateInTheVisibleTextOfHebrewPages() throws IOException {
    assumeTrue(Files.isDirectory(CORPUS), "skipped: the corpus " + CORPUS.toAbsolutePath() + " is absent");
    List<Path> pages;
    try (Stream<Path> dirs = Files.list(CORPUS)) {
      pages = dirs.filter(d -> d.getFileName().toString().startsWith("he-")).sorted().toList();
    }
    assumeTrue(!pages.isEmpty(), "skipped: no Hebrew pages in " + CORPUS);
    HebrewDateParser parser = new HebrewDateParser();
    List<String> missed = new ArrayList<>();
    int notPrinted = 0;
    for (Path page : pages) {
      Matcher m = EXPECTED_DATE.matcher(Files.readString(page.resolve("expected.json"), StandardCharsets.UTF_8));
      if (!m.find()) continue;
      OffsetDateTime expected = OffsetDateTime.parse(m.group(1));
      String text = visibleText(Files.readString(page.resolve("source.html"), StandardCharsets.UTF_8));
      // the page was fetched after it was published: a reference a day later
      DateContext context = new DateContext(expected.toInstant().plusSeconds(86_400), Optional.empty(), List.of(), false);
      String clock = String.format("%02d:%02d", expected.getHour(), expected.getMinute());
      if (!text.contains(clock)) {
        notPrinted++;
        continue;
      }
      List<FoundDate> found = parser.find(text, context);
      boolean hit = found.stream().anyMatch(f -> sameAtPrecision(f.date(), expected));
      if (!hit) missed.add(page.getFileName() + " " + expected + " found " + found.stream().map(f -> f.textIn(text) + "=" + f.date()).toList());
    }
    System.out.println("find on " + pages.size() + " Hebrew pages: " + notPrinted
        + " do not print their time of publication in the HTML text; missed " + missed.size() + ": " + missed);
    assertTrue(notPrinted < pages.size() / 2, "most pages print their date: " + notPrinted + " do not");
    assertTrue(missed.isEmpty(), "publication date not found: " + missed);
  }

  private static boolean sameAtPrecision(ParsedDate found, OffsetDateTime expected) {
    if (found.precision() == ParsedDate.Precision.DAY) return false;
    return found.dateTime().toInstant().equals(expected.toInstant().truncatedTo(java.time.temporal.ChronoUnit.MINUTES))
        || found.dateTime().toInstant().equals(expected.toInstant());
  }

  static String visibleText(String html) {
    String s = html.replaceAll("(?is)<(script|style|noscript)[^>]*>.*?</\\1>", " ");
    s = s.replaceAll("(?s)<[^>]*>", " ");
    return s.replace("&nbsp;", " ").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
  }
}
