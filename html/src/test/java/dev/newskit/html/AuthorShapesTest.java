package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newskit.core.Author;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Author credits in shapes the web prints them, one hand-written page per shape
 * ({@code src/test/resources/dev/newskit/html/authors/}), each read through the whole extractor.
 */
class AuthorShapesTest {
  private static final ArticleExtractor EXTRACTOR = ArticleExtractor.builder().build();

  private static List<String> authors(String page) throws IOException {
    return credits(page).stream().map(Author::name).toList();
  }

  private static List<Author> credits(String page) throws IOException {
    return credits(page, "https://town.example/news/1");
  }

  private static List<Author> credits(String page, String url) throws IOException {
    try (InputStream in = AuthorShapesTest.class.getResourceAsStream("authors/" + page)) {
      return EXTRACTOR.extract(PageInput.of(in.readAllBytes()).withUrl(url)).authors();
    }
  }

  private static List<String> authors(String page, String url) throws IOException {
    return credits(page, url).stream().map(Author::name).toList();
  }

  @Test
  void aWebPageInAGraphWithoutAnArticleNamesTheAuthorById() throws IOException {
    assertEquals(List.of("Erika Musterfrau"), authors("yoast-webpage-author.html"));
  }

  @Test
  void aJsonLdBlockWrappedInBareCdataMarkersIsRead() throws IOException {
    assertEquals(List.of("Erika Musterfrau"), authors("cdata-json-ld.html"));
  }

  @Test
  void aSocialHandleDeclaredAsAuthorYieldsToThePrintedName() throws IOException {
    assertEquals(List.of("Jane Doe"), authors("handle-as-article-author.html"));
  }

  @Test
  void microdataAuthorsOfTeasersBesideTheArticleAreLeftOut() throws IOException {
    assertEquals(List.of("Jane Doe"), authors("page-wide-microdata.html"));
  }

  @Test
  void aProfessionBeforeTheNameIsNotPartOfIt() throws IOException {
    assertEquals(List.of("Max Beispiel"), authors("profession-before-name.html"));
  }

  @Test
  void aTitlePartThatHoldsTheHeadlineAndTheAuthorIsNotTheSiteName() throws IOException {
    assertEquals(List.of("backfee"), authors("author-in-title-beside-headline.html"));
  }

  @Test
  void theLabelledNameAfterADateOnTheBylineIsTheAuthorNotTheMonth() throws IOException {
    assertEquals(List.of("Max Beispiel"), authors("labelled-field-after-date.html"));
  }

  @Test
  void anAuthorBetweenTheHeadlineAndTheSiteInTheTitleIsStillAPerson() throws IOException {
    assertEquals(List.of("Jane Doe"), authors("author-in-title-middle.html"));
  }

  @Test
  void coAuthorsInBracketsAreCreditedEach() throws IOException {
    assertEquals(List.of("Jean Exemple", "Marie Curieuse", "Paul Modèle"), authors("bracketed-helpers.html"));
  }

  @Test
  void whatFollowsALineBreakInTheBylineIsNotPartOfTheLastName() throws IOException {
    assertEquals(List.of("Max Beispiel", "Erika Musterfrau"), authors("byline-broken-by-br.html"));
  }

  @Test
  void aBylinePrintedOnlyBesideTheNavigationIsRead() throws IOException {
    assertEquals(List.of("Erika Musterfrau"), authors("byline-beside-navigation.html"));
  }

  @Test
  void bylineElementsOutsideTheArticleThatDisagreeCreditNobody() throws IOException {
    assertEquals(List.of(), authors("bylines-disagree.html"));
  }

  @Test
  void theBylineOfATeaserLinkIsNotTheArticles() throws IOException {
    assertEquals(List.of(), authors("teaser-bylines.html"));
  }

  @Test
  void aReadersCommentCreditsNobodyWithTheArticle() throws IOException {
    assertEquals(List.of(), authors("comment-author-only.html"));
  }

  @Test
  void thePersonASiteIsNamedAfterIsItsAuthorNotThePublication() throws IOException {
    assertEquals(List.of("Erika Musterfrau"), authors("personal-site-owner.html"));
  }

