package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.Article;
import dev.newskit.core.Block;
import org.junit.jupiter.api.Test;

/** An inline element inside a sentence stays, whatever its class sounds like; a box of that class still goes. */
class InlineTextTest {
  @Test
  void aClassedSpanInsideASentenceIsKept() {
    String para = "<p>At <span class=\"ticker\">Home Depot</span>, we saw sales rise for the third quarter in a row, "
        + "the company said, with <a class=\"share\" href=\"https://x.example/q\">garden tools</a> selling best of all.</p>";
    Article a = ArticleExtractor.create().extract("<html><body><article><h1>Sales rise again</h1>" + para + para
        + "<div class=\"share\">Share on Facebook, Share on X, Share by email</div></article></body></html>");
    String body = String.join("\n", a.body().stream().map(Block::text).toList());
    assertTrue(body.contains("At Home Depot, we saw sales rise"), body);
    assertTrue(body.contains("with garden tools selling best"), body);
    assertTrue(!body.contains("Share on Facebook"), body);
  }
}
