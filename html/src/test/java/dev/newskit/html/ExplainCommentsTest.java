package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.FieldSource;
import dev.newskit.html.Explanation.BlockDecision;
import dev.newskit.html.Explanation.FieldChoice;
import dev.newskit.html.Explanation.Verdict;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What {@link ArticleExtractor#explain} says of readers' comments the article carries: lifted into {@code comments}. */
class ExplainCommentsTest {
  private static final String STORY = "<p>The council voted on Tuesday to close the old bridge, after engineers found cracks"
      + " in two of its piers, and the city will run a ferry while the bridge is rebuilt over the next two years.</p>";

  private final ArticleExtractor extractor = ArticleExtractor.create();

  private static BlockDecision block(Explanation x, String startsWith) {
    return x.blocks().stream().filter(b -> b.text().startsWith(startsWith)).findFirst()
        .orElseThrow(() -> new AssertionError("no block starts with " + startsWith + " in " + x.blocks()));
  }

  @Test
  void theCommentsTheArticleCarriesAreLiftedAndCounted() {
    Explanation x = extractor.explain(PageInput.of("<html><body><article><h1>Bridge closes for two years</h1>"
        + STORY.repeat(4) + "</article><section class='comments'><h3>Comments (2)</h3>"
        + "<div class='comment'><span class='comment-author'>Bob K.</span><time datetime='2026-03-14T11:02:00Z'>March 14, 2026"
        + "</time><p>Finally a ferry. The old bridge has been shaking for years and nobody listened.</p></div>"
        + "<div class='comment'><span class='comment-author'>Alice W.</span><time datetime='2026-03-14T12:40:00Z'>March 14, 2026"
        + "</time><p>Two years is a long time for the shops on the east bank to wait.</p></div>"
        + "</section></body></html>").withUrl("https://news.example/city/bridge-closes"));
    assertEquals(2, x.article().comments().size(), x.article().toString());
    FieldChoice comments = x.field("comments").orElseThrow(() -> new AssertionError(String.valueOf(x.fields())));
    assertEquals(Optional.of("2 comments"), comments.value());
    assertEquals(Optional.of(FieldSource.VISIBLE_TEXT), comments.source());
    for (String start : List.of("Bob K.", "Finally a ferry", "Alice W.", "Two years is")) {
      BlockDecision b = block(x, start);
      assertEquals(Verdict.LIFTED, b.verdict(), b.toString());
      assertEquals(List.of("comments"), b.fields(), b.toString());
    }
    // The thread's heading is no comment: it stays left out with the reason pruning gave it.
    assertEquals(Verdict.DROPPED, block(x, "Comments (2)").verdict());
  }

  @Test
  void aListOfCommentsIsLiftedAlsoWhenPruningTookItsEntriesOutOfIt() {
    // Each entry's class names a comment, and pruning removes it from the list it stood in before the list is told of.
    Explanation x = extractor.explain(PageInput.of("<html><body><div id='main'><article><h1>Bridge closes for two years</h1>"
        + STORY.repeat(4) + "</article><div id='respond-area'><h3>2 Responses</h3><ol class='commentlist'>"
        + "<li class='comment even depth-1'><cite>Bob K.</cite> says: March 14, 2026 at 11:02 am"
        + "<br>Finally a ferry. The old bridge has been shaking for years and nobody listened.</li>"
        + "<li class='comment odd depth-1'><cite>Alice W.</cite> says: March 14, 2026 at 12:40 pm"
        + "<br>Two years is a long time for the shops on the east bank to wait.</li></ol></div></div></body></html>")
        .withUrl("https://news.example/city/bridge-closes"));
    assertEquals(2, x.article().comments().size(), x.article().toString());
    BlockDecision list = block(x, "Bob K.");
    assertEquals(Verdict.LIFTED, list.verdict(), list.toString());
    assertEquals(List.of("comments"), list.fields(), list.toString());
  }

  @Test
  void commentsLeftOutOfTheArticleAreNotLifted() {
    Explanation x = ArticleExtractor.builder().comments(false).build().explain(PageInput.of("<html><body><article>"
        + "<h1>Bridge closes for two years</h1>" + STORY.repeat(4) + "</article><section class='comments'><div class='comment'>"
        + "<span class='comment-author'>Bob K.</span><p>Finally a ferry. The old bridge has been shaking for years and nobody listened.</p></div></section>"
        + "</body></html>").withUrl("https://news.example/city/bridge-closes"));
    assertTrue(x.article().comments().isEmpty());
    assertTrue(x.field("comments").isEmpty(), String.valueOf(x.fields()));
    assertEquals(Verdict.DROPPED, block(x, "Finally a ferry").verdict());
  }

  @Test
  void aSitesRulesBeforeTheThreadAreNotLiftedAsComments() {
    Explanation x = extractor.explain(PageInput.of("<html><body><article><h1>Bridge closes for two years</h1>"
        + STORY.repeat(4) + "</article><div id='comments'>"
        + "<p>Comments will be removed if they do any of the following:</p><ul><li>does not correspond with the subject of"
        + " the post</li><li>promotes hatred or discrimination of any kind</li><li>contains insults or threats to other"
        + " users</li></ul></div><div id='comments-list'><ol class='commentlist'><li class='comment'><cite class='fn'>Dana</cite><p>The ferry will be full every morning"
        + " and the council knows it.</p></li><li class='comment'><cite class='fn'>Lee</cite><p>Two years is far too long"
        + " for the shops on the east bank.</p></li></ol></div></body></html>").withUrl("https://news.example/city/bridge"));
    assertEquals(List.of("Dana", "Lee"), x.article().comments().stream().map(c -> c.author().orElse("")).toList());
    BlockDecision rule = block(x, "does not correspond");
    assertTrue(rule.verdict() != Verdict.LIFTED, rule.toString());
  }
}
