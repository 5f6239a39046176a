package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.Author;
import dev.newskit.core.FieldSource;
import dev.newskit.core.ParsedDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The title, author and date choosers: value and source chosen together. */
class ChoosersTest {
  private static Optional<Sourced<String>> og(String title) {
    return Optional.of(new Sourced<>(title, FieldSource.OPEN_GRAPH));
  }

  @Test
  void aSectionNameDeclaredAsTheTitleYieldsToTheHeadline() {
    Sourced<String> t = TitleChooser.choose(og("Medienmitteilungen"), "Impfen ist bis Ende Februar möglich",
        "Impfen ist bis Ende Februar möglich", Optional.empty()).orElseThrow();
    assertEquals("Impfen ist bis Ende Februar möglich", t.value());
    assertEquals(FieldSource.VISIBLE_TEXT, t.source());
  }

  @Test
  void theSiteSuffixAndADatePrefixAreStrippedByAgreement() {
    assertEquals("Pour le néolibéralisme, la retraite est un archaïsme", TitleChooser.choose(
        og("Pour le néolibéralisme, la retraite est un archaïsme | AOC media"), "", "", Optional.of("AOC media"))
        .orElseThrow().value());
    assertEquals("Dorothea Wierer darf beim Antholz-Abschluss noch jubeln", TitleChooser.choose(
        og("23.01.2022 - Dorothea Wierer darf beim Antholz-Abschluss noch jubeln"), "", "", Optional.empty())
        .orElseThrow().value());
    assertEquals("Einen Twitterfeed in das Blog einbinden – so geht’s!",
        TitleChooser.withoutSiteSuffix("Einen Twitterfeed in das Blog einbinden – so geht’s!", ""));
  }

  @Test
  void aPartIsStrippedOnlyWhenItNamesTheSite() {
    // The declared site name is none of the parts: nothing to strip.
    assertEquals("How to Grow a Lemon Tree from Seed | Step-by-Step Guide", TitleChooser.choose(
        og("How to Grow a Lemon Tree from Seed | Step-by-Step Guide"), "", "", Optional.of("You Had Me At Gardening"))
        .orElseThrow().value());
    assertEquals("Korsetts - Shops, Designer, online kaufen", TitleChooser.choose(
        og("Korsetts - Shops, Designer, online kaufen"), "", "", Optional.of("Pinup-Fashion.de")).orElseThrow().value());
    // The host's name is a site part too, whatever the declared name.
    assertEquals("Dorothea Wierer darf beim Antholz-Abschluss noch jubeln", TitleChooser.choose(
        List.of(new Sourced<>("23.01.2022 - Dorothea Wierer darf beim Antholz-Abschluss noch jubeln - Biathlon Antholz",
            FieldSource.OPEN_GRAPH)), "", "", Optional.of("Zeppelin Group"), Optional.of("biathlon-antholz")).orElseThrow().value());
    // A site name with a separator of its own goes whole.
    assertEquals("Pour le néolibéralisme, la retraite est un archaïsme", TitleChooser.choose(
        og("Pour le néolibéralisme, la retraite est un archaïsme | AOC media - Analyse Opinion Critique"), "", "",
        Optional.of("AOC media - Analyse Opinion Critique")).orElseThrow().value());
  }

  @Test
  void aHeadlineElementHoldingTheWholeTitleKeepsItsParts() {
    assertEquals("Interview mit Rainer Teuber – #OutInChurch", TitleChooser.choose(og("Interview mit Rainer Teuber – #OutInChurch"),
        "Interview mit Rainer Teuber – #OutInChurch", "Interview mit Rainer Teuber – #OutInChurch - männer*", Optional.empty())
        .orElseThrow().value());
    assertEquals("Studen BE - A6 nach tödlichem Unfall für mehrere Stunden gesperrt", TitleChooser.choose(
        og("Studen BE - A6 nach tödlichem Unfall für mehrere Stunden gesperrt"),
        "Studen BE - A6 nach tödlichem Unfall für mehrere Stunden gesperrt", "", Optional.empty()).orElseThrow().value());
  }

