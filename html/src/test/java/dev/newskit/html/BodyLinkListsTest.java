package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.Article;
import dev.newskit.core.Block;
import org.junit.jupiter.api.Test;

/**
 * Lists of links the body's container holds as lines rather than as a list: headlines between line breaks, a row
 * of section links, teasers of other stories with their summaries. They leave the body with their label; a single
 * linked line inside the article stays.
 */
class BodyLinkListsTest {
  private static final String P1 = "The port of Haifa closed on Friday morning after the storm broke two cranes, "
      + "the port authority said, and the harbour master ordered every ship to stay outside the breakwater.";
  private static final String P2 = "Ships waiting outside were told to anchor further out, and the ferry to Cyprus, "
      + "due on Saturday, was cancelled, leaving some three hundred passengers to find rooms in the city.";
  private static final String P3 = "Engineers expect to repair the cranes by Sunday, although the forecast, issued "
      + "overnight, warns of more wind and of waves as high as six metres along the northern coast.";

  private static String body(String html, ExtractionFocus focus) {
    Article a = ArticleExtractor.builder().focus(focus).build()
        .extract("<html><body>" + html + "</body></html>", "https://news.example/2008/01/storm");
    return String.join("\n", a.body().stream().map(Block::text).toList());
  }

  private static String body(String html) {
    return body(html, ExtractionFocus.BALANCED);
  }

  private static String article() {
    return "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>";
  }

  @Test
  void headlinesBetweenLineBreaksLeaveWithTheirLabel() {
    String page = "<div id=story>" + article() + "Sports Headlines<br><br>"
        + "<a href=/a>Toskala gets first shootout win</a><br><br><a href=/b>Knights seek zip for their power play</a>"
        + "<br><br><a href=/c>Win keeps the rink in the hunt</a><br><br></div>";
    String body = body(page);
    assertTrue(body.contains("northern coast"), body);
    assertFalse(body.contains("Toskala"), body);
    assertFalse(body.contains("Knights seek"), body);
    assertFalse(body.contains("Sports Headlines"), body);
    assertTrue(body(page, ExtractionFocus.RECALL).contains("Toskala"), "recall keeps them");
  }

  @Test
  void aLineOfSeveralLinksLeaves() {
    String body = body("<div id=story>" + article() + "<div>Latest:</div><div><a href=/a>Sterne wins the Johannesburg playoff</a> "
        + "<a href=/b>Choi closes in on the Sony Open title</a> <a href=/c>Murless continues to lead in Durban</a></div>"
        + "</div>");
    assertTrue(body.contains("northern coast"), body);
    assertFalse(body.contains("Sterne"), body);
    assertFalse(body.contains("Latest"), body);
  }

  @Test
  void teasersWithSummariesLeave() {
    // Laid out as such boxes are in the page's source, an element to a line.
    String body = body("<div id=story>" + article() + "<h4><a href=/region>More regional headlines »</a></h4>\n\n<dl>\n"
        + "<dt><a href=/a>Inquest report urges more help</a>\n</dt>\n<dd>An inquest report released Thursday recommends "
        + "improvements to the agency.</dd>\n\n<dt><a href=/b>Insurer urged to consider pay-as-you-drive</a>\n</dt>\n"
        + "<dd>Environmentalists are urging the province's insurer to consider a new kind of policy.</dd>\n</dl></div>");
    assertTrue(body.contains("northern coast"), body);
    assertFalse(body.contains("Inquest report"), body);
    assertFalse(body.contains("Environmentalists"), body);
    assertFalse(body.contains("More regional headlines"), body);
  }

  @Test
  void aListOfStoriesWithTheirTimesLeavesWithItsLabel() {
    String body = body("<div id=story>" + article() + "<p>Recent sports:</p><ul>"
        + "<li><a href=/a>Energy line gives Huskies a boost</a> <i>14/01/08 7:36 AM</i></li>"
        + "<li><a href=/b>Choi wins Sony Open</a> <i>14/01/08 6:41 AM</i></li>"
        + "<li><a href=/c>McCain frozen in final</a> <i>14/01/08 6:41 AM</i></li></ul></div>");
    assertTrue(body.contains("northern coast"), body);
    assertFalse(body.contains("Choi wins"), body);
    assertFalse(body.contains("Recent sports"), body);
  }

