package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.Article;
import org.junit.jupiter.api.Test;

/**
 * The edges of the body: a standfirst outside the body's container opens it; teaser lines, photo credits and
 * headings left heading nothing close it no more; a box holding the whole story is the story whatever its class.
 */
class BodyEdgesTest {
  private static final String PARAGRAPHS =
      "<p>The council met on Tuesday evening to discuss the plan, which has been debated for months, and voted on it.</p>"
          + "<p>Residents had asked for more time, saying that the consultation was too short, and several spoke at length.</p>"
          + "<p>The mayor said the plan would go ahead, with changes to the timetable, the budget and the route of the line.</p>";

  private static String text(String html) {
    Article a = ArticleExtractor.create().extract(html);
    return a.text();
  }

  @Test
  void aFirstParagraphInADivOfItsOwnAboveTheBodyOpensIt() {
    String html = "<html><body><div class=\"story\"><h1>Council backs the tram plan</h1>"
        + "<div class=\"first\">The city council has approved the new tram line after months of debate.</div>"
        + "<div class=\"text\">The council met on Tuesday evening to discuss the plan, which has been debated for months."
        + "<br><br>Residents had asked for more time, saying that the consultation was too short, and several spoke."
        + "<br><br>The mayor said the plan would go ahead, with changes to the timetable, the budget and the route.</div>"
        + "</div></body></html>";
    String body = text(html);
    assertTrue(body.startsWith("The city council has approved the new tram line"), body);
    assertTrue(body.contains("The mayor said the plan would go ahead"), body);
  }

  @Test
  void rowsOfPageToolsLeaveTheBodyAndRecallKeepsThem() {
    String html = "<html><body><div class=\"story\"><p>Email to a friend</p><p>Printer friendly</p><p>Font:</p>"
        + PARAGRAPHS + "<p>Digg | Facebook | E-mail | Print</p></div></body></html>";
    String body = text(html);
    assertTrue(body.startsWith("The council met on Tuesday evening"), body);
    assertTrue(body.endsWith("the route of the line."), body);
    String recall = ArticleExtractor.builder().focus(ExtractionFocus.RECALL).build().extract(html).text();
    assertTrue(recall.contains("Printer friendly"), recall);
  }

  @Test
  void callsToClickLeaveTheBodyButASentenceThatPointsToALinkStays() {
    String html = "<html><body><div class=\"story\">" + PARAGRAPHS
        + "<p>Click here for the full timetable of the works.</p>"
        + "<p>Click here for tram news by text message! Click here for our traffic map!</p>"
        + "<p>CLICK HERE TO GET THE CITY APP</p><p>Click here to find out more...</p></div></body></html>";
    String body = text(html);
    assertTrue(body.endsWith("Click here for the full timetable of the works."), body);
    assertFalse(body.contains("text message"), body);
    assertFalse(body.contains("CITY APP"), body);
    assertFalse(body.contains("find out more"), body);
    String recall = ArticleExtractor.builder().focus(ExtractionFocus.RECALL).build().extract(html).text();
    assertTrue(recall.contains("traffic map"), recall);
  }

  @Test
  void aBlogPostsMetaRowLeavesTheBodyAndItsPosterStaysTheByline() {
    String html = "<html><body><div class=\"blog\"><div class=\"post\"><h2>Planting garlic in October</h2>"
        + "<div class=\"post-body\"><p>Posted on the allotment gate, the notice drew no comments from the committee.</p>"
        + "<p>Garlic wants a cold spell to split into cloves, so the bed goes in before the first frost, in loose soil.</p>"
        + "<p>Set each clove a hand apart and two knuckles deep, pointed end up, and water them in once, not again.</p>"
        + "<p>By spring the green shoots will be up, and the bulbs are lifted when half of the leaves have turned.</p>"
        + "<p class=\"post-footer\"><strong>Posted by Dana Whitfield</strong> | <a href=\"/2006/10/garlic\">Permalink</a>"
        + " | <a href=\"/2006/10/garlic#comments\">Comments (5)</a> | <a href=\"/trackback/123\">TrackBack</a></p>"
        + "<p class=\"entry-meta\">This entry was posted in <a href=\"/cat/garden\">Garden</a>. Bookmark the "
        + "<a href=\"/2006/10/garlic\">permalink</a>.</p></div></div></div></body></html>";
    Article a = ArticleExtractor.create().extract(html);
    String body = a.text();
    assertTrue(body.startsWith("Posted on the allotment gate, the notice drew no comments"), body);
    assertTrue(body.endsWith("when half of the leaves have turned."), body);
    assertFalse(body.contains("TrackBack"), body);
    assertFalse(body.contains("permalink"), body);
    assertEquals("Dana Whitfield", a.authors().get(0).name());
  }