  @Test
  void aClosingCreditWithItsLabelOnALineOfItsOwnIsTheByline() throws IOException {
    assertEquals(List.of("Erika Musterfrau"), authors("closing-credit-on-two-lines.html"));
  }

  @Test
  void aLineWithTheDateAndThenALabelledCreditGivesBoth() throws IOException {
    try (InputStream in = AuthorShapesTest.class.getResourceAsStream("authors/date-then-labelled-credit.html")) {
      dev.newskit.core.Article a = EXTRACTOR.extract(PageInput.of(in.readAllBytes()).withUrl("https://town.example/news/1"));
      assertEquals(List.of("Erika Musterfrau"), a.authors().stream().map(Author::name).toList());
      assertEquals("2020-02-05", a.publishedTime().map(Object::toString).orElse(""));
    }
  }

  @Test
  void aDeclaredLoginIsTheNameTheTextSpellsWithItsWords() throws IOException {
    assertEquals(List.of("Erika M. Musterfrau"), authors("login-spelled-out.html"));
  }

  @Test
  void aDeclaredFirstNameIsTheFullNameAnElementHoldsAlone() throws IOException {
    assertEquals(List.of("Jane Doe"), authors("first-name-spelled-out.html"));
  }

  @Test
  void aBylineAfterARuleOfDashesIsRead() throws IOException {
    assertEquals(List.of("Max Beispiel"), authors("byline-after-dashes.html"));
  }

  @Test
  void aLabelledCreditUnderTheHeadingsInTheTextIsTheByline() throws IOException {
    assertEquals(List.of("Max Beispiel"), authors("byline-under-headings.html"));
  }

  @Test
  void everyRepeatedDublinCoreCreatorIsAnAuthor() throws IOException {
    assertEquals(List.of("Musterfrau, E.", "Doe, Jane"), authors("dublin-core-creators.html"));
  }

  @Test
  void anEditorsInitialsInParenthesesAtTheEndCreditNobody() throws IOException {
    assertEquals(List.of(), authors("editors-initials.html"));
  }

  @Test
  void aPersonsNameAfterTheDateOnOneLineIsTheAuthor() throws IOException {
    assertEquals(List.of("Erika Musterfrau"), authors("date-then-name.html"));
    assertEquals(List.of("Jane Doe"), authors("date-then-name-en.html"));
  }

  @Test
  void aPublicationThatSignsItsOwnPostIsCreditedAsThePublicationNotAPerson() throws IOException {
    assertEquals(List.of(new Author("Open Knowledge Trust", java.util.Optional.empty(), java.util.Optional.of("publication"))),
        credits("publication-signs-own-post.html"));
    assertEquals(List.of(new Author("Stadtblatt Musterstadt", java.util.Optional.empty(), java.util.Optional.of("publication"))),
        credits("publication-signs-own-post-de.html"));
  }

  @Test
  void aPublicationDeclaredBesideAPrintedPersonGivesWayToThePerson() throws IOException {
    assertEquals(List.of(Author.of("María López")), credits("publication-beside-person.html"));
  }

  @Test
  void aNewsAgencyLinkedAsTheAuthorGetsItsRole() throws IOException {
    List<Author> credited = credits("agency-declared.html");
    assertEquals(List.of("Reuters"), credited.stream().map(Author::name).toList());
    assertEquals(java.util.Optional.of("news agency"), credited.get(0).role());
  }

  @Test
  void theWriterOfACreditsBlockWithLabelAndNameInSeparateElementsIsTheAuthor() throws IOException {
    // The page's casing is kept; the photographer's and the stylist's rows credit no author.
    assertEquals(List.of("ANNA WEBER"), authors("credits-block.html"));
    assertEquals(List.of("Jane Doe"), authors("credits-block-en.html"));
  }

  @Test
  void aDeskThatTheBylinePrintsAloneIsTheCreditButAnAdministratorAccountIsNot() throws IOException {
    // A desk is the page's credit, never a person: it carries the role of the desk it is.
    assertEquals(List.of(new Author("Redaktion", java.util.Optional.empty(), java.util.Optional.of("desk"))),
        credits("desk-alone.html"));
    assertEquals(List.of(new Author("Redacción", java.util.Optional.empty(), java.util.Optional.of("desk"))),
        credits("desk-alone-es.html"));
    assertEquals(List.of(), authors("admin-alone.html"));
  }