  @Test
  void aListOfLinkedTermsWithTheirExplanationsStays() {
    String body = body("<div id=story>" + article() + "<ul>"
        + "<li><a href=/a>Breakwater</a>: the wall that keeps the waves out of the harbour</li>"
        + "<li><a href=/b>Crane</a>: the machine that lifts the containers off the ships</li>"
        + "<li><a href=/c>Pilot</a>: the sailor who steers every ship into the port</li></ul></div>");
    assertTrue(body.contains("lifts the containers"), body);
  }

  @Test
  void aMenuWhoseEntriesBarsSeparateLeaves() {
    StringBuilder menu = new StringBuilder("<div>\n");
    for (String section : new String[] {"Football", "Cricket", "Rugby Union", "Rugby League", "Tennis", "Golf",
        "Motorsport", "Boxing", "Athletics", "Snooker"}) {
      menu.append("<a href=/").append(section.length()).append('>').append(section).append("</a>\n\n | \n\n");
    }
    String body = body("<div id=story>" + article() + menu + "</div></div>");
    assertTrue(body.contains("northern coast"), body);
    assertFalse(body.contains("Snooker"), body);
    assertFalse(body.contains("|"), body);
  }

  @Test
  void aPageMadeOfLinkLinesKeepsThem() {
    StringBuilder links = new StringBuilder("Universities of the region:<br><br>");
    for (String place : new String[] {"Northern Illinois", "Chattanooga", "Flint", "Bowling Green", "Warrensburg",
        "Youngstown", "Omaha", "Edwardsville", "Grand Forks", "Fargo", "Huntsville", "Dearborn"}) {
      links.append("<a href=/").append(place.length()).append(">The university of ").append(place).append("</a><br><br>");
    }
    String body = body("<div id=story><p>" + P1 + "</p>" + links + "</div>");
    assertTrue(body.contains("The university of Grand Forks"), body);
  }

  @Test
  void theAuthorsParagraphsOfOneLinkEachStay() {
    String body = body("<div id=story><p>" + P1 + "</p><p>" + P2 + "</p><p>The reports:</p>"
        + "<p><a href=/report>The port authority's report</a></p><p><a href=/forecast>The overnight forecast</a></p>"
        + "<p>" + P3 + "</p></div>");
    assertTrue(body.contains("The port authority's report"), body);
    assertTrue(body.contains("The overnight forecast"), body);
  }

  @Test
  void oneLinkedLineInTheArticleStays() {
    String body = body("<div id=story><p>" + P1 + "</p><p><a href=/report>The port authority's report</a></p><p>"
        + P2 + "</p><p>" + P3 + "</p></div>");
    assertTrue(body.contains("The port authority's report"), body);
  }

  @Test
  void aParagraphOfSeveralLinksAndNothingElseLeaves() {
    String body = body("<div id=story>" + article() + "<p><a href=/a>&gt;&gt; News - The ferry to Cyprus sails again</a> "
        + "<a href=/b>&gt;&gt; News - Haifa's cranes are back at work</a> <a href=/c>&gt;&gt; News - Storm season ends</a></p>"
        + "</div>");
    assertTrue(body.contains("northern coast"), body);
    assertFalse(body.contains("ferry to Cyprus sails"), body);
  }

  @Test
  void aParagraphSplitAtDoubleBreaksKeepsEveryPart() {
    // The author's paragraph: its section mark and its linked lines are its own, not a menu's.
    String body = body("<div id=story><p>" + P1 + "</p><p>" + P2 + "<br><br>* * *<br><br>Sports headlines<br><br>"
        + "<a href=/a>The harbour master's statement</a><br><br><a href=/b>The ferry company's timetable</a></p><p>"
        + P3 + "</p></div>");
    assertTrue(body.contains("* * *"), body);
    assertTrue(body.contains("Sports headlines"), body);
    assertTrue(body.contains("The ferry company's timetable"), body);
  }