  @Test
  void thePrintedBylineWinsWhenItNamesTheDeclaredPeopleBetter() {
    String keys = AuthorChooser.publicationKeys(Optional.of("Jobs & Hire"), "", "", Optional.empty());
    // It names the declared author and a co-author.
    assertEquals(List.of("Rudolf Fischer", "Simon Kohler"), authors(List.of(Author.of("Rudolf Fischer")),
        List.of(Author.of("Rudolf Fischer"), Author.of("Simon Kohler")), keys));
    // It spells out a login or a first name.
    assertEquals(List.of("Christian P. Stadtfeld"), authors(List.of(Author.of("christian.stadtfeld")),
        List.of(Author.of("Christian P. Stadtfeld")), keys));
    assertEquals(List.of("Gàbor Muniér"), authors(List.of(Author.of("gabor_munier")), List.of(Author.of("Gàbor Muniér")), keys));
    // Someone else's name does not replace a declared first name; nor does a byline naming fewer people.
    assertEquals(List.of("Todd"), authors(List.of(Author.of("Todd")), List.of(Author.of("Mark Newton")), keys));
    // A login in lower case is the account that posted: a printed full name is who wrote it, a printed
    // text that is no full name is not.
    assertEquals(List.of("Mark Newton"), authors(List.of(Author.of("sarah-indra")), List.of(Author.of("Mark Newton")), keys));
    assertEquals(List.of("sarah-indra"), authors(List.of(Author.of("sarah-indra")), List.of(Author.of("MN Redaktion Online")), keys));
    assertEquals(List.of("Anna Muster", "Ben Beispiel"), authors(List.of(Author.of("Anna Muster"), Author.of("Ben Beispiel")),
        List.of(Author.of("Anna Muster")), keys));
    // A publication's name split at its ampersand is still the publication.
    assertEquals(List.of("Jose de la Cruz"), authors(List.of(Author.of("Jobs"), Author.of("Hire")),
        List.of(Author.of("Jose de la Cruz")), keys));
  }

  private static List<String> authors(List<Author> declared, List<Author> printed, String keys) {
    return AuthorChooser.choose(List.of(new Sourced<>(declared, FieldSource.META)), printed, keys, Optional.empty())
        .orElseThrow().value().stream().map(Author::name).toList();
  }

  @Test
  void aLogoHeadlineIsTheSitesName() {
    var doc = Jsoup.parse("<h1><a href=/>Steinzeit &amp; Co</a></h1><h1>Werkzeuge des Neandertalers</h1>");
    var h1s = doc.body().getElementsByTag("h1");
    assertEquals("Werkzeuge des Neandertalers", TitleChooser.headline(h1s, h1s.get(0),
        "Werkzeuge des Neandertalers | Steinzeit & Co", Optional.empty(), Optional.empty()));
  }

  @Test
  void thePublicationIsNeverAnAuthor() {
    String keys = AuthorChooser.publicationKeys(Optional.of("Badische Zeitung"), "Wohnungssuche | Badische Zeitung",
        "Wohnungssuche", Optional.of("https://www.badische-zeitung.de/a/1"));
    var declared = List.of(new Sourced<>(List.of(Author.of("Badische Zeitung")), FieldSource.JSON_LD));
    var body = Jsoup.parse("<div class=article-author>Von Lisa Petrich</div>").body();
    Sourced<List<Author>> a = AuthorChooser.choose(declared, List.of(), keys, Optional.of(body)).orElseThrow();
    assertEquals(List.of(Author.of("Lisa Petrich")), a.value());
    assertEquals(FieldSource.VISIBLE_TEXT, a.source());
    assertTrue(Authors.isPublication("STERN.de", "stern"));
  }

  @Test
  void bylinesLoseTheirDatesAndLabelsAreNotNames() {
    assertEquals(List.of(Author.of("Alex Bozarjian")), Authors.fromByline("By Alex Bozarjian Thursday, November 9, 2023"));
    assertEquals(List.of(Author.of("Isabella DiBiase")), Authors.fromByline("Isabella DiBiase am Samstag"));
    assertEquals(List.of(), Authors.fromByline("Publiziert am"));
    assertEquals(List.of(), Authors.fromByline("Foto: Ingo Schneider"));
    assertEquals(List.of(), Authors.fromByline("Super User"));
    assertEquals(List.of(Author.of("Jan Kowalski")), Authors.fromByline("Autor: Jan Kowalski"));
  }

  private static ParsedDate at(String iso) {
    return new ParsedDate(OffsetDateTime.parse(iso), ParsedDate.Precision.SECOND, Optional.empty());
  }

