package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.newskit.html.safety.CleaningPolicy;
import dev.newskit.html.safety.HtmlCleaner;
import org.junit.jupiter.api.Test;

/** Markup that would make cleaned output point or read other than the caller meant. */
class HtmlCleanerSpoofingTest {
  private static final String BASE = "https://news.example/world/story.html";

  @Test
  void anInputBaseNeverOverridesTheCallersBase() {
    String html = "<html><head><base href=\"https://evil.example/\"></head><body>"
        + "<p><a href=\"next.html\">next</a> <img src=\"pic.jpg\" alt=\"p\"></p></body></html>";
    for (CleaningPolicy policy : new CleaningPolicy[] {CleaningPolicy.BASIC, CleaningPolicy.ARTICLE}) {
      String clean = HtmlCleaner.of(policy).clean(html, BASE);
      assertFalse(clean.contains("evil.example"), clean);
      assertEquals(true, clean.contains("href=\"https://news.example/world/next.html\""), clean);
    }
    assertEquals("<p><img alt=\"p\" src=\"https://news.example/world/pic.jpg\"></p>",
        HtmlCleaner.of(CleaningPolicy.ARTICLE).clean("<base href=\"https://evil.example/\"><p><img src=pic.jpg alt=p></p>", BASE));
  }

  @Test
  void anInputBaseNeverSuppliesOneWhenTheCallerGaveNone() {
    String clean = HtmlCleaner.of(CleaningPolicy.ARTICLE)
        .clean("<base href=\"https://evil.example/\"><p><a href=\"next.html\">next</a> <img src=pic.jpg> <a href=\"https://ok.example/\">ok</a></p>");
    assertEquals("<p>next <a href=\"https://ok.example/\" rel=\"noopener noreferrer nofollow\">ok</a></p>", clean);
  }

  @Test
  void bdoCannotReverseTheCharactersOfAName() {
    for (CleaningPolicy policy : new CleaningPolicy[] {CleaningPolicy.BASIC, CleaningPolicy.ARTICLE}) {
      HtmlCleaner cleaner = HtmlCleaner.of(policy);
      assertEquals("<p>invoice-exe.pdf</p>", cleaner.clean("<p>invoice-<bdo dir=rtl>exe.pdf</bdo></p>"));
      assertEquals("<p>x</p>", cleaner.clean("<p><bdo>x</bdo></p>"), "without dir, bdo still overrides with the inherited direction");
      assertEquals("<p dir=\"rtl\">שלום x</p>", cleaner.clean("<p dir=rtl>שלום <BDO DIR=LTR lang=en>x</BDO></p>"));
    }
    assertEquals("invoice-exe.pdf", HtmlCleaner.of(CleaningPolicy.TEXT).clean("<p>invoice-<bdo dir=rtl>exe.pdf</bdo></p>"));
  }
}