  @Test
  void aTableOfHeadlineLinksLeaves() {
    StringBuilder table = new StringBuilder("<table><tr><th><a href=/business>More business news</a></th></tr>");
    for (String headline : new String[] {"Carmakers steal the show", "Jobs under pressure from foreign workers",
        "Stocks fall again", "Bank issues a global bond"}) {
      table.append("<tr><td><a href=/").append(headline.length()).append('>').append(headline).append("</a></td></tr>");
    }
    String page = "<div id=story>" + table + "</table>" + article() + "</div>";
    String body = body(page);
    assertTrue(body.contains("northern coast"), body);
    assertFalse(body.contains("Carmakers"), body);
    assertTrue(body(page, ExtractionFocus.RECALL).contains("Carmakers"), "recall keeps it");
  }

  @Test
  void aTableOfLinkedTermsWithTheirExplanationsStays() {
    String body = body("<div id=story>" + article() + "<table><tr><th>Term</th><th>Meaning</th></tr>"
        + "<tr><td><a href=/a>Breakwater</a></td><td>the wall that keeps the waves out of the harbour</td></tr>"
        + "<tr><td><a href=/b>Crane</a></td><td>the machine that lifts the containers off the ships</td></tr></table></div>");
    assertTrue(body.contains("lifts the containers"), body);
  }

  @Test
  void aPageOfLinksUnderATeaserLabelKeepsThem() {
    StringBuilder links = new StringBuilder("<p>" + P1 + "</p>More interesting sites<br><br>");
    for (String place : new String[] {"Northern Illinois", "Chattanooga", "Flint", "Bowling Green", "Warrensburg",
        "Youngstown", "Omaha", "Edwardsville", "Grand Forks", "Fargo", "Huntsville", "Dearborn"}) {
      links.append("<a href=/").append(place.length()).append(">The university of ").append(place).append("</a><br><br>");
    }
    String body = body("<div id=story>" + links + "</div>");
    assertTrue(body.contains("The university of Grand Forks"), body);
  }

  /** A box set inside the article's container: sign-up offer, today's paper with one teaser, a list of headlines. */
  private static final String SIDEBAR = "<div class=rightbox><div><h4>Subscription Deals</h4><ul>"
      + "<li><a href=/subscribe>Not a subscriber? Click here for special home delivery offers</a></li></ul></div>"
      + "<div><h4>Today's Paper</h4><div><h4><a href=/x>Schools use old vans for student trips</a></h4>"
      + "<p>Passenger vans similar to one that crashed last week, killing seven students...</p>"
      + "<ul><li><a href=/x>[ more ]</a></li></ul></div><ul><li><a href=/y>$14 billion for the new bridge</a></li>"
      + "<li><a href=/z>Less than meets the eye at the budget hearing</a></li>"
      + "<li><a href=/w>Council votes to close the downtown pool for repairs</a></li></ul></div></div>";

  @Test
  void aBoxOfLinksAndTeasersInsideTheContainerLeaves() {
    String page = "<div id=story>" + SIDEBAR + article() + "</div>";
    String body = body(page);
    assertTrue(body.contains("northern coast"), body);
    assertFalse(body.contains("Subscription Deals"), body);
    assertFalse(body.contains("Today's Paper"), body);
    assertFalse(body.contains("Passenger vans"), body);
    assertTrue(body(page, ExtractionFocus.RECALL).contains("Passenger vans"), "recall keeps it");
  }

  @Test
  void aBoxOfTeasersBetweenTheParagraphsLeaves() {
    // Named as a box of several teasers, under a label of its own wording, each card a picture, a headline and a
    // summary of the other story: nothing but its name tells it from the article's own subheadings.
    String page = "<div id=story><p>" + P1 + "</p><div class='teasers teasers--3columns'><h2>Worth your while</h2>"
        + "<div><img src=/a.jpg alt=''><h3>Cranes that outlived the storm of 1953</h3><p>Two of the port's "
        + "cranes are older than the breakwater, and both are still at work.</p><a href=/a>Read</a></div>"
        + "<div><img src=/b.jpg alt=''><h3>Ferries that cross in any weather</h3><p>Why the crossing to Cyprus "
        + "is cancelled so rarely, and what the crews do when it is.</p><a href=/b>Read</a></div></div>"
        + "<p>" + P2 + "</p><p>" + P3 + "</p></div>";
    String body = body(page);
    assertTrue(body.contains("northern coast"), body);
    assertTrue(body.contains("Ships waiting outside"), body);
    assertFalse(body.contains("Worth your while"), body);
    assertFalse(body.contains("Cranes that outlived"), body);
    assertFalse(body.contains("crossing to Cyprus"), body);
  }