  @Test
  void aUtcTimestampDoesNotShiftThePrintedDay() {
    var declared = List.of(new Sourced<>(at("2023-11-09T05:30:59Z"), FieldSource.JSON_LD));
    ParsedDate printed = new ParsedDate(OffsetDateTime.parse("2023-11-08T00:00Z"), ParsedDate.Precision.DAY, Optional.empty());
    Sourced<ParsedDate> d = DateChooser.choose(declared, Optional.empty(), Optional.of(printed), Optional.empty(), Optional::empty, ExtractionRecorder.NONE)
        .orElseThrow();
    assertEquals("2023-11-08", d.value().date().toString());
    assertEquals(FieldSource.VISIBLE_TEXT, d.source());
    // A timestamp with a real offset is the page's own: it stays.
    var local = List.of(new Sourced<>(at("2023-11-09T05:30:59+01:00"), FieldSource.JSON_LD));
    assertEquals(FieldSource.JSON_LD, DateChooser.choose(local, Optional.empty(), Optional.of(printed), Optional.empty(),
        Optional::empty, ExtractionRecorder.NONE).orElseThrow().source());
  }

  @Test
  void layersInOrderWhenNothingIsDeclared() {
    ParsedDate url = VisibleDates.inUrl(Optional.of("https://example.com/news/2023/11/08/story")).orElseThrow();
    assertEquals("2023-11-08", url.toIsoString());
    assertEquals("2021-10-29", VisibleDates.inUrl(Optional.of("https://example.org/meldungen/29-10-2021")).orElseThrow().toIsoString());
    // 05-10-2021 alone does not say which is the day.
    assertTrue(VisibleDates.inUrl(Optional.of("https://example.org/meldungen/05-10-2021")).isEmpty());
    Sourced<ParsedDate> d = DateChooser.choose(List.of(), Optional.empty(), Optional.empty(), Optional.of(url),
        () -> Optional.of(at("2020-01-01T00:00:00Z")), ExtractionRecorder.NONE).orElseThrow();
    assertEquals(FieldSource.CALLER, d.source());
    assertEquals("2020-01-01", DateChooser.choose(List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
        () -> Optional.of(at("2020-01-01T00:00:00Z")), ExtractionRecorder.NONE).orElseThrow().value().date().toString());
  }

  @Test
  void theHeadlineWinsWhenAnotherCandidateSecondsIt() {
    // The first declared title is a teaser's wording; the <title> says what the h1 says.
    Sourced<String> t = TitleChooser.choose(List.of(new Sourced<>("Dank dieser Lebensmittel wachsen eure Haare", FieldSource.OPEN_GRAPH)),
        "Lange Haare: Dank dieser Lebensmittel wachsen sie", "Lange Haare: Dank dieser Lebensmittel wachsen sie",
        Optional.empty()).orElseThrow();
    assertEquals("Lange Haare: Dank dieser Lebensmittel wachsen sie", t.value());
    // A later declared title (a social card's) seconding the h1 is not enough.
    assertEquals("Das ändert sich in eurem Glück", TitleChooser.choose(List.of(
        new Sourced<>("Das ändert sich in eurem Glück", FieldSource.JSON_LD),
        new Sourced<>("Das sagen die Sterne über euer Glück", FieldSource.OPEN_GRAPH)),
        "Das sagen die Sterne über euer Glück", "Das ändert sich in eurem Glück", Optional.empty()).orElseThrow().value());
    // Nobody seconds the h1: the declared title stays.
    assertEquals("Ein anderer Titel der Seite", TitleChooser.choose(og("Ein anderer Titel der Seite"),
        "Die Überschrift im Text", "", Optional.empty()).orElseThrow().value());
  }

  @Test
  void aLogoHeadlineDoesNotMakeTheDeclaredTitleASiteName() {
    assertEquals("Ins neue Jahr", TitleChooser.choose(og("Ins neue Jahr"), "Literaturgefluester",
        "Ins neue Jahr | Literaturgefluester", Optional.empty()).orElseThrow().value());
  }

