package dev.newskit.html;

import static dev.newskit.testing.SharedUse.sameOnEveryThread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.DateTextParser;
import dev.newskit.html.internal.AsciiWords;
import dev.newskit.html.safety.CleaningPolicy;
import dev.newskit.html.safety.HtmlCleaner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.concurrent.Callable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The types this module documents as thread-safe ({@link ArticleExtractor} under every {@link
 * ExtractionFocus}, {@link Explanation}, {@link HtmlCleaner}, {@link CleaningPolicy}, {@link HtmlLimits},
 * {@link AsciiWords}), each one instance shared by 16 threads that start together, on this module's own
 * pages (src/test/resources, no corpus): each thread's results equal the single-threaded ones. {@link
 * PageMetadata} is documented as one per extraction: concurrent reads must each get their own.
 */
class ThreadSafetyTest {
  private static final int ROUNDS = 2;
  private static final String URL = "https://www.alquds.com/en/articles/trump-asks-netanyahu-de-escalate";


  private static List<byte[]> pages() throws IOException {
    return pages("pages/seed-with-metadata.html", "pages/seed-no-metadata.html", "pages/tied-bodies.html",
        "benign/hebrew-report.html", "benign/arabic-table.html", "benign/english-analysis.html");
  }

  private static List<byte[]> pages(String... names) throws IOException {
    List<byte[]> pages = new ArrayList<>();
    for (String name : names) {
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

  @Test
  void oneExtractorPerFocusAndItsExplanations() throws Exception {
    List<ArticleExtractor> extractors = new ArrayList<>();
    for (ExtractionFocus focus : ExtractionFocus.values()) extractors.add(ArticleExtractor.builder().focus(focus).build());
    List<byte[]> pages = pages("pages/quay.html", "pages/seed-with-metadata.html", "pages/bylines/hebrew-divs.html");
    Instant fetched = Instant.parse("2026-04-10T09:00:00Z");
    // Explanations made once and then read by every thread, beside the ones each thread makes.
    List<Explanation> shared = new ArrayList<>();
    for (byte[] page : pages) shared.add(extractors.get(0).explain(PageInput.of(page).withUrl(URL).withReferenceInstant(fetched)));
    Callable<List<Object>> work = () -> {
      List<Object> out = new ArrayList<>();
      for (ArticleExtractor extractor : extractors) {
        for (byte[] page : pages) {
          Explanation e = extractor.explain(PageInput.of(page).withUrl(URL).withReferenceInstant(fetched));
          out.add(e.article());
          out.add(e.blocks());
          out.add(e.fields());
        }
      }
      for (Explanation e : shared) {
        out.add(e.blocks());
        for (String field : List.of("title", "authors", "published", "section", "language")) out.add(e.field(field));
      }
      return out;
    };
    List<Object> alone = work.call();
    // Each focus cuts the quay page (the first) differently: the three are not one extractor.
    int perFocus = 3 * pages.size();
    assertEquals(3, new HashSet<>(List.of(alone.get(0), alone.get(perFocus), alone.get(2 * perFocus))).size(),
        "every focus extracts the quay page its own way");
    sameOnEveryThread(1, work);
  }

  @Test
  void oneCustomPolicyAndItsCleaner() throws Exception {
    HtmlLimits limits = HtmlLimits.defaults().toBuilder().maxDepth(64).maxElements(20_000).build();
    CleaningPolicy policy = CleaningPolicy.ARTICLE.toBuilder().relativeImages(true).mailtoLinks(false)
        .addTrackingParameters("ref", "source").linkRel("nofollow ugc").allowAttributes("p", "lang")
        .removeTags("h6").limits(limits).build();
    HtmlCleaner cleaner = HtmlCleaner.of(policy);
    List<byte[]> pages = pages();
    String links = "<p lang=en><a href='mailto:desk@news.example'>desk</a> <a href='/story?id=7&ref=home&source=x&utm_source=y'>"
        + "story</a> <img src='/img/a.jpg' alt='a'></p><h6>small</h6><table><tr><td colspan=2 onclick=x()>cell</td></tr></table>";
    String alone = cleaner.clean(links, URL);
    assertTrue(!alone.contains("mailto:") && alone.contains("/story?id=7\"") && alone.contains("\"nofollow ugc\"")
        && alone.contains("<p lang=\"en\">") && !alone.contains("<h6"), "the custom policy is applied: " + alone);
    sameOnEveryThread(ROUNDS, () -> {
      List<Object> out = new ArrayList<>();
      // Policies derived from the shared one on every thread are equal to it and to each other.
      CleaningPolicy derived = policy.toBuilder().build();
      out.add(derived.equals(policy));
      out.add(derived.hashCode());
      out.add(policy.tags());
      out.add(policy.attributes());
      out.add(policy.trackingParameters());
      out.add(policy.limits());
      out.add(limits.toBuilder().build());
      out.add(cleaner.clean(links, URL));
      out.add(HtmlCleaner.of(derived).clean(links, URL));
      for (byte[] page : pages) out.add(cleaner.clean(page, URL, null));
      return out;
    });
  }

  @Test
  void oneAsciiWordsAcrossThreads() throws Exception {
    AsciiWords words = AsciiWords.ofAlternation(Pattern.compile("(?i)(byline|author|date|time|entry-header|x1)"));
    List<String> texts = List.of("post-BYLINE", "Author", "aut", "updated_Time", "entry-head", "ENTRY-HEADER-wrap", "ax1",
        "x", "", "dat", "no match here", "מחבר author", "z".repeat(200) + "Date");
    List<Boolean> alone = new ArrayList<>();
    for (String t : texts) alone.add(words.in(t));
    assertEquals(List.of(true, true, false, true, false, true, true, false, false, false, false, true, true), alone);
    // A call is cheap: many rounds, so that the threads' calls overlap.
    sameOnEveryThread(200, () -> {
      List<Boolean> out = new ArrayList<>();
      for (String t : texts) out.add(words.in(t));
      return out;
    });
  }

  @Test
  void metadataIsReadIntoItsOwnPageMetadataOnEveryThread() throws Exception {
    List<byte[]> pages = pages("pages/seed-with-metadata.html", "pages/metadata/date-in-sidebar.html",
        "pages/metadata/date-in-menu-only.html", "pages/bylines/hebrew-divs.html", "benign/english-analysis.html");
    List<String> htmls = new ArrayList<>();
    for (byte[] page : pages) htmls.add(new String(page, StandardCharsets.UTF_8));
    Callable<List<String>> work = () -> {
      List<String> out = new ArrayList<>();
      for (String html : htmls) {
        PageDates dates = new PageDates(DateTextParser.iso(), Optional.empty(), 200);
        Document doc = Jsoup.parse(html, URL);
        PageMetadata meta = MetadataReader.read(doc, new PageIndex(doc), dates, HtmlLimits.defaults());
        StringBuilder seen = new StringBuilder();
        for (PageMetadata.Field f : PageMetadata.Field.values()) seen.append(f).append('=').append(meta.text(f)).append(meta.date(f));
        out.add(seen + " " + meta.titleOffers() + meta.publishedCandidates() + meta.authorOffers() + meta.authors()
            + meta.tags());
      }
      return out;
    };
    List<String> alone = work.call();
    assertTrue(alone.get(0).contains("Said Arikat"), "the seed page's metadata is read: " + alone.get(0));
    sameOnEveryThread(ROUNDS, work);
  }
}
