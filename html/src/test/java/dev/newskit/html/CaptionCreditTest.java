package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaptionCreditTest {
  private static void assertSplit(String caption, String text, String credit) {
    CaptionCredit c = CaptionCredit.of(caption);
    assertEquals(Optional.ofNullable(text), c.caption(), caption);
    assertEquals(Optional.ofNullable(credit), c.credit(), caption);
  }

  @Test
  void aCreditInBracketsClosingTheCaptionIsTakenApartWhole() {
    assertSplit("The mayor opens the bridge (Photo: John Smith / Courier)", "The mayor opens the bridge", "John Smith / Courier");
    assertSplit("Der Hafen am Morgen [Foto: dpa]", "Der Hafen am Morgen", "dpa");
    assertSplit("ראש הממשלה בכנסת (צילום: יונתן זינדל/פלאש 90)", "ראש הממשלה בכנסת", "יונתן זינדל/פלאש 90");
  }

  @Test
  void aCreditAfterAColonRunsToTheEnd() {
    assertSplit("Cranes down in the port. Photo: Reuters", "Cranes down in the port.", "Reuters");
    assertSplit("Cranes down in the port. Photo: John Smith / Courier", "Cranes down in the port.", "John Smith / Courier");
    assertSplit("Cranes down in the port | Photograph: Jane Doe/Guardian", "Cranes down in the port", "Jane Doe/Guardian");
    assertSplit("מפגינים בתל אביב צילום: רויטרס", "מפגינים בתל אביב", "רויטרס");
    assertSplit("Photo: Reuters", null, "Reuters");
  }

  @Test
  void byOpensACreditOnlyWhereASentenceCannotGoOn() {
    assertSplit("Fans at the final. Picture by Jane Doe", "Fans at the final.", "Jane Doe");
    assertSplit("The crew before launch. Photo courtesy of NASA", "The crew before launch.", "NASA");
    assertSplit("The academy's winner. Photo via Evert Tennis Academy", "The academy's winner.", "Evert Tennis Academy");
    assertSplit("Fans at the final (Picture by Jane Doe)", "Fans at the final", "Jane Doe");
    assertSplit("A picture by a child hangs in the hall", "A picture by a child hangs in the hall", null);
  }

  @Test
  void captionsThatOnlyUseTheWordsKeepTheirText() {
    assertSplit("Picture perfect: a day at the beach", "Picture perfect: a day at the beach", null);
    assertSplit("Photos from the march (taken by readers)", "Photos from the march (taken by readers)", null);
    assertSplit("Satellite images show the damage.", "Satellite images show the damage.", null);
    assertSplit("File photo: Boris Johnson speaks in London", "File photo: Boris Johnson speaks in London", null);
  }

  @Test
  void aCreditElementsTextLosesTheWordThatOpensIt() {
    assertEquals("Nvidia", CaptionCredit.name("Foto: Nvidia"));
    assertEquals("James Martin/CNET", CaptionCredit.name("Photo by James Martin/CNET"));
    assertEquals("Getty", CaptionCredit.name(" Credit:  Getty "));
    assertEquals("© Reuters", CaptionCredit.name("© Reuters"));
    assertEquals("Photo iStock", CaptionCredit.name("Photo iStock"));
  }
}
