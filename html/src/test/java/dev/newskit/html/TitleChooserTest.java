package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newskit.core.FieldSource;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The title chooser's rules, one kind of page each (hand-written candidates; names invented). */
class TitleChooserTest {
  private static List<Sourced<String>> og(String title) {
    return List.of(new Sourced<>(title, FieldSource.OPEN_GRAPH));
  }

  private static String choose(List<Sourced<String>> declared, String h1, String titleElement, Optional<String> host) {
    return TitleChooser.choose(declared, h1, titleElement, Optional.empty(), host).orElseThrow().value();
  }

  @Test
  void theHeadlineBesideATitleThatNamesTheHostWins() {
    // Nothing declared; the <title> is the page's name for search results, its last part the host's name.
    assertEquals("Kredite im Vergleich: Jetzt Angebote berechnen!", choose(List.of(),
        "Kredite im Vergleich: Jetzt Angebote berechnen!", "Kredite im Vergleich – Rechner und Tipps | ZINSFUCHS",
        Optional.of("zinsfuchs")));
    // Without that evidence the <title> stays (its site-shaped part goes).
    assertEquals("Kredite im Vergleich – Rechner und Tipps", choose(List.of(),
        "Kredite im Vergleich: Jetzt Angebote berechnen!", "Kredite im Vergleich – Rechner und Tipps | ZINSFUCHS",
        Optional.of("andere-seite")));
    // An h1 that is the site's name (a logo) is not the headline.
    assertEquals("Kredite im Vergleich – Rechner und Tipps", choose(List.of(),
        "Zinsfuchs Online", "Kredite im Vergleich – Rechner und Tipps | ZINSFUCHS", Optional.of("zinsfuchs")));
  }

  @Test
  void anH1ThatIsTheTitlesSitePartDoesNotBeatTheDeclaredTitle() {
    // The <title> is "declared title | site": it seconds the declared title, not the logo h1.
    assertEquals("Offshore-Wind – Sauberer Strom vom Meer", choose(og("Offshore-Wind – Sauberer Strom vom Meer"),
        "Stiftung Meereswind", "Offshore-Wind – Sauberer Strom vom Meer | Stiftung MEERESWIND", Optional.empty()));
  }

  @Test
  void aShortFirstPartIsKeptWithoutEvidenceThatItNamesTheSite() {
    assertEquals("Windkraft - Sauberer Strom aus dem Norden",
        TitleChooser.withoutSiteSuffix("Windkraft - Sauberer Strom aus dem Norden", ""));
    assertEquals("Sauberer Strom aus dem Norden", TitleChooser.withoutSiteSuffix("Windkraft - Sauberer Strom aus dem Norden", "",
        Optional.empty(), Optional.of("windkraft")));
  }

  @Test
  void aKickerSetSmallByItsClassIsLeftOut() {
    var h1 = Jsoup.parse("<h1><span class=h1small>Initiative Sparsam Heizen</span> Kostenlose Beratung für Mieter</h1>").body().child(0);
    assertEquals("Kostenlose Beratung für Mieter", TitleChooser.withoutKicker(h1));
  }

  @Test
  void aSitePartNamesTheHostAsTheHostSpellsUmlauts() {
    // "Ökologisch Wohnen" on oekologisch-wohnen: the <title> names the site, so the h1 beside it is the headline.
    assertEquals("Kostenlose Beratung für Mieter", choose(List.of(), "Kostenlose Beratung für Mieter",
        "Sparsam heizen - Beratung | Ökologisch Wohnen", Optional.of("oekologisch-wohnen")));
  }

  @Test
  void sectionsAfterTheHeadlineOfASiteFirstTitleGo() {
    // "Site - Headline - Section - Module", the site named as the host spells it.
    assertEquals("Der Verein stellt Weichen für die Zukunft", choose(List.of(), "",
        "Fanclub Rote Adler - Der Verein stellt Weichen für die Zukunft - Vereinspresse - News", Optional.of("rote-adler")));
    // A longer last part is not a section's name.
    assertEquals("Der Verein stellt Weichen für die Zukunft - Was die Mitglieder sagen", choose(List.of(), "",
        "Fanclub Rote Adler - Der Verein stellt Weichen für die Zukunft - Was die Mitglieder sagen", Optional.of("rote-adler")));
  }

  @Test
  void aHeadlineTheAddressNamesBeatsATitleItDoesNot() {
    Optional<String> url = Optional.of("https://www.revier-tipps.example/dortmund/dortmund-hoerde.htm?seite=2");
    assertEquals("Dortmund-Hörde", TitleChooser.choose(List.of(), "Dortmund-Hörde", "Ausflugtipps im Revier",
        Optional.empty(), Optional.of("revier-tipps"), Optional.empty(), url).orElseThrow().value());
    // An address that names neither: the <title> stays.
    assertEquals("Ausflugtipps im Revier", TitleChooser.choose(List.of(), "Dortmund-Hörde", "Ausflugtipps im Revier",
        Optional.empty(), Optional.of("revier-tipps"), Optional.empty(),
        Optional.of("https://www.revier-tipps.example/seite.htm")).orElseThrow().value());
  }
}