  @Test
  void aPageOfTeaserBoxesKeepsThem() {
    StringBuilder page = new StringBuilder("<div id=listing><p>This week's reviews, chosen by our editors, "
        + "from the harbour to the forecast.</p>");
    for (String topic : new String[] {"harbour", "ferry", "cranes", "forecast"}) {
      page.append("<div class=teaser><h3><a href=/").append(topic).append(">The ").append(topic)
          .append(" after the storm: what the port authority will do next</a></h3><p>Review of the ")
          .append(topic).append(", with pictures.</p></div>");
    }
    String body = body(page.append("</div>").toString());
    assertTrue(body.contains("The harbour after the storm"), body);
    assertTrue(body.contains("Review of the forecast"), body);
  }

  @Test
  void truncatedTeasersAfterTheirLinkedHeadlinesLeave() {
    String page = "<div id=story>" + article()
        + "<div><a href=/a>Ferry service resumes</a> The ferry to Cyprus sailed again on Tuesday after a week of storms that kept the sh...</div>"
        + "<div><a href=/b>New cranes for the port</a> The port authority has ordered four cranes from a yard in Korea, the first of wh\u2026</div>"
        + "</div>";
    String body = body(page);
    assertTrue(body.contains("northern coast"), body);
    assertFalse(body.contains("Ferry service resumes"), body);
    assertFalse(body.contains("New cranes"), body);
    assertTrue(body(page, ExtractionFocus.RECALL).contains("New cranes"), "recall keeps them");
  }

  @Test
  void oneLinkedLineEndingInAnEllipsisStays() {
    String body = body("<div id=story>" + article()
        + "<p><a href=/a>The harbour master</a> said only that the wait could be long, and that ...</p></div>");
    assertTrue(body.contains("The harbour master said only"), body);
  }

  @Test
  void aBoxOfLinkedLabelsOverUnlinkedTitlesLeaves() {
    // Each line ends its source line, so that every label and title is a paragraph of its own.
    String page = "<div id=story>" + article() + "<h2>Our blogs</h2><br>\n"
        + "<a href=/harbour><strong>Harbour Watch:</strong></a><br>\n Three cranes and a long wait<br><br>\n"
        + "<a href=/sail><strong>Under Sail:</strong></a><br>\n Why the ferry stayed home<br><br>\n"
        + "<a href=/weather><strong>Weather Desk:</strong></a><br>\n Six-metre waves, explained<br><br>\n"
        + "<a href=/city><strong>City Hall:</strong></a><br>\n Budget night runs late<br><br>\n</div>";
    String body = body(page);
    assertTrue(body.contains("northern coast"), body);
    assertFalse(body.contains("Harbour Watch"), body);
    assertFalse(body.contains("Why the ferry stayed home"), body);
    assertFalse(body.contains("Budget night"), body);
    assertTrue(body(page, ExtractionFocus.RECALL).contains("Why the ferry stayed home"), "recall keeps them");
  }

  @Test
  void anAuthorsListOfPlainLabelsOverLinksStays() {
    String body = body("<div id=story>" + article() + "<p>The relief effort is run by:</p>"
        + "<p>Coordinator:</p><p><a href=/a>Haifa Port Workers Union</a></p>"
        + "<p>Shelter:</p><p><a href=/b>Carmel Community Centre</a></p>"
        + "<p>Transport:</p><p><a href=/c>Northern Ferry Company</a></p>"
        + "<p>Meals:</p><p><a href=/d>Hadar Soup Kitchen</a></p></div>");
    assertTrue(body.contains("Carmel Community Centre"), body);
    assertTrue(body.contains("Transport:"), body);
  }
}
