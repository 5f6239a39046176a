package dev.newskit.bench.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Runs the accuracy evaluation on {@code ../shared/corpus} when it is there (CI has it; a user's clone
 * does not, and then this test is skipped with a message). The floors are the scores newskit reached
 * when they were set: a change that lowers them is a regression.
 */
class EvaluationTest {

  @Test
  void scoresTheCorpusAgainstThePeers() throws Exception {
    Optional<Path> corpus = Corpus.locate();
    assumeTrue(corpus.isPresent(), "../shared/corpus is absent: accuracy evaluation skipped");
    List<CorpusCase> cases = Corpus.load(corpus.get());
    assertEquals(130, cases.stream().filter(c -> c.set().equals("readability")).count());

    List<Evaluation.Scores> readability = Evaluation.run(cases, "readability");
    List<Evaluation.Scores> rtl = Evaluation.run(cases, "rtl");
    System.out.println(Evaluation.table("readability", readability));
    System.out.println(Evaluation.table("rtl", rtl));

    Evaluation.Scores newskit = readability.get(0);
    assertEquals("newskit", newskit.extractor);
    assertEquals(0, newskit.errors, "pages that failed");
    assertTrue(newskit.meanF1() >= 0.955, "readability body F1 " + newskit.meanF1());
    for (int i = 1; i < readability.size(); i++) {
      assertTrue(newskit.meanF1() > readability.get(i).meanF1(), "body F1 above " + readability.get(i).extractor);
    }
    assertTrue(rtl.get(0).meanF1() >= 0.99, "rtl body F1 " + rtl.get(0).meanF1());
    assertTrue(rtl.get(0).rate("byline") >= 0.9, "rtl byline " + rtl.get(0).rate("byline"));
    assertTrue(rtl.get(0).rate("published") >= 0.8, "rtl published " + rtl.get(0).rate("published"));
    assertTrue(rtl.get(0).rate("direction") == 1.0, "rtl direction " + rtl.get(0).rate("direction"));
    assertTrue(rtl.get(0).rate("language") == 1.0, "rtl language " + rtl.get(0).rate("language"));
  }
}