  @Test
  void aPublicationCreditedByItsHostNameIsThePublication() throws IOException {
    assertEquals(List.of(new Author("stadt-news.de", java.util.Optional.empty(), java.util.Optional.of("publication"))),
        credits("host-name-credit.html"));
  }

  @Test
  void aPublicationWhoseNameEndsInNewsIsThePublication() throws IOException {
    assertEquals(List.of(new Author("Metro News", java.util.Optional.empty(), java.util.Optional.of("publication"))),
        credits("publication-short-name.html"));
  }

  @Test
  void anOpenGraphArticleAuthorThatJoinsAnAgencyAndThePublicationGivesBothWithTheirRoles() throws IOException {
    assertEquals(List.of(new Author("AFP", java.util.Optional.empty(), java.util.Optional.of("news agency")),
        new Author("The Courier", java.util.Optional.empty(), java.util.Optional.of("publication"))),
        credits("joint-agency-credit.html"));
  }

  @Test
  void thePhotographersCreditInAnImagesMicrodataIsNotAnAuthor() throws IOException {
    assertEquals(List.of("Sarah Miller"), authors("image-creator-microdata.html"));
  }

  @Test
  void theNameAPostsAuthorSignsTheirOwnCommentsWithIsTheAuthorWhenNothingElseCreditsAnyone() throws IOException {
    // WordPress marks a comment by the post's author with the class bypostauthor; the badge after the name is not in it.
    assertEquals(List.of("Hanna Bauer"), authors("post-author-comment.html"));
    // Two such comments that name different people say nothing about who wrote the post.
    assertEquals(List.of(), authors("post-author-comments-disagree.html"));
  }

  @Test
  void aPhotographersMicrodataCreditInAFiguresCaptionIsNotAnAuthor() throws IOException {
    assertEquals(List.of("Anna Nowak"), authors("figure-credit-microdata.html"));
  }

  @Test
  void thePersonAPersonalSitesAddressAndPossessiveTitleNameWritesItsPosts() throws IOException {
    // mariaschneider.example, "Maria Schneider's Notebook", "Copyright (c) 2012- Maria Schneider": the owner is the author.
    assertEquals(List.of("Maria Schneider"), authors("site-owner-possessive-title.html", "https://mariaschneider.example/blog/2020/01/13/builds/"));
    // Without the possessive title the address is no evidence: a brand's host spells its name too.
    assertEquals(List.of(), authors("site-owner-possessive-title.html", "https://town.example/blog/2020/01/13/builds/"));
    assertEquals(List.of(), authors("site-name-in-address.html", "https://www.brisbanepost.example/news/bridge-closure"));
    // A blog engine declares the possessive title as the site's name: the owner still writes its posts.
    assertEquals(List.of("Maria Schneider"), authors("site-owner-named-site.html", "https://mariaschneider.example/blog/2020/01/13/builds/"));
  }

  @Test
  void theWritersTwitterHandleNamesThePersonThePagePrints() throws IOException {
    assertEquals(List.of("Tomas Novak"), authors("twitter-creator-owner.html", "https://wortwerkstatt.example/2019/11/14/christkind/"));
    // A handle that is the site's declared name is the publication's account, not a person.
    assertEquals(List.of(), authors("twitter-creator-is-site.html", "https://citybeacon.example/news/ferry"));
  }

  @Test
  void aLoginInLowerCaseYieldsToTheFullNameTheBylinePrints() throws IOException {
    // The account that posted the text ("jonas-weber") is not who wrote it.
    assertEquals(List.of("Anna Berger"), authors("login-slug-beside-byline.html"));
  }

  @Test
  void thePhotographerInAPicturesLicenceBoxIsNotTheAuthor() throws IOException {
    assertEquals(List.of("Laura Chen"), authors("photo-licence-author.html"));
  }

  @Test
  void aPageWideWrapperWhoseClassSaysLicenceSilencesNoByline() throws IOException {
    // The site's licence class on a box around the whole page, far above the byline.
    assertEquals(List.of("Jonas Weber"), authors("licence-page-wrapper.html"));
    // A copyright class on a box just above the article.
    assertEquals(List.of("Jonas Weber"), authors("licence-wrapper-above-article.html"));
  }
}
