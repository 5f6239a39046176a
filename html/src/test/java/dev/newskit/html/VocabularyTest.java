package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class VocabularyTest {
  private static Element first(String html) {
    return Jsoup.parse(html).body().child(0);
  }

  @Test
  void boilerplateLinesInThreeLanguages() {
    assertTrue(Vocabulary.isBoilerplateLine("  Related Articles: "));
    assertTrue(Vocabulary.isBoilerplateLine("תגיות"));
    assertTrue(Vocabulary.isBoilerplateLine("اقرأ أيضاً"));
    assertTrue(Vocabulary.isBoilerplateLine("© 2026 News Inc. All rights reserved."));
    assertTrue(Vocabulary.isBoilerplateLine("מצאתם טעות? דווחו לנו"));
    assertTrue(Vocabulary.isBoilerplateLine("The Herald is not responsible for the content of external internet sites"));
    assertFalse(Vocabulary.isBoilerplateLine("The minister shared the related figures with reporters."));
    assertFalse(Vocabulary.isBoilerplateLine("x".repeat(301) + " privacy policy"), "a long paragraph is not a notice");
    // An advertisement label between dashes, or after or before one.
    assertTrue(Vocabulary.isBoilerplateLine("- Anzeige -"));
    assertTrue(Vocabulary.isBoilerplateLine("— Advertisement"));
    assertTrue(Vocabulary.isBoilerplateLine("Anzeige –"));
    assertFalse(Vocabulary.isBoilerplateLine(""));
    assertFalse(Vocabulary.isBoilerplateLine(":"));
  }

  @Test
  void aBlogPostsMetaRowOpensAsTheEngineWritesItAndCarriesABlogTool() {
    assertTrue(Vocabulary.isPostMetaRow("Posted by Dana Whitfield at 1:40 PM | Comments (5) | TrackBack"));
    assertTrue(Vocabulary.isPostMetaRow("Posted on February 25, 2005 at 12:48 PM | Permalink"));
    assertTrue(Vocabulary.isPostMetaRow("Posted in: Garden news | Comments |"));
    assertTrue(Vocabulary.isPostMetaRow("Filed under Sheds, Tools | 1 comment"));
    assertTrue(Vocabulary.isPostMetaRow("Posted in Recipes, Autumn | No Comments »"));
    assertTrue(Vocabulary.isPostMetaRow("This entry was posted in Garden. Bookmark the permalink."));
    assertTrue(Vocabulary.isPostMetaRow("Trackbacks are closed, but you can"));
    assertTrue(Vocabulary.isPostMetaRow("This entry was posted on Monday, November 5th, 2012 at 11:18 am and is filed under "
        + "Garden. You can follow any responses to this entry through the RSS 2.0 feed."));
    // The blog engine's sentences inside a line that opens otherwise, one with a letter that folds to ASCII (Kelvin K).
    assertTrue(Vocabulary.isPostMetaRow("Posted in Garden. Bookmark the permalink."));
    assertTrue(Vocabulary.isPostMetaRow("Filed under Garden. You can follow any responses to this entry through the feed."));
    assertTrue(Vocabulary.isPostMetaRow("Posted in Garden. Bookmark the permalin\u212A."));
    // The lines a blog engine prints over the other blogs' links to the post (its trackbacks).
    assertTrue(Vocabulary.isPostMetaRow("TrackBack URL for this entry: http://www.example.net/services/trackback/6a00e5"));
    assertTrue(Vocabulary.isPostMetaRow("Listed below are links to weblogs that reference Planting garlic in October:"));
    assertTrue(Vocabulary.isPostMetaRow("TrackBack (0)"));
    assertTrue(Vocabulary.isPostMetaRow("Trackbacks"));
    assertFalse(Vocabulary.isPostMetaRow("Listed below are the shops that sell the seed garlic this autumn."));
    assertFalse(Vocabulary.isPostMetaRow("Trackback links let one blog tell another that it wrote about a post."));
    assertFalse(Vocabulary.isPostMetaRow("Posted on the allotment gate, the notice drew no comments from the committee."));
    assertFalse(Vocabulary.isPostMetaRow("Posted by Dana Whitfield"), "a byline without a tool");
    assertFalse(Vocabulary.isPostMetaRow("The council posted 3 comments on its website | Tuesday"), "not opened as a row");
    assertFalse(Vocabulary.isPostMetaRow("Posted by Dana | " + "x".repeat(250) + " | Permalink"), "too long");
  }

  @Test
  void aCallToClickOpensWithClickHereAndEndsWithoutAFullStop() {
    assertTrue(Vocabulary.isClickHereCall("Click here for football text alerts!"));
    assertTrue(Vocabulary.isClickHereCall("Click HERE to enter the answer"));
    assertTrue(Vocabulary.isClickHereCall("Click here to find out more..."));
    assertTrue(Vocabulary.isClickHereCall("Click here"));
    assertFalse(Vocabulary.isClickHereCall("Click here for more information and tickets to the play."));
    assertFalse(Vocabulary.isClickHereCall("Click heresy is not a word"));
    assertFalse(Vocabulary.isClickHereCall("To read the report, click here"));
  }

  @Test
  void signingUpIsANoticeOnlyAsACall() {
    assertTrue(Vocabulary.isBoilerplateLine("Sign up for our daily newsletter"));
    assertTrue(Vocabulary.isBoilerplateLine("Get the news first. Sign up for breaking news alerts."));
    assertTrue(Vocabulary.isBoilerplateLine("To receive these columns by e-mail, sign up for the weekly digest."));
    assertTrue(Vocabulary.isBoilerplateLine("Click here to sign up for text alerts"));
    assertFalse(Vocabulary.isBoilerplateLine(
        "So why should one sign up for the new network rather than the big names among social networking sites."));
    assertFalse(Vocabulary.isBoilerplateLine("Existing customers can still sign up for the discounted plan until March."));
    assertFalse(Vocabulary.isBoilerplateLine("Those are the values that we as members of the party sign up for, he said."));
    for (String call : java.util.List.of("Please sign up for the newsletter.", "Don't forget to sign up for alerts.",
        "Be sure to sign up for the daily briefing.", "Click to sign up for breaking news.",
        "Don't miss out - sign up for the morning email.", "(Sign up for the weekly digest here.)",
        "Readers who want more can sign up for our newsletter.")) {
      assertTrue(Vocabulary.isBoilerplateLine(call), call);
    }
    for (String told : java.util.List.of("Residents who, like Mr Smith, sign up for the scheme pay less.",
        "Voters can, if they wish, sign up for a postal ballot.", "She said: sign up for the army and see the world.")) {
      assertFalse(Vocabulary.isBoilerplateLine(told), told);
    }
  }

  @Test
  void pageToolsLinesAreNamesOfToolsAndNothingElse() {
    assertTrue(Vocabulary.isPageToolsLine("Email to a friend"));
    assertTrue(Vocabulary.isPageToolsLine("Printer friendly version"));
    assertTrue(Vocabulary.isPageToolsLine("Font size: + -"));
    assertTrue(Vocabulary.isPageToolsLine("Digg | Facebook | E-mail | Print"));
    assertTrue(Vocabulary.isPageToolsLine("Post to del.icio.us"));
    assertTrue(Vocabulary.isPageToolsLine("Top | Back | E-mail to a friend | Printable version"));
    assertTrue(Vocabulary.isPageToolsLine("Print this story"), "printing is a tool on its own");
    assertFalse(Vocabulary.isPageToolsLine("Back to top"), "a link up the page names no tool");
    assertFalse(Vocabulary.isPageToolsLine("View Larger Image 2"), "a number is not a tool's name");
    assertFalse(Vocabulary.isPageToolsLine("Click here"), "no tool named");
    assertFalse(Vocabulary.isPageToolsLine("Facebook to sell shares"), "a headline");
    assertFalse(Vocabulary.isPageToolsLine("Print this story, then send it to a friend who " + "cares".repeat(10)));
  }

  @Test
  void kickersAndAuthorPrefixes() {
    assertEquals(Optional.of("News Analysis"), Vocabulary.kicker(" News  Analysis "));
    assertEquals(Optional.of("פרשנות"), Vocabulary.kicker("פרשנות"));
    assertEquals(Optional.empty(), Vocabulary.kicker("An analysis of the talks"));
    assertEquals(Optional.of("Jane Doe"), Vocabulary.afterAuthorPrefix("By  Jane Doe"));
    assertEquals(Optional.of("רון כהן"), Vocabulary.afterAuthorPrefix("מאת: רון כהן"));
    assertEquals(Optional.of("محمد علي"), Vocabulary.afterAuthorPrefix("بقلم محمد علي"));
    assertEquals(Optional.of("Иван Петров"), Vocabulary.afterAuthorPrefix("Автор: Иван Петров"));
    assertEquals(Optional.of("Иван Петров"), Vocabulary.afterAuthorPrefix("Текст: Иван Петров"));
    assertEquals(Optional.of("مریم احمدی"), Vocabulary.afterAuthorPrefix("نویسنده: مریم احمدی"));
    assertEquals(Optional.of("王伟"), Vocabulary.afterAuthorPrefix("记者 王伟"));
    assertEquals(Optional.of("王伟"), Vocabulary.afterAuthorPrefix("作者：王伟"));
    assertEquals(Optional.of("王伟"), Vocabulary.afterAuthorPrefix("文/王伟"));
    assertEquals(Optional.empty(), Vocabulary.afterAuthorPrefix("文化部今天宣布"));
    assertEquals(Optional.empty(), Vocabulary.afterAuthorPrefix("记者会上，他没有回答"));
    assertEquals(Optional.empty(), Vocabulary.afterAuthorPrefix("作者认为"));
    assertEquals(Optional.empty(), Vocabulary.afterAuthorPrefix("Текст закона опубликован"));
    assertEquals(Optional.empty(), Vocabulary.afterAuthorPrefix("Bypass road opens"));
    assertEquals(Optional.empty(), Vocabulary.afterAuthorPrefix("Jane Doe"));
  }

  @Test
  void classesOfArticlesBoxesAndChrome() {
    assertTrue(Vocabulary.hasNegativeClass(first("<div class='site-sidebar'>x</div>")));
    assertTrue(Vocabulary.hasNegativeClass(first("<div id='comments'>x</div>")));
    assertFalse(Vocabulary.hasNegativeClass(first("<div class='commentary-body'>x</div>")));
    assertFalse(Vocabulary.hasNegativeClass(first("<article class='post share'>x</article>")), "the article itself");
    assertFalse(Vocabulary.hasNegativeClass(first("<div>x</div>")));
    assertTrue(Vocabulary.isBoilerplateBox(first("<div class='social-share'>x</div>")));
    assertTrue(Vocabulary.isBoilerplateBox(first("<section class='most-read'>x</section>")));
    assertFalse(Vocabulary.isBoilerplateBox(first("<div class='shared-story'>x</div>")));
    assertFalse(Vocabulary.isBoilerplateBox(first("<main class='related'>x</main>")));
    assertTrue(Vocabulary.isBoilerplateBox(first("<div class='Teasers Teasers--3columns'>x</div>")));
    assertTrue(Vocabulary.isBoilerplateBox(first("<ul class='teaserList teaserList--small'>x</ul>")));
    assertTrue(Vocabulary.isBoilerplateBox(first("<section class='teaserbox-list'>x</section>")));
    assertFalse(Vocabulary.isBoilerplateBox(first("<p class='teaser'>x</p>")), "an article's own lead");
    assertTrue(Vocabulary.hasPositiveClass(first("<div class='article-body'>x</div>")));
    assertFalse(Vocabulary.hasPositiveClass(first("<div class='menu'>x</div>")));
  }

  @Test
  void firstCharactersOfLinesAndOfPatternAlternatives() {
    assertEquals("(cf", Vocabulary.firstChars(List.of("\\(c\\)\\s", "Copyright\\b", "credits?\\s*:", "fot\\.\\s")));
  }

  @Test
  void partsOfARecipeByTheirClassOrId() {
    assertTrue(Vocabulary.isRecipePart(first("<article class='box recipe-ingredients'>x</article>")));
    assertTrue(Vocabulary.isRecipePart(first("<div class='ingredients-and-preparation-tabs'>x</div>")));
    assertTrue(Vocabulary.isRecipePart(first("<ol id='recipeInstructions'>x</ol>")));
    assertTrue(Vocabulary.isRecipePart(first("<div class='zutaten'>x</div>")));
    assertFalse(Vocabulary.isRecipePart(first("<p class='form-instructions'>x</p>")), "a form's notes");
    assertFalse(Vocabulary.isRecipePart(first("<div class='recipe-card'>x</div>")));
    assertFalse(Vocabulary.isRecipePart(first("<div>x</div>")));
  }
}
