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
  }

  @Test
  void authors() {
    assertTrue(MetadataChecks.authorsExact(List.of("Anna Muster", "Ben  Beispiel"), List.of("ben beispiel", "ANNA MUSTER")));
    assertFalse(MetadataChecks.authorsExact(List.of("Anna Muster"), List.of("Anna Muster", "Redaktion")));
    assertTrue(MetadataChecks.authorsAtLeastOne(List.of("Anna Muster", "Ben"), List.of("anna muster")));
    assertFalse(MetadataChecks.authorsAtLeastOne(List.of("Anna Muster"), List.of()));
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
  }
}