  @Test
  void aShortBlogPostsTrackbackLinesLeaveTheBody() {
    // Too short for a "TrackBack" heading to end it as a comment section's would; the engine's lines go one by one.
    String html = "<html><body><div id=\"alpha\"><h2 class=\"date-header\">October 26, 2006</h2>"
        + "<div class=\"entry\" id=\"entry-6a00e5\"><h3 class=\"entry-header\">Garlic is in</h3><div class=\"entry-content\">"
        + "<div class=\"entry-body\"><p>The garlic went in today, a hand apart and two knuckles deep, in the bed by the shed.</p>"
        + "<p>Now we wait for the frost.</p></div></div><div class=\"entry-footer\"><p class=\"entry-footer-info\">Posted at "
        + "11:01 AM | <a href=\"/2006/10/garlic\">Permalink</a></p></div></div><div class=\"trackbacks\">"
        + "<h3 class=\"trackbacks-header\">TrackBack</h3><div class=\"trackbacks-info\"><p>TrackBack URL for this entry: "
        + "http://www.example.net/services/trackback/6a00e552e53b</p><p>Listed below are links to weblogs that reference "
        + "Garlic is in:</p></div></div></div></body></html>";
    String body = text(html);
    assertTrue(body.contains("The garlic went in today"), body);
    assertTrue(body.endsWith("Now we wait for the frost."), body);
    assertFalse(body.contains("TrackBack"), body);
  }

  @Test
  void aStandfirstBetweenTheHeadlineAndTheBodyOpensTheBody() {
    String html = "<html><body><main><header><h1>Council backs the tram plan</h1>"
        + "<p class=\"article-lead\">After months of debate the city council has approved the new tram line, with changes.</p>"
        + "</header><div class=\"story\">" + PARAGRAPHS + "</div></main></body></html>";
    String body = text(html);
    assertTrue(body.startsWith("After months of debate the city council has approved"), body);
    assertEquals(1, body.split("After months of debate", -1).length - 1, body);
    assertTrue(body.contains("The mayor said the plan would go ahead"), body);
  }

  @Test
  void aLeadClassOnABoxAroundTheLineCountsAndALineBeforeTheHeadlineDoesNot() {
    String html = "<html><body><main><div class=\"intro\"><p>Sponsored: the best tram tickets money can buy, now on sale today.</p></div>"
        + "<h1>Council backs the tram plan</h1>"
        + "<div class=\"intro\"><div class=\"wrap\"><p>The city council has approved the new tram line after months "
        + "of debate.</p></div></div><div class=\"story\">" + PARAGRAPHS + "</div></main></body></html>";
    String body = text(html);
    assertTrue(body.startsWith("The city council has approved the new tram line"), body);
    assertFalse(body.contains("Sponsored"), body);
  }

  @Test
  void aLineThatIsNotMarkedAsALeadStaysOut() {
    String html = "<html><body><main><header><h1>Council backs the tram plan</h1>"
        + "<div class=\"note\"><p>The tram museum opens every Sunday with guided tours of the old depot and its cars.</p></div>"
        + "</header><div class=\"story\">" + PARAGRAPHS + "</div></main></body></html>";
    assertFalse(text(html).contains("tram museum"));
  }

  @Test
  void teaserLinesUnderASeeAlsoLabelStayOut() {
    String html = "<html><body><article><h1>Council backs the tram plan</h1>" + PARAGRAPHS
        + "<p>Read more: <a href=\"/a\">Tram fares to rise next year</a></p>"
        + "<p>Lesen Sie auch: <a href=\"/b\">Neue Straßenbahn für die Stadt</a></p>"
        + "<p>À lire aussi » <a href=\"/c\">Le tramway arrive en ville</a></p>"
        + "<p>Critics said: the plan is too expensive and comes too late for the people who need it most.</p>"
        + "</article></body></html>";
    String body = text(html);
    assertFalse(body.contains("Tram fares to rise"), body);
    assertFalse(body.contains("Neue Straßenbahn"), body);
    assertFalse(body.contains("Le tramway arrive"), body);
    assertTrue(body.contains("Critics said: the plan is too expensive"), body);
  }

  @Test
  void creditAndCopyrightLinesStayOutButASentenceWithACreditWordStays() {
    String html = "<html><body><article><h1>Council backs the tram plan</h1>" + PARAGRAPHS
        + "<p>© City Press Office | Jane Doe</p><p>Foto: Max Mustermann</p><p>Photograph by John Smith, Agency</p>"
        + "<p>Photos of the new trams will be shown at the town hall from Monday, the council said.</p>"
        + "</article></body></html>";
    String body = text(html);
    assertFalse(body.contains("Jane Doe"), body);
    assertFalse(body.contains("Max Mustermann"), body);
    assertFalse(body.contains("John Smith"), body);
    assertTrue(body.contains("Photos of the new trams will be shown"), body);
  }

