package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The title of the hand-written pages under {@code pages/titles}, one page per kind of page that titles
 * went wrong on: each asserts the headline a reader sees, from the whole extraction.
 */
class TitlePagesTest {
  private final ArticleExtractor extractor = ArticleExtractor.create();

  private String title(String name, String url) {
    return extractor.extract(TestPages.text("titles/" + name).getBytes(StandardCharsets.UTF_8), url).title().orElse("");
  }

  @Test
  void aHeadlineTheBreadcrumbNamesBeatsADeclaredTeaser() {
    // og:title and <title> each word it otherwise; the breadcrumb's last item is the h1, word for word.
    assertEquals("Die Stadt plant neue Radwege in der Altstadt",
        title("breadcrumb-names-the-headline.html", "https://stadtanzeiger.example/radwege/"));
  }

  @Test
  void aSitePartThatNamesTheHostIsLeftOut() {
    // The <title>'s first part is the site's name, as its address spells it; nothing declares the site's name.
    assertEquals("Tomaten im Topf ziehen: so gelingt es auf dem Balkon",
        title("host-named-site-part.html", "https://www.kleinergartenamsee.example/tomaten-im-topf"));
  }

  @Test
  void aHeadlineThatSaysMoreThanTheTitlesHeadlinePartWins() {
    // "Geschichte - Musikverein Talheim": once the host's part is out, the h1 holds the rest and says more.
    assertEquals("Vereinsgeschichte", title("headline-extends-short-title.html", "https://musikverein-talheim.example/geschichte/"));
  }

  @Test
  void aHeadlineThatFillsOutAShortenedDeclaredTitleWins() {
    // The declared title leaves out two words of the printed headline ("in Oberdorf").
    assertEquals("Neue Brücke über den Fluss in Oberdorf eröffnet",
        title("headline-fills-out-declared.html", "https://www.kreisbote.example/lokales/bruecke"));
  }

  @Test
  void theHeadlineMarkedInsideTheH1AndSpelledByTheAddressWins() {
    // The h1 prints a topic before the element its class names the headline; the metas keep the topic and shorten
    // the rest, and the address's last segment spells the marked headline.
    assertEquals("Land kürzt Zuschüsse, Handwerk warnt", title("headline-marked-after-topic.html",
        "https://www.energieblatt.example/waerme/land-kuerzt-zuschuesse-handwerk-warnt/"));
  }

  @Test
  void aHeadlineTheAddressSpellsBeatsADeclaredAdvertisingLine() {
    // og:title and <title> agree on a line for search results; the h1 is one word, and the address is that word.
    assertEquals("Fotografie", title("headline-spelled-by-address.html", "https://lichtwerk.example/fotografie/"));
  }

  @Test
  void aDeclaredTitleThatFillsOutTheHeadlineTheAddressSpellsStays() {
    // The address spells the shortened h1 (with an id after it); the declared title is that headline in full.
    assertEquals("Neue Brücke über den Fluss in Oberdorf eröffnet", title("headline-spelled-by-address-declared-fuller.html",
        "https://www.kreisbote.example/lokales/neue-bruecke-ueber-den-fluss-eroeffnet-33328852"));
  }
}