  @Test
  void aKickerInTheHeadlineElementIsLeftOut() {
    var doc = Jsoup.parse("<h1><span><small>Einheit der Woche</small><br>Lagen-Pyramide mit GA2</span></h1>"
        + "<h1><span class=article-kicker>Brexit</span> Parlament vertagt das Votum</h1><h1><small>Klein</small> Kurz</h1>");
    var h1s = doc.body().getElementsByTag("h1");
    assertEquals("Lagen-Pyramide mit GA2", TitleChooser.withoutKicker(h1s.get(0)));
    assertEquals("Parlament vertagt das Votum", TitleChooser.withoutKicker(h1s.get(1)));
    assertEquals("Klein Kurz", TitleChooser.withoutKicker(h1s.get(2)));
    // The element inside the h1 whose class names the headline, after a topic line.
    assertEquals("Land kürzt Zuschüsse", TitleChooser.withoutKicker(Jsoup.parse("<h1><span class=topic>Wärmepumpen</span>"
        + "<span class=sr-only>: </span><span class=headline>Land kürzt Zuschüsse</span></h1>").body().child(0)));
    assertEquals("Evolve: Shared Mutable History", TitleChooser.withoutKicker(
        Jsoup.parse("<h1>Evolve: Shared Mutable History<a class=headerlink href='#evolve'>¶</a></h1>").body().child(0)));
    // A kicker printed in the h1 before the whole <title>: the <title> is the headline.
    assertEquals("Impfen und Boostern ist bis Ende Februar möglich", TitleChooser.choose(og("Medienmitteilungen"),
        "Medienmitteilung der Direktion: Impfen und Boostern ist bis Ende Februar möglich",
        "Impfen und Boostern ist bis Ende Februar möglich", Optional.empty()).orElseThrow().value());
  }

  @Test
  void aSiteNameAfterTheOnlyPipeGoes() {
    assertEquals("Alles Neue mach der Mai…", TitleChooser.withoutSiteSuffix("Alles Neue mach der Mai… | Bibliothek 2.0 und mehr", ""));
    assertEquals("Wo ist der Mai? | Ein Blog über alles und noch viel mehr",
        TitleChooser.withoutSiteSuffix("Wo ist der Mai? | Ein Blog über alles und noch viel mehr", ""));
  }

  private static ParsedDate day(String iso) {
    return new ParsedDate(java.time.LocalDate.parse(iso).atStartOfDay().atOffset(java.time.ZoneOffset.UTC), ParsedDate.Precision.DAY,
        Optional.empty());
  }

  @Test
  void theDayPrintedUnderTheHeadlinePicksAmongTheDeclaredDates() {
    // Two declared dates disagree (a "pubdate" of the first draft, a DC issue date): the printed day settles it.
    var declared = List.of(new Sourced<>(at("2021-12-14T15:41:07+01:00"), FieldSource.META),
        new Sourced<>(at("2022-02-04T15:33:00+01:00"), FieldSource.MICRODATA));
    Sourced<ParsedDate> d = DateChooser.choose(declared, Optional.of(day("2022-02-04")), Optional.empty(), Optional.empty(),
        Optional::empty, ExtractionRecorder.NONE).orElseThrow();
    assertEquals("2022-02-04T15:33:00+01:00", d.value().toIsoString());
    // Printed 08/11/2023, read month first; the declared 8 November says the page writes the day first.
    var jsonLd = List.of(new Sourced<>(at("2023-11-08T20:26:28Z"), FieldSource.JSON_LD));
    assertEquals("2023-11-08", DateChooser.choose(jsonLd, Optional.of(day("2023-08-11")), Optional.empty(), Optional.empty(),
        Optional::empty, ExtractionRecorder.NONE).orElseThrow().value().date().toString());
  }

  @Test
  void thePrintedDayBeatsAGenericMetaDateButNotStructuredData() {
    var meta = List.of(new Sourced<>(day("2020-02-12"), FieldSource.META));
    Sourced<ParsedDate> d = DateChooser.choose(meta, Optional.of(day("2020-02-05")), Optional.empty(), Optional.empty(),
        Optional::empty, ExtractionRecorder.NONE).orElseThrow();
    assertEquals("2020-02-05", d.value().date().toString());
    assertEquals(FieldSource.VISIBLE_TEXT, d.source());
    var jsonLd = List.of(new Sourced<>(at("2020-03-18T12:22:42-04:00"), FieldSource.JSON_LD));
    assertEquals(FieldSource.JSON_LD, DateChooser.choose(jsonLd, Optional.of(day("2017-05-11")), Optional.empty(), Optional.empty(),
        Optional::empty, ExtractionRecorder.NONE).orElseThrow().source());
    // structured data beside a meta tag of the same day is still structured data: the printed day does not beat it
    var both = List.of(new Sourced<>(day("2020-05-01"), FieldSource.JSON_LD), new Sourced<>(day("2020-05-01"), FieldSource.META));
    Sourced<ParsedDate> kept = DateChooser.choose(both, Optional.of(day("2020-05-03")), Optional.empty(), Optional.empty(),
        Optional::empty, ExtractionRecorder.NONE).orElseThrow();
    assertEquals("2020-05-01", kept.value().date().toString());
    assertEquals(FieldSource.JSON_LD, kept.source());
  }
}