  @Test
  void aHeadingLeftAtTheEndOfTheBodyGoesAndOneBeforeItsTextStays() {
    String html = "<html><body><article><h1>Council backs the tram plan</h1><h2>The vote</h2>" + PARAGRAPHS
        + "<h3>Tram news this week</h3><ul class=\"related\"><li><a href=\"/x\">Other story</a></li></ul>"
        + "</article></body></html>";
    String body = text(html);
    assertTrue(body.startsWith("The vote"), body);
    assertFalse(body.contains("Tram news this week"), body);
  }

  @Test
  void aBodyOfHeadingsKeepsThem() {
    String html = "<html><body><article><h1>Catalogue</h1><p>Our items this season.</p>"
        + "<h3>Item one: a blue coat</h3><h3>Item two: a red coat</h3></article></body></html>";
    assertTrue(text(html).contains("Item two: a red coat"));
  }

  @Test
  void aBoxThatHoldsTheWholeStoryIsTheStoryWhateverItsClass() {
    String html = "<html><body><h1>Council backs the tram plan</h1><div class=\"article-body\">"
        + "<div class=\"read-more\">" + PARAGRAPHS + "</div><p><a href=\"#\">Read the full story</a></p></div>"
        + "</body></html>";
    String body = text(html);
    assertTrue(body.contains("The council met on Tuesday evening"), body);
    assertTrue(body.contains("The mayor said the plan would go ahead"), body);
  }

  @Test
  void aSmallBoxOfThatClassBesideTheStoryStillGoes() {
    String html = "<html><body><h1>Council backs the tram plan</h1><div class=\"article-body\">" + PARAGRAPHS
        + "<div class=\"read-more\"><p>More on trams: ten facts about the city's first line, opened in 1901.</p></div>"
        + "</div></body></html>";
    assertFalse(text(html).contains("ten facts"));
  }

  @Test
  void aSubheadlineRightUnderTheHeadlineOpensTheBody() {
    String html = "<html><body><main><h1>Council backs the tram plan</h1>"
        + "<h2>After months of debate the city council has approved the new tram line, with changes to its route.</h2>"
        + "<div class=\"meta\"><p>Tuesday</p></div><div class=\"story\">" + PARAGRAPHS + "</div></main></body></html>";
    String body = text(html);
    assertTrue(body.startsWith("After months of debate the city council has approved"), body);
    assertTrue(body.contains("The mayor said the plan would go ahead"), body);
  }

  @Test
  void aShortDeckUnderTheHeadlineThatALeadClassNamesOpensTheBody() {
    String html = "<html><body><main><h1>Council backs the tram plan</h1>"
        + "<h2 class=\"SubHead\">Route Changes Win Over Critics</h2>"
        + "<div class=\"meta\"><p>Tuesday</p></div><div class=\"story\">" + PARAGRAPHS + "</div></main></body></html>";
    assertTrue(text(html).startsWith("Route Changes Win Over Critics"), text(html));
    String unnamed = html.replace(" class=\"SubHead\"", "");
    assertFalse(text(unnamed).contains("Route Changes"), "a short heading with one sign alone is no deck: " + text(unnamed));
    String further = "<html><body><main><h1>Council backs the tram plan</h1><div class=\"meta\"><p>Tuesday</p></div>"
        + "<h2 class=\"SubHead\">Route Changes Win Over Critics</h2><div class=\"story\">" + PARAGRAPHS
        + "</div></main></body></html>";
    assertFalse(text(further).contains("Route Changes"), text(further));
    String label = html.replace("Route Changes Win Over Critics", "What the plan means for you:");
    assertFalse(text(label).contains("What the plan means"), "a label is no deck: " + text(label));
    String wrapped = html.replace("<h2 class=\"SubHead\">Route Changes Win Over Critics</h2>",
        "<div class=\"dek\"><h2>Route Changes Win Over Critics</h2></div>");
    assertTrue(text(wrapped).startsWith("Route Changes Win Over Critics"), "a box that only wraps the deck: " + text(wrapped));
    String labelled = "<html><body><main><div class=\"summary\"><h1>Council backs the tram plan</h1>"
        + "<h2>Route Changes Win Over Critics</h2><p class=\"meta\">Tuesday</p></div><div class=\"story\">" + PARAGRAPHS
        + "</div></main></body></html>";
    assertFalse(text(labelled).contains("Route Changes"), "a class on a box of several parts: " + text(labelled));
  }

