package dev.newskit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.Article;
import dev.newskit.core.Comment;
import dev.newskit.core.PageDateTime;
import dev.newskit.core.Paragraph;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownTest {
  @Test
  void keepsLinksListsAndTables() {
    String html = "<html><body><article><h1>Budget vote</h1>"
        + "<p>The <a href=\"https://parliament.example/report_(final)\">committee report</a> was published on Monday, "
        + "and <a href=\"https://news.example/b\">a second link</a> follows it in the same paragraph of the story.</p>"
        + "<p>The <em>final</em> vote was <strong>very close </strong>and <i>nobody</i> expected <code>a*b</code> at all, "
        + "said <b><a href=\"https://news.example/speaker\">the speaker</a></b> in the chamber on Tuesday.</p>"
        + "<ul><li>First point, with <a href=\"https://news.example/1\">a link</a></li><li>Second <em>point</em></li></ul>"
        + "<table><tr><th>Party</th><th>Seats</th></tr><tr><td>A|B</td><td>12</td></tr></table>"
        + "<p>Another paragraph of the article that is long enough to be kept as part of the body text.</p>"
        + "</article></body></html>";
    CliRunner.Result r = CliRunner.withStdin(html, "extract", "--format", "markdown", "--url", "https://news.example/story", "-");
    assertEquals(0, r.code(), r.err());
    String md = r.out();
    assertTrue(md.contains("The [committee report](https://parliament.example/report_%28final%29) was published on Monday, "
        + "and [a second link](https://news.example/b) follows it"), md);
    assertTrue(md.contains("The *final* vote was **very close** and *nobody* expected `a*b` at all, "
        + "said **[the speaker](https://news.example/speaker)** in the chamber on Tuesday."), md);
    assertTrue(md.contains("- First point, with [a link](https://news.example/1)\n- Second *point*\n"), md);
    assertTrue(md.contains("| Party | Seats |\n| --- | --- |\n| A\\|B | 12 |"), md);
  }

  @Test
  void readersCommentsFollowTheArticleRepliesQuotedOnceMore() {
    Article a = Article.builder().title("Budget vote").addBlock(Paragraph.of("The vote was close."))
        .addComment(new Comment(Optional.of("Bob K."), Optional.of(PageDateTime.parse("2026-03-14T10:00")), "Who voted *against*?", 0))
        .addComment(new Comment(Optional.of("Alice W."), Optional.empty(), "Two members.\nBoth abstained before.", 1))
        .addComment(Comment.of("Anonymous comment."))
        .build();
    String md = Markdown.of(a);
    assertTrue(md.contains("The vote was close.\n\n---\n\n## Comments (3)\n\n"), md);
    assertTrue(md.contains("**Bob K.** · 2026-03-14T10:00\n\nWho voted \\*against\\*?\n\n"), md);
    assertTrue(md.contains("> **Alice W.**\n>\n> Two members.\n> Both abstained before.\n\n"), md);
    assertTrue(md.endsWith("Anonymous comment.\n\n"), md);
  }
}
