package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newskit.core.FieldSource;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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

  private static Optional<TitleChooser.Titled> titled(String html, String titleElement, List<Sourced<String>> declared) {
    Document doc = Jsoup.parse(html);
    Element h1 = doc.body().selectFirst("h1");
    String h1Text = h1 == null ? "" : TitleChooser.withoutKicker(h1);
    return TitleChooser.titledHeadline(doc.body().getAllElements(), h1, h1Text, titleElement, declared, Optional.empty(),
        Optional.of("wanderblatt"));
  }

  @Test
  void aBreadcrumbsH1YieldsToTheTitledHeadingThatDropsItsKicker() {
    String page = "<nav><ol class=breadcrumbs><li><a href=/>Start</a></li><li><h1>Alpen: Wie sicher sind die Gletscherwege noch?</h1>"
        + "</li></ol></nav><header><h2><span class=story__kicker>Alpen</span> <span class=story__title>Wie sicher sind die "
        + "Gletscherwege noch?</span></h2></header><p>Text.</p>";
    assertEquals(Optional.of(new TitleChooser.Titled("Wie sicher sind die Gletscherwege noch?", false)),
        titled(page, "Alpen: Wie sicher sind die Gletscherwege noch? - Wanderblatt", og("Alpen: Wie sicher sind die Gletscherwege noch?")));
    // The same h1 outside a breadcrumb trail is the headline.
    assertEquals(Optional.empty(), titled(page.replace("breadcrumbs", "steps"), "Alpen: Wie sicher sind die Gletscherwege noch? - Wanderblatt",
        og("Alpen: Wie sicher sind die Gletscherwege noch?")));
  }

  @Test
  void aBreadcrumbsH1ThatNoDeclaredTitleStatesYieldsToAHeadlineOneStates() {
    String page = "<div class=crumb-swiper><div class=breadcrumb><a href=/>Start</a> <h1>Hüttentour am Watzmann - Drei Tage</h1>"
        + "</div></div><div class=article__headline__box><h2><span class=subline>Hüttentour am Watzmann</span> "
        + "<span class=headline>Drei Tage über den Wolken</span></h2></div><p>Text.</p>";
    List<Sourced<String>> declared = List.of(new Sourced<>("Hüttentour am Watzmann", FieldSource.JSON_LD),
        new Sourced<>("Hüttentour am Watzmann: Drei Tage über den Wolken", FieldSource.OPEN_GRAPH),
        new Sourced<>("Drei Tage über den Wolken", FieldSource.META));
    // The innermost titled element, the headline span, not the box around it with the subline.
    assertEquals(Optional.of(new TitleChooser.Titled("Drei Tage über den Wolken", true)),
        titled(page, "Hüttentour am Watzmann - Drei Tage | Wanderblatt", declared));
    // A declared title that states the breadcrumb's h1 keeps it.
    List<Sourced<String>> statesH1 = List.of(new Sourced<>("Hüttentour am Watzmann - Drei Tage", FieldSource.JSON_LD),
        new Sourced<>("Drei Tage über den Wolken", FieldSource.META));
    assertEquals(Optional.empty(), titled(page, "Hüttentour am Watzmann - Drei Tage | Wanderblatt", statesH1));
  }

  @Test
  void anH1ThatIsTheTitlesSitePartYieldsToTheTitledElementTheTitleNames() {
    String page = "<h1>Bergwandern - Wanderblatt Online</h1><div id=page-title>Steigeisen richtig anlegen</div><p>Text.</p>";
    assertEquals(Optional.of(new TitleChooser.Titled("Steigeisen richtig anlegen", true)),
        titled(page, "Steigeisen richtig anlegen - Bergwandern - Wanderblatt Online", List.of()));
    // An h1 that is the <title>'s headline part stands.
    assertEquals(Optional.empty(), titled(page.replace("<h1>Bergwandern - Wanderblatt Online</h1>", "<h1>Steigeisen anlegen</h1>"),
        "Steigeisen anlegen - Bergwandern - Wanderblatt Online", List.of()));
  }

  @Test
  void withoutAnH1ATitledElementTheTitleStartsWithStandsForIt() {
    String page = "<div class=side-title>Meistgelesen</div><div class=h-title>Neue Hütte am Grat eröffnet</div><p>Text.</p>";
    assertEquals(Optional.of(new TitleChooser.Titled("Neue Hütte am Grat eröffnet", false)),
        titled(page, "Neue Hütte am Grat eröffnet-Wanderblatt", List.of()));
    assertEquals("Neue Hütte am Grat eröffnet", choose(List.of(), "Neue Hütte am Grat eröffnet",
        "Neue Hütte am Grat eröffnet-Wanderblatt", Optional.of("wanderblatt")));
    // A logo's title that is the <title>'s shorter part is the site's name, not the headline.
    Document logo = Jsoup.parse("<div class=site-title>Bergpost</div><h2 class=entry-title>Neue Hütte am Grat eröffnet</h2>");
    assertEquals(Optional.of(new TitleChooser.Titled("Neue Hütte am Grat eröffnet", true)), TitleChooser.titledHeadline(
        logo.body().getAllElements(), null, "", "Neue Hütte am Grat eröffnet | Bergpost", List.of(), Optional.empty(), Optional.empty()));
    // One the <title> does not name is not the headline.
    assertEquals(Optional.empty(), titled(page, "Aktuelles-Wanderblatt", List.of()));
  }

  @Test
  void whereEveryCandidateNamesTheSiteATitledElementIsTheHeadline() {
    String page = "<h1>Wanderblatt</h1><div class=title-box><p><em>Über den Grat</em> zur Hütte</p></div>"
        + "<h2 class=teaser-title><a href=/b>Anderer Artikel</a></h2><p>Text.</p>";
    Document doc = Jsoup.parse(page);
    Element h1 = doc.body().selectFirst("h1");
    List<Sourced<String>> declared = og("Wanderblatt");
    assertEquals(Optional.of(new TitleChooser.Titled("Über den Grat zur Hütte", false)), TitleChooser.titledHeadline(
        doc.body().getAllElements(), h1, "Wanderblatt", "Wanderblatt • Wanderblatt Online", declared, Optional.of("Wanderblatt"),
        Optional.of("wanderblatt")));
    // A <title> with a part of its own ("Über den Grat • Wanderblatt") leaves the choice to the candidates.
    assertEquals(Optional.empty(), TitleChooser.titledHeadline(doc.body().getAllElements(), h1, "Wanderblatt",
        "Ostertour • Wanderblatt", declared, Optional.of("Wanderblatt"), Optional.of("wanderblatt")));
    // A linked title (a teaser's) is not the page's headline.
    Document teasers = Jsoup.parse("<h1>Wanderblatt</h1><h2 class=teaser-title><a href=/b>Anderer Artikel</a></h2>");
    assertEquals(Optional.empty(), TitleChooser.titledHeadline(teasers.body().getAllElements(), teasers.body().selectFirst("h1"),
        "Wanderblatt", "Wanderblatt", declared, Optional.of("Wanderblatt"), Optional.of("wanderblatt")));
    Document linked = Jsoup.parse("<h1>Wanderblatt</h1><a href=/b><span class=teaser-title>Anderer Artikel</span></a>");
    assertEquals(Optional.empty(), TitleChooser.titledHeadline(linked.body().getAllElements(), linked.body().selectFirst("h1"),
        "Wanderblatt", "Wanderblatt", declared, Optional.of("Wanderblatt"), Optional.of("wanderblatt")));
  }
}
