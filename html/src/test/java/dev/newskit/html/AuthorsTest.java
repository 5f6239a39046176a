package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.Author;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthorsTest {

  private static List<String> names(String byline) {
    return Authors.fromByline(byline).stream().map(Author::name).toList();
  }

  @Test
  void aBylinesNameAndANameAtTheBodysTopAllowTheSameParticles() {
    for (String name : List.of("Ursula von der Leyen", "Ahmed bin Salman", "José Ortega y Gasset", "Ana e Silva")) {
      assertTrue(Authors.isPersonShaped(name), name);
      assertTrue(Authors.namesAtBodyTop(List.of(Author.of(name))), name);
    }
    assertFalse(Authors.isPersonShaped("Jane and Doe"));
    assertFalse(Authors.namesAtBodyTop(List.of(Author.of("the time we arrived"))));
  }

  @Test
  void anAmpersandJoinsPeopleAndOtherFieldsOfTheLineAreCutOff() {
    assertEquals(List.of("Clara Löw", "Siddharth Prakash", "Klaus Jacob"), names("Clara Löw, Siddharth Prakash & Klaus Jacob"));
    assertEquals(List.of("Jacobo Betancur Peláez"), names("Jacobo Betancur Peláez | Publicado hace 3 horas"));
    assertEquals(List.of("Gàbor Muniér"), names("Autor: Gàbor Muniér , Datum: 15.Jun.19"));
    assertEquals(List.of("Kossivi Tiassou"), names("Auteur : Kossivi Tiassou Edition : M-A. Pioerron"));
  }

  @Test
  void aLabelledFieldAfterADateAndADashNamesThePersonAndTheBracketsTheirRole() {
    List<Author> a = Authors.fromByline("05.02.2020 - Redaktion: Erika Musterfrau (Sprecherin des Vereins)");
    assertEquals(List.of("Erika Musterfrau"), a.stream().map(Author::name).toList());
    assertEquals(Optional.of("Sprecherin des Vereins"), a.get(0).role());
    assertEquals(List.of("Deutsche Welle (www.dw.com)"), names("Deutsche Welle (www.dw.com)"));
    assertEquals(List.of(), names("Redaktion"));
  }

  @Test
  void aLoginWithDigitsIsANameOnlyAfterAnAuthorLabel() {
    assertEquals(List.of("freeman1984"), names("Dezember 10, 2019 · von freeman1984 · in Allgemein"));
    assertEquals(List.of(), names("freeman1984"));
  }

  @Test
  void aNewsAgencyIsCreditedAsOne() {
    List<Author> a = Authors.fromByline("By Tom Watkins and Reuters");
    assertEquals(List.of("Tom Watkins", "Reuters"), a.stream().map(Author::name).toList());
    assertEquals(Optional.empty(), a.get(0).role());
    assertEquals(Optional.of("news agency"), a.get(1).role());
    assertEquals(Optional.of("news agency"), Authors.fromByline("Von dpa").get(0).role());
    // Wire copy credited to unnamed agencies, in English, German and Spanish.
    assertEquals(Optional.of("news agency"), Authors.fromByline("By Agencies").get(0).role());
    assertEquals(Optional.of("news agency"), Authors.fromByline("Von Agenturen").get(0).role());
    assertEquals(Optional.of("news agency"), Authors.credit("Agencias").role());
    assertEquals(Optional.empty(), Authors.fromByline("Von Apanovich Ivanov").get(0).role());
  }

  @Test
  void aJointCreditOfAnAgencyAndThePublicationKeepsThePublicationOnlyAsThePublication() {
    // English, French and German joint credits: the agency is split off with its role.
    assertEquals(List.of("AFP", "The Local"), names("AFP/The Local"));
    assertEquals(List.of("Le Monde", "AFP"), names("Le Monde avec AFP"));
    assertEquals(List.of("Berliner Kurier", "dpa"), names("Berliner Kurier mit dpa"));
    assertEquals(List.of("Jane Doe", "Reuters"), names("By Jane Doe/Reuters"));
    assertEquals(Optional.of("news agency"), Authors.fromByline("AFP/The Local - mail").get(0).role());
    String keys = AuthorChooser.publicationKeys(Optional.of("The Local Sweden"), "", "", Optional.empty());
    List<Author> chosen = AuthorChooser.choose(List.of(new Sourced<>(Authors.fromByline("AFP/The Local"),
        dev.newskit.core.FieldSource.META)), List.of(), keys, Optional.empty()).orElseThrow().value();
    assertEquals(List.of("AFP", "The Local"), chosen.stream().map(Author::name).toList());
    assertEquals(Optional.of("publication"), chosen.get(1).role());
    // A publication credited beside a person is still left out.
    assertEquals(List.of("Jane Doe"), AuthorChooser.choose(List.of(new Sourced<>(
        Authors.fromByline("Jane Doe, The Local"), dev.newskit.core.FieldSource.META)), List.of(), keys, Optional.empty())
        .orElseThrow().value().stream().map(Author::name).toList());
  }

  @Test
  void splitsBylinesInEnglishHebrewAndArabic() {
    assertEquals(List.of("Jane Doe", "John Roe"), names("By Jane Doe and John Roe"));
    assertEquals(List.of("רון כהן", "דנה לוי"), names("מאת רון כהן ו-דנה לוי"));
    assertEquals(List.of("محمد علي"), names("بقلم محمد علي"));
    assertEquals(List.of("Mac & i"), names("Mac & i"));
  }

  @Test
  void aJobTitleBecomesTheRoleOfTheNameBeforeIt() {
    List<Author> a = Authors.fromByline("Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, Technology Project");
    assertEquals(1, a.size());
    assertEquals("Daniel Kahn Gillmor", a.get(0).name());
    assertEquals(Optional.of("Senior Staff Technologist"), a.get(0).role());
  }

  @Test
  void invertedNamesStayOneName() {
    assertEquals(List.of("Jong, Michiel de"), names("Jong, Michiel de"));
  }

  @Test
  void aShortLowerCaseWordIsACreditAloneButNotAfterAName() {
    // a declared or bylined login stays; after a name it is what a byline's separators left of a phrase
    assertEquals(Optional.of("jen"), Authors.name("jen"));
    assertEquals(List.of("max"), Authors.fromByline("By max").stream().map(Author::name).toList());
    assertEquals(List.of("Mario Rossi"), Authors.fromByline("Mario Rossi, il y a").stream().map(Author::name).toList());
    assertEquals(List.of("Anna Weber", "dpa"), Authors.fromByline("Anna Weber und dpa").stream().map(Author::name).toList());
  }

  @Test
  void rejectsWhatIsNotAName() {
    assertTrue(Authors.name("https://example.com/author/x").isEmpty());
    assertTrue(Authors.name("Benoit Tessier/Reuters").isEmpty());
    assertTrue(Authors.name("Developed By Heba Musa").isEmpty());
    assertTrue(Authors.name("Site | Section | Brand").isEmpty());
    assertTrue(Authors.name("Updated April 29, 2019 at 3:33 pm").isEmpty());
    assertTrue(Authors.name("one two three four five six seven").isEmpty());
    assertTrue(Authors.name("Follow Author").isEmpty());
    assertTrue(Authors.name("Revised Edition Edited by Adrian Parr").isEmpty());
    assertTrue(Authors.name("Afficher mon profil complet").isEmpty());
    assertEquals(Optional.of("史蒂文的家_藍天 (stevenhgm)"), Authors.name("史蒂文的家_藍天 (stevenhgm)"));
  }

  @Test
  void aPersonsNameInsideALongerSiteNameIsAPersonAndThePublicationsNameIsNot() {
    assertFalse(Authors.isPublication("Erika Musterfrau", "erikamusterfraufotografie "));
    assertTrue(Authors.isPublication("Presse Augsburg", "presseaugsburg "));
    assertTrue(Authors.isPublication("Diario El Pais", "elpais "));
    assertTrue(Authors.isPublication("Solarserver", "solarserver "));
    assertTrue(Authors.isPublication("Motorsport", "motorsporttotal "));
  }

  @Test
  void aDesksWordsInLowerCaseAreNoName() {
    assertEquals(List.of(), names("By Staff and news service reports"));
    assertEquals(List.of("Jane Doe"), names("By Jane Doe and staff reporters"));
  }

  @Test
  void desksAreNotPeople() {
    assertTrue(Authors.isDesk("חדשות"));
    assertTrue(Authors.isDesk("מערכת וואלה"));
    assertTrue(Authors.isDesk("Staff"));
    assertFalse(Authors.isDesk("אלישע בן קימון"));
  }

  @Test
  void whatFollowsANameInABylineOrAuthorBoxIsCutOff() {
    assertEquals(List.of("Poppy Reed"), names("Poppy Reed Feb 1, 2024"));
    assertEquals(List.of("Günter W. Kern"), names("Günter W. Kern at 10:30"));
    assertEquals(List.of("José Miguel Ríos"), names("Por José Miguel Ríos Hace 2 horas"));
    assertEquals(List.of("Jil Schuler"), names("Jil Schuler Alle Artikel Kontakt"));
    assertEquals(List.of("Florina Ion"), names("About the Author - Florina Ion"));
    // A month name that is not before a number stays part of the name.
    assertEquals(List.of("April Ryan"), names("By April Ryan"));
  }

  @Test
  void aBylineLabelAloneIsNoName() {
    assertTrue(Authors.name("Von").isEmpty());
    assertTrue(Authors.name("By:").isEmpty());
    assertEquals(Optional.of("Vonda Shepard"), Authors.name("Vonda Shepard"));
  }

  @Test
  void aContactLinksTitleAndWhatAnUpdateLineLeavesAreNoNames() {
    assertTrue(Authors.name("Kontakt").isEmpty());
    assertTrue(Authors.name("Contact").isEmpty());
    assertEquals(List.of(), names("Last Updated: January 7, 2025"));
    assertEquals(List.of("Lastri Wibowo"), names("By Lastri Wibowo"));
    assertTrue(Authors.name("פורסם").isEmpty());
    assertTrue(Authors.name("עודכן").isEmpty());
  }

  @Test
  void aSpacedSlashBetweenFullNamesJoinsPeopleAndTheirInitialsAreThePrintedNames() {
    assertEquals(List.of("E. Barreneche", "J. I. da Silva"), names("E. Barreneche / J. I. da Silva"));
    assertEquals(List.of(), names("stol.it / Suedtirol Online"));
    assertTrue(AuthorChooser.printedSaysMore(List.of(Author.of("Eduardo Barreneche")),
        List.of(Author.of("E. Barreneche"), Author.of("J. I. da Silva"))));
    assertFalse(AuthorChooser.samePerson("Eduardo Barreneche", "Eduardo Barros"));
    assertFalse(AuthorChooser.samePerson("Eduardo Barreneche", "Marta Barreneche"));
  }

  @Test
  void anImagesLicenceWhereItsAuthorWouldBeIsNoName() {
    assertEquals(Optional.empty(), Authors.name("/domena publiczna"));
    assertEquals(Optional.empty(), Authors.name("Public Domain"));
    assertEquals(Optional.empty(), Authors.name("CC BY-SA"));
    assertEquals(Optional.of("Anna Nowak"), Authors.name("Anna Nowak"));
  }
}
