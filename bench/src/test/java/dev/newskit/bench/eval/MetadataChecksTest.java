package dev.newskit.bench.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetadataChecksTest {

  @Test
  void titles() {
    assertTrue(MetadataChecks.titleExact("Caf\u00e9  au lait", "Cafe\u0301 au lait"));
    assertFalse(MetadataChecks.titleExact("Café au lait", "café au lait"));
    assertTrue(MetadataChecks.titleLenient("Café au lait", "CAFÉ AU LAIT!"));
    assertTrue(MetadataChecks.titleLenient("Café au lait", "Café au lait | Zeitung"));
    assertFalse(MetadataChecks.titleLenient("Café au lait", "Tee"));
    assertFalse(MetadataChecks.titleLenient("Café au lait", ""));
    // Soft hyphens print as nothing; a gold title in capitals is what a style sheet showed.
    assertTrue(MetadataChecks.titleExact("Genesenen\u00ad\u00adnachweise", "Genesenennachweise"));
    assertTrue(MetadataChecks.titleExact("EINE GROSSE CHANCE", "Eine große Chance"));
    assertFalse(MetadataChecks.titleExact("EINE GROSSE CHANCE", "Eine große Chance!"));
    assertFalse(MetadataChecks.titleExact("Eine große Chance", "EINE GROSSE CHANCE"));
    assertFalse(MetadataChecks.titleExact("Eine GROSSE Chance", "Eine große Chance"));
    // A style sheet's text-transform: capitalize, as the annotator saw it; not the other way round, nor other case changes.
    assertTrue(MetadataChecks.titleExact("Scientists Confirm 2023 As Hottest Year In \u201cThe\u201d Making",
        "Scientists Confirm 2023 as Hottest Year in \"the\" Making"));
    assertFalse(MetadataChecks.titleExact("Scientists confirm 2023 as hottest year", "Scientists Confirm 2023 As Hottest Year"));
    assertFalse(MetadataChecks.titleExact("Scientists CONFIRM 2023", "Scientists confirm 2023"));
    // Typographic quotes and dashes are their plain forms; other punctuation and the words still count.
    assertTrue(MetadataChecks.titleExact("Korsetts \u2013 Shops, Designer", "Korsetts - Shops, Designer"));
    assertTrue(MetadataChecks.titleExact("Pills \"Burned Her Up\"", "Pills \u201cBurned Her Up\u201d"));
    assertTrue(MetadataChecks.titleExact("\u2018Star Wars\u2019 Cuts", "'Star Wars' Cuts"));
    assertFalse(MetadataChecks.titleExact("Korsetts \u2013 Shops", "Korsetts: Shops"));
    assertFalse(MetadataChecks.titleExact("Korsetts \u2013 Shops", "Korsetts Shops"));
    // The readability set's title match: an ideographic space is a space, a curly quote a straight one.
    assertTrue(Evaluation.sameTitle("\u6b32\u5f35\u308a\u306a\u30a4\u30cc\u3000\uff1c", "\u6b32\u5f35\u308a\u306a\u30a4\u30cc \uff1c"));
    assertTrue(Evaluation.sameTitle("Online \"Burned\"", "online \u201cBurned\u201d"));
    assertFalse(Evaluation.sameTitle("Online \"Burned\"", "Online Burned"));
  }

  @Test
  void authors() {
    assertTrue(MetadataChecks.authorsExact(List.of("Anna Muster", "Ben  Beispiel"), List.of("ben beispiel", "ANNA MUSTER")));
    assertFalse(MetadataChecks.authorsExact(List.of("Anna Muster"), List.of("Anna Muster", "Redaktion")));
    assertTrue(MetadataChecks.authorsAtLeastOne(List.of("Anna Muster", "Ben"), List.of("anna muster")));
    assertFalse(MetadataChecks.authorsAtLeastOne(List.of("Anna Muster"), List.of()));
    // One gold string naming several people is the set of them; the output must name each on its own.
    assertTrue(MetadataChecks.authorsExact(List.of("Lars Fischer und Alina Schadwinkel"), List.of("Lars Fischer", "Alina Schadwinkel")));
    assertTrue(MetadataChecks.authorsExact(List.of("CLARA LÖW, SIDDHARTH PRAKASH & KLAUS JACOB"),
        List.of("Clara Löw", "Siddharth Prakash", "Klaus Jacob")));
    assertFalse(MetadataChecks.authorsExact(List.of("Clara Löw, Siddharth Prakash & Klaus Jacob"),
        List.of("Clara Löw, Siddharth Prakash & Klaus Jacob")));
    assertFalse(MetadataChecks.authorsExact(List.of("Michael Rädel, Redaktion"), List.of("Michael Rädel")));
    assertTrue(MetadataChecks.authorsAtLeastOne(List.of("dsw / DPA"), List.of("dpa")));
    // A label or a closing period is not part of a name.
    assertTrue(MetadataChecks.authorsExact(List.of("Von Roland Brockmann und Sebastian Drescher"),
        List.of("Roland Brockmann", "Sebastian Drescher")));
    assertTrue(MetadataChecks.authorsExact(List.of("Rodolfo Costa."), List.of("Rodolfo Costa")));
    assertFalse(MetadataChecks.authorsExact(List.of("Von Trier"), List.of("Trier")));
  }

  @Test
  void dates() {
    assertTrue(MetadataChecks.dayRight("2019-10-16", "2019-10-16T10:30+02:00"));
    assertFalse(MetadataChecks.dayRight("2019-10-16", ""));
    assertFalse(MetadataChecks.hasTimeAndOffset("2019-10-16"));
    assertTrue(MetadataChecks.hasTimeAndOffset("2020-05-01T10:00:00+0300"));
    assertTrue(MetadataChecks.minuteRight("2020-05-01T10:00:00+03:00", "2020-05-01T07:00:40Z"));
    assertFalse(MetadataChecks.minuteRight("2020-05-01T10:00:00+03:00", "2020-05-01T10:00"));
    assertEquals(Optional.of("+02:00"), MetadataChecks.nonUtcOffset("2019-10-16T10:30+02:00"));
    assertEquals(Optional.of("-05:30"), MetadataChecks.nonUtcOffset("2019-10-16T10:30:00-0530"));
    assertEquals(Optional.empty(), MetadataChecks.nonUtcOffset("2019-10-16T10:30Z"));
    assertEquals(Optional.empty(), MetadataChecks.nonUtcOffset("2019-10-16"));
  }

  @Test
  void offsetMustBePrintedOnThePage() {
    assertTrue(MetadataChecks.offsetPrinted("+02:00", "<time>2019-10-16T10:30:00+02:00</time>"));
    assertTrue(MetadataChecks.offsetPrinted("+02:00", "date: 20191016T103000+0200"));
    assertTrue(MetadataChecks.offsetPrinted("+02:00", "10:30 (GMT+2)"));
    assertTrue(MetadataChecks.offsetPrinted("-05:00", "10:30 UTC-05:00"));
    assertFalse(MetadataChecks.offsetPrinted("+03:00", "<time>2019-10-16T10:30:00</time> GMT+30 UTC+13"));
    assertFalse(MetadataChecks.offsetPrinted("+03:00", "GMT-3"));
    assertTrue(MetadataChecks.offsetPrinted("-04:00", "July 24, 2012 1:36 PM EDT"));
    assertFalse(MetadataChecks.offsetPrinted("-05:00", "July 24, 2012 1:36 PM EDT"));
    assertFalse(MetadataChecks.offsetPrinted("-04:00", "REDTAPE"));
  }
}
