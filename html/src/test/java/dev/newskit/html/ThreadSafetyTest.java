package dev.newskit.html;

import static dev.newskit.testing.SharedUse.sameOnEveryThread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.html.safety.CleaningPolicy;
import dev.newskit.html.safety.HtmlCleaner;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * {@link ArticleExtractor} and {@link HtmlCleaner}, documented as thread-safe, each one instance shared
 * by 16 threads that start together, on this module's own pages (src/test/resources, no corpus): each
 * thread's results equal the single-threaded ones.
 */
class ThreadSafetyTest {
  private static final int ROUNDS = 2;
  private static final String URL = "https://www.alquds.com/en/articles/trump-asks-netanyahu-de-escalate";


  private static List<byte[]> pages() throws IOException {
    List<byte[]> pages = new ArrayList<>();
    for (String name : List.of("pages/seed-with-metadata.html", "pages/seed-no-metadata.html", "pages/tied-bodies.html",
        "benign/hebrew-report.html", "benign/arabic-table.html", "benign/english-analysis.html")) {
      try (InputStream in = ThreadSafetyTest.class.getResourceAsStream(name)) {
        pages.add(in.readAllBytes());
      }
    }
    return pages;
  }

  @Test
  void oneExtractor() throws Exception {
    ArticleExtractor extractor = ArticleExtractor.create();
    List<byte[]> pages = pages();
    Instant fetched = Instant.parse("2026-04-10T09:00:00Z");
    Callable<List<Object>> work = () -> {
      List<Object> out = new ArrayList<>();
      for (byte[] page : pages) {
        ExtractedPage p = extractor.extractPage(PageInput.of(page).withUrl(URL).withReferenceInstant(fetched));
        out.add(p.article());
        out.add(p.bodyHtml());
      }
      return out;
    };
    List<Object> alone = work.call();
    assertTrue(alone.get(0).toString().contains("Said Arikat"), "the seed page is read: " + alone.get(0));
    sameOnEveryThread(ROUNDS, work);
  }

  @Test
  void oneCleanerPerPolicy() throws Exception {
    List<HtmlCleaner> cleaners = List.of(HtmlCleaner.of(CleaningPolicy.TEXT), HtmlCleaner.of(CleaningPolicy.BASIC),
        HtmlCleaner.of(CleaningPolicy.ARTICLE));
    List<byte[]> pages = pages();
    List<XssPayloads.Payload> payloads = XssPayloads.all().subList(0, 30);
    sameOnEveryThread(ROUNDS, () -> {
      List<String> out = new ArrayList<>();
      for (HtmlCleaner cleaner : cleaners) {
        for (byte[] page : pages) out.add(cleaner.clean(page, URL, null));
        for (XssPayloads.Payload p : payloads) out.add(cleaner.clean(p.html(), URL));
      }
      return out;
    });
  }
}
