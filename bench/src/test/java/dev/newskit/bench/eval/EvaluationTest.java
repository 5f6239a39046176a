package dev.newskit.bench.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Runs the accuracy evaluation on every set of {@code ../shared/corpus} when it is there (CI has it; a
 * user's clone does not, and then this test is skipped with a message). The floors sit just below the
 * scores newskit reached when they were set (2026-12-06): a change that lowers one is a regression.
 * Raise them when the extractor gets better. Only newskit runs on the web sets here (the peers run in
 * {@link Evaluation#main}).
 */
class EvaluationTest {

  @Test
  void scoresEverySetAboveItsFloor() throws Exception {
    Optional<Path> corpus = Corpus.locate();
    assumeTrue(corpus.isPresent(), "../shared/corpus is absent: accuracy evaluation skipped");
    Evaluation.Report report = Evaluation.runAll(corpus.get(), false, 2);
    System.out.println(report.markdown());

    List<Evaluation.Scores> readability = report.classic().get("readability");
    Evaluation.Scores newskit = readability.get(0);
    assertEquals("newskit", newskit.extractor);
    assertEquals(130, newskit.pages);
    assertEquals(0, newskit.errors, "pages that failed");
    double shingle = ShingleScore.aggregate(newskit.shingles).f1();
    assertTrue(shingle >= 0.950, "readability shingle F1 " + shingle);
    assertTrue(newskit.meanF1() >= 0.955, "readability bag-of-words F1 " + newskit.meanF1());
    // Titles: 0.811 in one run of session 7's rules (0.787 before); 0.835 in one run of session 9's, whose title match
    // reads typographic quotes and Unicode spaces as plain ones. The trafilatura-eval gains must not cost these.
    assertTrue(newskit.rate("title") >= 0.825, "readability title exact " + newskit.rate("title"));
    for (int i = 1; i < readability.size(); i++) {
      assertTrue(shingle > ShingleScore.aggregate(readability.get(i).shingles).f1(),
          "shingle F1 above " + readability.get(i).extractor);
    }
    // Readability.js's own bylines: 0.737 in one run of session 8's author rules (2026-12-06); 0.789 with session 10's
    // publication-signed posts and names after a date (2026-12-07); 0.803 with session 11's (2026-12-07).
    assertTrue(newskit.rate("byline") >= 0.793, "readability byline " + newskit.rate("byline"));
    Evaluation.Scores rtl = report.classic().get("rtl").get(0);
    assertTrue(rtl.meanF1() >= 0.99, "rtl body F1 " + rtl.meanF1());
    assertTrue(rtl.rate("byline") >= 0.9, "rtl byline " + rtl.rate("byline"));
    assertTrue(rtl.rate("published") >= 0.8, "rtl published " + rtl.rate("published"));
    assertEquals(1.0, rtl.rate("direction"), "rtl direction");
    assertEquals(1.0, rtl.rate("language"), "rtl language");

    Map<String, Integer> pages = Map.of("dragnet", 686, "cleaneval", 349, "cleanportaleval", 43, "l3s-gn1", 304,
        "trafilatura-eval", 335, "htmldate-eval", 344);
    pages.forEach((set, n) -> assertEquals(n, report.webCases().get(set).size(), set + " pages"));

    // dragnet's all-pages gold keeps readers' comments and link lines: leaving short all-link lines out of
    // the body (menus, share rows) costs it 0.003 of shingle F1 while its comment-free gold, l3s-gn1,
    // cleaneval and trafilatura-eval gain (0.897 -> 0.898, 0.900 -> 0.910, 0.881 -> 0.885, 0.874 -> 0.879 in
    // one run with and without the rule, 2026-12-06); the floor follows that trade, every other one rose.
    // The tenth session's boxes of links inside the body (one run, 2026-12-07): every floor sits about 0.005 below it.
    // Session 12's sidebar and footer boxes not chosen over a short post (one run, 2026-12-07: 0.826 / 0.909 / 0.852).
    fullText(report, "dragnet", 0.821, 0.904, 0.847, 1);
    // cleaneval after session 12's sidebar boxes and layout rows (one run, 2026-12-07: 0.913 / 0.901 / 0.908).
    fullText(report, "cleaneval", 0.908, 0.896, 0.903, 0);
    fullText(report, "cleanportaleval", 0.943, 0.943, 0.954, 0);
    // l3s-gn1 after session 12's wire notices (one run, 2026-12-07: ROUGE 0.946, shingle 0.954; 0.944 / 0.951
    // after session 11's boxes of linked labels over unlinked titles).
    fullText(report, "l3s-gn1", 0.941, 0.936, 0.948, 0);

    WebEvaluation.Figures traf = report.newskit("trafilatura-eval", c -> true);
    // One run of the ninth session's body rules gave 0.929 (2026-12-07), the tenth's boxes of links 0.931.
    atLeast(traf.snippets.f1(), 0.926, "trafilatura-eval snippet F1");
    // Session 8's title rules (an h1 beside a <title> that names the site, section trails, small kickers): one run gave 0.865;
    // session 9's headline found by class (past a breadcrumb's h1, beside a site-named one) and plain dashes: 0.890;
    // session 10's h1 spelled by the address, headline marked inside the h1, text-transform: capitalize in the match: 0.900.
    atLeast(traf.rate(WebEvaluation.TITLE_EXACT), 0.890, "trafilatura-eval title exact");
    // Authors: just below one run of session 12's site owner, lower-case login and licence-box rules (0.815, 150 of 184,
    // 2026-12-07; 0.799 with session 11's, 0.793 before its post author's comments, 0.761 with session 10's, 0.728
    // before them, 0.701 before session 9's).
    atLeast(traf.rate(WebEvaluation.AUTHORS_EXACT), 0.810, "trafilatura-eval author set exact");
    atLeast(traf.rate(WebEvaluation.DAY), 0.910, "trafilatura-eval published day right");
    assertEquals(0, traf.failed, "trafilatura-eval pages failed");

    WebEvaluation.Figures dates = report.newskit("htmldate-eval", c -> true);
    // Issue 13 asks for 0.92 here (htmldate itself: 0.903); one run on 2026-12-06 gave 0.930.
    atLeast(dates.rate(WebEvaluation.DAY), 0.925, "htmldate-eval published day right");
    assertEquals(0, dates.count(WebEvaluation.INVENTED), "htmldate-eval dates given where the truth has none");

    // No invented offset anywhere: every non-UTC offset newskit prints is printed on its page.
    for (String set : pages.keySet()) {
      assertEquals(0, report.newskit(set, c -> true).count(WebEvaluation.UNJUSTIFIED_OFFSET),
          set + ": offsets in the output that the page does not print");
    }
  }

  private static void fullText(Evaluation.Report report, String set, double rouge, double headlineRouge,
      double shingle, int maxEmpty) {
    WebEvaluation.Figures all = report.newskit(set, c -> true);
    WebEvaluation.Figures headline = report.newskit(set, WebEvaluation.headline(set).test());
    atLeast(all.rouge, rouge, set + " ROUGE-LSum F1");
    atLeast(headline.rouge, headlineRouge, set + " ROUGE-LSum F1 on " + WebEvaluation.headline(set).label());
    atLeast(all.shingle.f1(), shingle, set + " shingle F1");
    assertTrue(all.empty <= maxEmpty, set + " empty outputs " + all.empty);
    assertEquals(0, all.failed, set + " pages failed");
  }

  private static void atLeast(double value, double floor, String what) {
    assertTrue(value >= floor, what + " " + value + " below its floor " + floor);
  }
}
