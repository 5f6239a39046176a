package dev.newskit.bench.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newskit.core.Block;
import dev.newskit.core.Embed;
import dev.newskit.core.Figure;
import dev.newskit.html.ArticleExtractor;
import dev.newskit.html.Explanation;
import dev.newskit.html.PageInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The body's two promises, checked on every page of {@code ../shared/corpus} (skipped with a message when
 * it is absent): nothing inside a block the extractor kept goes missing from the article's text, and no
 * page whose gold body is longer than 200 words comes out empty. Each page is explained once
 * ({@link ArticleExtractor#explain}) and both checks read that.
 */
class BodyCoverageTest {
  /** Blocks whose text is a caption or a label rather than running text: a figure keeps only its caption. */
  private static final Set<String> MEDIA = Set.of("figure", "picture", "img", "iframe", "video", "embed");
  private static final int LONG_ARTICLE_WORDS = 200;
  /** Kept blocks that still lose some text; lower it as they are fixed (see {@link #keptBlocksLoseNoText}). */
  private static final int MAX_LOST = 20;

  private static List<Page> pages;
  private static ExecutorService pool;

  /** One explained page and its gold body's length in words (0 where the set has no full-text gold). */
  private record Page(String name, Explanation explanation, int goldWords) {}

  private record Source(String name, byte[] html, Optional<String> url, int goldWords) {}

  @BeforeAll
  static void explainCorpus() throws Exception {
    Optional<Path> corpus = Corpus.locate();
    assumeTrue(corpus.isPresent(), "../shared/corpus is absent: the body coverage checks are skipped");
    List<Source> sources = new ArrayList<>();
    for (CorpusCase c : Corpus.load(corpus.get())) {
      // readability's expected text is Readability.js's output, not gold: only rtl's full bodies count.
      int words = c.set().equals("rtl") && c.body().isPresent() && !c.bodyIsExcerpt() ? words(c.body().get()) : 0;
      sources.add(new Source(c.set() + "/" + c.name(), Files.readAllBytes(c.source()), Optional.of(c.url()), words));
    }
    for (String set : WebCase.SETS) {
      for (WebCase c : WebCase.load(corpus.get(), set)) {
        sources.add(new Source(set + "/" + c.id(), c.bytes(), c.url(), c.body().map(BodyCoverageTest::words).orElse(0)));
      }
    }
    ArticleExtractor extractor = ArticleExtractor.builder().build();
    pool = Executors.newFixedThreadPool(2);
    List<Future<Page>> futures = new ArrayList<>();
    for (Source s : sources) futures.add(pool.submit(() -> new Page(s.name(), explain(extractor, s), s.goldWords())));
    pages = new ArrayList<>();
    for (Future<Page> f : futures) pages.add(f.get());
  }

  @AfterAll
  static void stop() {
    if (pool != null) pool.shutdownNow();
  }

  @Test
  void keptBlocksLoseNoText() {
    List<String> lost = Collections.synchronizedList(new ArrayList<>());
    int kept = 0;
    for (Page page : pages) {
      String output = squeeze(page.explanation().article().text());
      for (Explanation.BlockDecision b : page.explanation().blocks()) {
        if (b.verdict() != Explanation.Verdict.KEPT || MEDIA.contains(b.tag()) || onlyMedia(page, b)) continue;
        kept++;
        if (!output.contains(squeeze(b.text()))) {
          lost.add(page.name() + " " + b.path() + ": \"" + abbreviate(b.text()) + "\"");
        }
      }
    }
    System.out.println("kept blocks checked: " + kept + " on " + pages.size() + " pages");
    assertTrue(kept > 10_000, "too few kept blocks to mean anything: " + kept);
    System.out.println(lost.size() + " kept blocks lost text:\n" + String.join("\n", lost));
    // The goal is none. 20 remain (2026-12-06, eighth session), each a part the extractor decided on without the
    // explanation saying so: an inline share or comment link removed by its class from a line of links (11 on one
    // blog page), a headline and time line lifted from inside a paragraph, a menu or slider read as a list. (A unit
    // that holds the body's container with more, such as a paragraph whose inline span is the body, now counts
    // only the container's text: what stands beside it was never in the body.) A change that loses more fails here.
    assertTrue(lost.size() <= MAX_LOST, lost.size() + " kept blocks lost text (at most " + MAX_LOST + "), e.g.:\n"
        + String.join("\n", first(lost, 25)));
  }

  @Test
  void longArticlesNeverComeOutEmpty() {
    List<String> empty = new ArrayList<>();
    int checked = 0;
    for (Page page : pages) {
      if (page.goldWords() <= LONG_ARTICLE_WORDS) continue;
      checked++;
      if (page.explanation().article().text().isBlank()) empty.add(page.name() + " (" + page.goldWords() + " gold words)");
    }
    System.out.println("pages with more than " + LONG_ARTICLE_WORDS + " gold words: " + checked);
    assertTrue(checked > 1_000, "too few long gold bodies to mean anything: " + checked);
    assertTrue(empty.isEmpty(), empty.size() + " long articles came out empty:\n" + String.join("\n", first(empty, 25)));
  }

  /** Whether the block made only figures and embeds: its text is an image's alternative text, not page text. */
  private static boolean onlyMedia(Page page, Explanation.BlockDecision b) {
    List<Block> body = page.explanation().article().body();
    return b.bodyBlocks().stream().allMatch(i -> body.get(i) instanceof Figure || body.get(i) instanceof Embed);
  }

  private static Explanation explain(ArticleExtractor extractor, Source s) {
    PageInput input = PageInput.of(s.html());
    try {
      return extractor.explain(s.url().isPresent() ? input.withUrl(s.url().get()) : input);
    } catch (IllegalArgumentException badUrl) {
      if (s.url().isEmpty()) throw badUrl;
      return extractor.explain(PageInput.of(s.html()));
    }
  }

  /** The text without whitespace of any kind, so that line breaks and joins between blocks do not count. */
  private static String squeeze(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(out::appendCodePoint);
    return out.toString();
  }

  private static int words(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  private static String abbreviate(String s) {
    return s.length() <= 160 ? s : s.substring(0, 160) + "…";
  }

  private static List<String> first(List<String> items, int n) {
    return items.subList(0, Math.min(n, items.size()));
  }
}
