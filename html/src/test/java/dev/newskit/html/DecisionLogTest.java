package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.html.internal.Texts;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link DecisionLog}: a block the explanation calls kept has its text in the article, also where the body
 * took only part of a unit (here a run of inline content split at double line breaks; the corpus-wide check is
 * bench's {@code BodyCoverageTest}).
 */
class DecisionLogTest {
  private static final String STORY = "The council met on Tuesday and voted, after a long debate that lasted well into the "
      + "night, to rebuild the old bridge over the river before the winter floods arrive in the valley. ";

  private static Explanation explain(String html) {
    return ArticleExtractor.create().explain(PageInput.of(html).withUrl("https://news.example/story"));
  }

  /** Every kept decision's text stands in the article's text, as {@code BodyCoverageTest} checks on the corpus. */
  private static void keptTextIsInTheArticle(Explanation e) {
    String text = Texts.normalise(e.article().text()).replace(" ", "");
    for (Explanation.BlockDecision d : e.blocks()) {
      if (d.verdict() != Explanation.Verdict.KEPT || List.of("img", "figure", "picture", "video", "iframe").contains(d.tag())) continue;
      assertTrue(text.contains(d.text().replace(" ", "")), () -> "kept but not in the article: " + d);
    }
  }

  private static boolean keptMentions(Explanation e, String words) {
    return e.blocks().stream().anyMatch(d -> d.verdict() == Explanation.Verdict.KEPT && d.text().contains(words));
  }

  @Test
  void aTeaserInARunSplitAtDoubleBreaksIsNotKeptWithTheStory() {
    Explanation e = explain("<html><body><article><h1>The bridge will be rebuilt</h1><div><p>" + STORY.repeat(3)
        + "</p>" + STORY + "As <a href='/council'>the council</a> said, " + STORY
        + "<br><br>Read more: <a href='/other'>Ferry times change</a></div></article></body></html>");
    assertFalse(e.article().text().contains("Ferry times"), e.article().text());
    assertFalse(keptMentions(e, "Read more"), () -> String.valueOf(e.blocks()));
    keptTextIsInTheArticle(e);
  }

  @Test
  void aSeparatorLeftOutOfALineOfLinksIsCutWhereItStood() {
    // One element of lines: the first, kept, holds a bar; the bars between the menu's links go with the links.
    Explanation e = explain("<html><body><article><h1>The bridge will be rebuilt</h1><div id=story><p>" + STORY + "</p><p>"
        + STORY + "</p><p>" + STORY + "</p><div>The ferry runs again on Monday | updated at noon by the harbour office"
        + "<br><br><a href=/f>Football</a><br><br>|<br><br><a href=/c>Cricket</a><br><br>|<br><br><a href=/t>Tennis</a>"
        + "</div></div></article></body></html>");
    assertTrue(e.article().text().contains("Monday | updated"), e.article().text());
    assertFalse(e.article().text().contains("Cricket"), e.article().text());
    keptTextIsInTheArticle(e);
    // The explanation says what became of each line the kept element lost.
    Explanation.BlockDecision kept = e.blocks().stream().filter(d -> d.text().startsWith("The ferry runs")).findFirst().orElseThrow();
    Explanation.BlockDecision cricket = e.blocks().stream().filter(d -> d.text().equals("Cricket")).findFirst()
        .orElseThrow(() -> new AssertionError(String.valueOf(e.blocks())));
    assertTrue(cricket.verdict() == Explanation.Verdict.DROPPED && cricket.reason().equals(java.util.Optional.of(Explanation.Reason.LINK_DENSITY))
        && cricket.path().equals(kept.path()), cricket::toString);
  }
}