  @Test
  void anIntroductionClassMarksALead() {
    String html = "<html><body><main><div class=\"head\"><h1 class=\"title\">Council backs the tram plan</h1>"
        + "<p class=\"author\">By Jane Doe</p><p class=\"introduction\">New line also gets two more stops on the way to the harbour</p>"
        + "</div><div class=\"story\">" + PARAGRAPHS + "</div></main></body></html>";
    assertTrue(text(html).startsWith("New line also gets two more stops"), text(html));
  }

  @Test
  void aHeadingFurtherDownTheHeaderIsNoSubheadline() {
    String html = "<html><body><main><h1>Council backs the tram plan</h1><div class=\"meta\"><p>Tuesday</p></div>"
        + "<h2>The tram museum opens every Sunday with guided tours of the old depot and its cars.</h2>"
        + "<div class=\"story\">" + PARAGRAPHS + "</div></main></body></html>";
    assertFalse(text(html).contains("tram museum"), text(html));
  }

  @Test
  void anArticleTeaserOrEpigraphInTheHeaderIsALead() {
    String html = "<html><body><main><header><h1>Council backs the tram plan</h1><div class=\"meta\"><p>Tuesday</p></div>"
        + "<div class=\"article-teaser\"><p>After months of debate the city council has approved the new tram line.</p></div>"
        + "</header><div class=\"story\">" + PARAGRAPHS + "</div></main></body></html>";
    assertTrue(text(html).startsWith("After months of debate"), text(html));
    String epigraph = html.replace("article-teaser", "epigraph-container");
    assertTrue(text(epigraph).startsWith("After months of debate"), text(epigraph));
  }

  @Test
  void sectionsOfTheSameKindAsTheBodyJoinItHoweverShort() {
    // A long section (whose score sets the bar for its siblings at a fifth of it) after a short one of the same kind.
    String longSection = "<section class=\"textblock\"><div><div>" + PARAGRAPHS.repeat(12) + "</div></div></section>";
    String html = "<html><body><main><section class=\"textblock\"><div><div><p>It began with a letter from a reader, "
        + "who asked why the tram line had been promised for so long.</p></div></div></section>" + longSection
        + "</main><div class=\"promo\"><p>Win a weekend in the mountains, with tickets for the whole family included.</p></div>"
        + "</body></html>";
    String body = text(html);
    assertTrue(body.startsWith("It began with a letter from a reader"), body);
    assertFalse(body.contains("Win a weekend"), body);
  }

  @Test
  void widgetAndAdvertisementLinesStayOut() {
    String html = "<html><body><article>" + PARAGRAPHS + "<p>- Anzeige -</p><p>War der Artikel nützlich?</p>"
        + "<p>Please subscribe to read on: if you are already a subscriber, log in.</p></article></body></html>";
    String body = text(html);
    assertFalse(body.contains("Anzeige"), body);
    assertFalse(body.contains("nützlich"), body);
    assertFalse(body.contains("already a subscriber"), body);
    assertTrue(body.contains("The mayor said the plan would go ahead"), body);
  }
  @Test
  void aLikeButtonsLoadingLineStaysOut() {
    String html = "<html><body><article>" + PARAGRAPHS + "<div class=\"likes\"><p>Gefällt mir Wird geladen...</p></div>"
        + "<div><p>Like Loading...</p></div></article></body></html>";
    String body = text(html);
    assertFalse(body.contains("Wird geladen"), body);
    assertFalse(body.contains("Loading"), body);
    assertTrue(body.contains("The mayor said the plan would go ahead"), body);
  }
  @Test
  void closingSentencesSetAsHeadingsAtTheEndOfTheBodyStay() {
    String html = "<html><body><article><h1>Council backs the tram plan</h1>" + PARAGRAPHS
        + "<h4>The plan is grim. One could say cynically that it is perfectly grim.</h4>"
        + "<h4>The mayor opens a second account online. It supports his version.</h4>"
        + "</article></body></html>";
    String body = text(html);
    assertTrue(body.endsWith("It supports his version."), body);
    assertTrue(body.contains("perfectly grim"), body);
  }

  @Test
  void aLinkToTheNextStoryWhoseLabelRunsIntoItStaysOut() {
    String html = "<html><body><article><h1>Council backs the tram plan</h1>" + PARAGRAPHS
        + "<div class=\"next-prev\"><div><span>Previous article</span><a href=\"https://example.com/a\">Transforming "
        + "the old harbour: plans to turn an eyesore into a park</a></div>"
        + "<div><span>Next article</span><a href=\"https://example.com/b\">Bank increases its net income</a></div></div>"
        + "</article></body></html>";
    String body = text(html);
    assertFalse(body.contains("Transforming the old harbour"), body);
    assertFalse(body.contains("net income"), body);
    assertTrue(body.contains("The mayor said the plan would go ahead"), body);
  }
}
