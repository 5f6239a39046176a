package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.Article;
import dev.newskit.core.ListBlock;
import dev.newskit.html.safety.CleaningPolicy;
import dev.newskit.html.safety.HtmlCleaner;
import org.junit.jupiter.api.Test;

/** What the one-pass extraction and the helpers written once promise, seen from outside. */
class OnePassTest {
  private static final String PARAGRAPHS = "<p>The council met on Tuesday evening to discuss the new budget, which "
      + "includes funds for schools, roads and the library.</p><p>Members argued for three hours, and the vote was "
      + "postponed until next week, when the full report is due.</p><p>The mayor said the delay was regrettable, "
      + "but that the figures had to be checked again by the auditors.</p>";

  @Test
  void extractedTextAndCleanedHtmlDropTheSameInvisibleCharacters() {
    String word = "pass\u00ADword\u2060join\u180Esep\u200Bzero";
    Article a = ArticleExtractor.create().extract("<html><body><article><h1>Title</h1>" + PARAGRAPHS
        + "<p>A paragraph long enough to be kept as part of the body, with the word " + word + " in it.</p>"
        + "</article></body></html>", "https://news.example/a");
    String text = a.text();
    String cleaned = HtmlCleaner.of(CleaningPolicy.ARTICLE).clean("<p>" + word + "</p>");
    for (char c : new char[] {'\u00AD', '\u2060', '\u180E', '\u200B'}) {
      assertFalse(text.indexOf(c) >= 0, "extracted text keeps U+" + Integer.toHexString(c));
      assertFalse(cleaned.indexOf(c) >= 0, "cleaned HTML keeps U+" + Integer.toHexString(c));
    }
    assertTrue(text.contains("passwordjoinsepzero"), text);
  }

  @Test
  void aListOfShortLinksIsNotBodyTextWhateverTheSpacesBetweenThem() {
    // Counted with its spaces, the list's text is 88% links and escaped the 90% rule.
    String links = "<ul>\n  <li><a href=\"/m\">Email</a></li>\n  <li><a href=\"/p\">Print</a></li>\n"
        + "  <li><a href=\"/s\">Share</a></li>\n</ul>";
    Article a = ArticleExtractor.create().extract("<html><body><div class=\"story\"><h1>Title</h1>" + PARAGRAPHS
        + links + "</div></body></html>", "https://news.example/a");
    assertEquals(3, a.body().size(), a.body().toString());
    assertTrue(a.body().stream().noneMatch(b -> b instanceof ListBlock), a.body().toString());
  }
}
