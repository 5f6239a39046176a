package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * {@link ContentFinder}: which container it chooses as the body and which neighbours join it, on pages
 * where the answer is clear-cut (a story beside a box of links, a story split into sections, a closing
 * paragraph outside the story's container), and the empty and text-only edge cases.
 */
class ContentFinderTest {
  private static final String P1 = "The port of Haifa closed on Friday morning after the storm broke two cranes, "
      + "the port authority said.";
  private static final String P2 = "Ships waiting outside were told to anchor further out, and the ferry to Cyprus, "
      + "due on Saturday, was cancelled.";
  private static final String P3 = "Engineers expect to repair the cranes by Sunday, although the forecast, issued "
      + "overnight, warns of more wind.";
  private static final String LINKS = "<div class=more><p><a href=/a>Another story about something else entirely</a></p>"
      + "<p><a href=/b>And one more story about other things again</a></p></div>";

  private static Document page(String body) {
    return Jsoup.parse("<html><body>" + body + "</body></html>", "https://news.example/storm");
  }

  private static String text(List<Element> found) {
    return found.stream().map(Element::text).collect(Collectors.joining(" "));
  }

  @Test
  void theStoryWinsOverABoxOfLinks() {
    Document doc = page("<div id=story><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>" + LINKS);
    List<Element> found = ContentFinder.find(doc.body());
    assertEquals(List.of(doc.getElementById("story")), found, "the links box scores nothing: its text is all links");
  }

  @Test
  void aStorySplitIntoSectionsIsFoundWhole() {
    Document doc = page("<div id=top><div id=story><section><p>" + P1 + "</p><p>" + P2 + "</p></section>"
        + "<section><p>" + P3 + "</p><p>" + P1.replace("Friday", "Monday") + "</p></section></div>" + LINKS + "</div>");
    String found = text(ContentFinder.find(doc.body()));
    for (String p : List.of(P1, P2, P3, P1.replace("Friday", "Monday"))) assertTrue(found.contains(p), found);
    assertFalse(found.contains("Another story"), found);
  }

  @Test
  void anArticleInLikeEntriesIsFoundWholeAndInOrder() {
    String first = "Lions live in prides of up to thirty animals, mostly related females, their cubs and a few grown males that guard them. The females do most of the hunting, often at night.";
    String second = "Only the males grow a mane, which darkens with age and tells rivals, from quite far away, how strong its bearer is. A lion without one is seldom taken seriously.";
    String entry = "<div class=\"entry entry-list\"><h2 class=title>%s</h2><div class=text>%s</div><p class=date>12 May</p></div>";
    Document doc = page("<div id=entries>" + entry.formatted("Prides", "<p>" + first + "</p>")
        + entry.formatted("Manes", "<p>" + second + "</p>")
        + entry.formatted("Hunting", "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P1.replace("Friday", "Monday") + "</p>")
        + "<div class=\"entry entry-list more\"><ul><li><a href=/a>Another entry about something else</a></li></ul></div>"
        + "</div>" + LINKS);
    String found = text(ContentFinder.find(doc.body()));
    assertTrue(found.startsWith(first + " " + second + " " + P1), found);
    assertFalse(found.contains("Another"), found);
  }

  @Test
  void aClosingSentenceBesideTheContainerJoinsButALinkDoesNot() {
    Document doc = page("<div id=wrap><div id=story><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
        + "<p>The port reopened at noon.</p><p><a href=/c>Related: the last storm</a></p><div id=empty></div></div>");
    List<Element> found = ContentFinder.find(doc.body());
    assertEquals(List.of("story", ""), found.stream().map(Element::id).toList(), text(found));
    assertEquals("The port reopened at noon.", found.get(1).text());
  }

  @Test
  void aFirstSentenceInBoldBeforeTheContainerJoinsButABoldLabelDoesNot() {
    Document doc = page("<div id=wrap><strong>The storm that closed the port also cut power to the old town overnight.</strong> "
        + "<div id=story><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
        + "<p><a href=/c>Related: the last storm</a></p><div id=empty></div></div>");
    List<Element> found = ContentFinder.find(doc.body());
    assertEquals(List.of("strong", "div"), found.stream().map(Element::normalName).toList(), text(found));
    Document label = page("<div id=wrap><b>More from our port and shipping correspondents</b> "
        + "<div id=story><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
        + "<p><a href=/c>Related: the last storm</a></p><div id=empty></div></div>");
    assertEquals(List.of("story"), ContentFinder.find(label.body()).stream().map(Element::id).toList());
  }

  @Test
  void aBoldSentenceJoinsOnlyAsALeadOfItsOwnJustBeforeTheContainer() {
    String story = "<div id=story><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>";
    String lead = "The storm that closed the port also cut power to the old town overnight.";
    // Through line breaks it still stands just before the box.
    Document broken = page("<div id=wrap><b>" + lead + "</b><br><br>" + story + "</div>");
    assertEquals(List.of("b", "div"), ContentFinder.find(broken.body()).stream().map(Element::normalName).toList());
    for (String before : List.of(
        "Police said <strong>the storm that closed the port had hurt nobody at all in the town.</strong> ",
        "<b>Hi!</b> ",
        "<b class=promo>Our new app brings the whole paper to your phone every morning before six.</b> ",
        "<b>" + lead + "</b><div class=note>A note between the lead and the story.</div>")) {
      Document doc = page("<div id=wrap>" + before + story + "</div>");
      List<String> tags = ContentFinder.find(doc.body()).stream().map(Element::normalName).toList();
      assertFalse(tags.contains("b") || tags.contains("strong"), before + " " + tags);
    }
  }

  @Test
  void anOnlyChildsParentIsTheContainer() {
    Document doc = page("<div id=outer><div id=inner><p>" + P1 + "</p><p>" + P2 + "</p></div></div><p>x</p>");
    assertEquals(List.of(doc.getElementById("outer")), ContentFinder.find(doc.body()).subList(0, 1));
  }

  @Test
  void anEmptyBodyHasNoContentAndShortTextIsTheWholeBody() {
    Document empty = page("");
    assertEquals(List.of(), ContentFinder.find(empty.body()));
    Document whitespace = page("<div>   </div><span>\n</span>");
    assertEquals(List.of(), ContentFinder.find(whitespace.body()));
    Document shortText = page("<div>Too short to score.</div>");
    assertEquals(List.of(shortText.body()), ContentFinder.find(shortText.body()), "under 25 characters nothing scores");
  }

  @Test
  void deepNestingIsWalkedWithoutRecursion() {
    Document doc = page("<div>".repeat(400) + "<p>" + P1 + "</p><p>" + P2 + "</p>" + "</div>".repeat(400));
    String found = text(ContentFinder.find(doc.body()));
    assertTrue(found.contains(P1) && found.contains(P2), found);
  }

  @Test
  void whatCountsAsAParagraph() {
    Document doc = page("<p id=p>a</p><table><tr><td id=td>a</td></tr></table><blockquote id=q>a</blockquote><pre id=pre>a</pre>"
        + "<div id=inline>text with <b>bold</b></div><div id=blocks><p>a</p></div>"
        + "<div id=mixed>A line of text directly beside its blocks, long enough<p>b</p></div>"
        + "<ul><li id=textItem>A list item of plain text</li><li id=linkItem><a href=/x>Only a link here</a></li></ul>"
        + "<span id=span>a</span><section id=section>plain</section>");
    TextStats stats = new TextStats(doc.body());
    for (String id : List.of("p", "td", "q", "pre", "inline", "mixed", "textItem", "section")) {
      assertTrue(ContentFinder.isParagraphLike(doc.getElementById(id), stats), id);
    }
    for (String id : List.of("blocks", "linkItem", "span")) {
      assertFalse(ContentFinder.isParagraphLike(doc.getElementById(id), stats), id);
    }
  }

  @Test
  void textBesideBlocksMakesAParagraphFromTwentyFiveCharactersSpacesIncluded() {
    // Thirteen letters and the single spaces between them (a no-break space is one) read 25 characters; twelve
    // read 23, and indentation reads none however long it is.
    String nbsp = String.join("\u00A0", "a b c d e f g h i j k l m".split(" "));
    Document doc = page("<div id=at25>a b\n\n\n  c d e f g h i j k l m<p>b</p></div><div id=nbsp>" + nbsp + "<p>b</p></div>"
        + "<div id=at23>a b c d e f g h i j k l<p>b</p></div>"
        + "<div id=indented>\n" + "\t".repeat(40) + "<p>b</p>\n" + "\t".repeat(40) + "</div>");
    TextStats stats = new TextStats(doc.body());
    assertTrue(ContentFinder.isParagraphLike(doc.getElementById("at25"), stats));
    assertTrue(ContentFinder.isParagraphLike(doc.getElementById("nbsp"), stats));
    assertFalse(ContentFinder.isParagraphLike(doc.getElementById("at23"), stats));
    assertFalse(ContentFinder.isParagraphLike(doc.getElementById("indented"), stats));
  }

  @Test
  void classAndTagWeights() {
    Document doc = page("<article id=a class=story></article><div id=c class=comments></div><main id=m></main>"
        + "<div id=ab itemprop=articleBody></div><div id=plain></div>");
    assertEquals(55, ContentFinder.classWeight(doc.getElementById("a")), "a positive class and the article tag");
    assertEquals(-25, ContentFinder.classWeight(doc.getElementById("c")));
    assertEquals(10, ContentFinder.classWeight(doc.getElementById("m")));
    assertEquals(30, ContentFinder.classWeight(doc.getElementById("ab")));
    assertEquals(0, ContentFinder.classWeight(doc.getElementById("plain")));
  }

  @Test
  void isInsideLooksOnlyUpwards() {
    Document doc = page("<div id=a><div id=b><p id=c>x</p></div></div>");
    Element a = doc.getElementById("a");
    Element c = doc.getElementById("c");
    assertTrue(ContentFinder.isInside(c, a));
    assertFalse(ContentFinder.isInside(a, c));
    assertFalse(ContentFinder.isInside(a, a), "an element is not inside itself");
    assertSame(a, c.parent().parent());
  }

  @Test
  void theNextOfStackedLayoutTablesJoinsTheTableTheBodyWasFoundIn() {
    String table = "<table><tr><td><font size=2>%s</font></td></tr></table>";
    String first = "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P1.replace("Haifa", "Ashdod") + "</p><p>"
        + P2.replace("Cyprus", "Rhodes") + "</p><p>Tugs, sent from the north, kept two tankers, loaded with fuel, off the"
        + " rocks.</p><p>The port of Eilat, far to the south, stayed open, though, its manager said, few ships came.</p>"
        + "<p>Insurers, asked about the cost, said, for now, that it was too early to say.</p>";
    String next = "<p>Divers, called in on Saturday, found, under the second crane, a cracked pier.</p>"
        + "<p>The harbour master, speaking at dawn, said the pier, built in 1933, would be closed.</p>"
        + "<p>Fishermen, who moor beside the pier, were moved, with their boats, to the marina.</p>";
    Document doc = page("<div>" + String.format(table, first) + String.format(table, next) + "</div>"
        + "<div><a href=/x>Home</a> <a href=/y>Contact us</a></div>");
    List<Element> found = ContentFinder.find(doc.body());
    assertEquals(List.of("table", "table"), found.stream().map(Element::normalName).toList(), text(found));
    assertTrue(text(found).contains("a cracked pier"), "the second table is the story's next section, its paragraphs as "
        + "deep in it as the first table's: " + text(found));
  }

  private static final String POSTS = "<div class=scroller>"
      + "<span class=t>The cranes were old anyway, and the port should have replaced them years ago, I am sure of it.</span>"
      + "<span class=n>Harbour Fan</span><br><br>"
      + "<span class=t>If I had to bet I would say the repairs take a week, and there is a rumour the ferry moves to Ashdod.</span>"
      + "<span class=n>DockerDan</span><br><br>"
      + "<span class=t>That would be a disaster for the shops, a real one, look at what happened the last time it closed.</span>"
      + "<span class=n>seagull77</span><br><br>"
      + "<span class=t>Yeah, the forecast is bad again, and how long the breakwater holds is the only question left.</span>"
      + "<span class=n>DockerDan</span><br><br>"
      + "<span class=t>News from this morning is that the first crane is already working again, so watch this space.</span>"
      + "<span class=n>Harbour Fan</span><br><br></div>";

  @Test
  void runsThatAreNotAllSignedAreNotPosts() {
    Document doc = page(POSTS);
    assertTrue(SignedPosts.holds(doc.selectFirst("div"), new TextStats(doc.body())));
    Document unsigned = page(POSTS.replace("<span class=n>seagull77</span>", ""));
    assertFalse(SignedPosts.holds(unsigned.selectFirst("div"), new TextStats(unsigned.body())), "one run has no name");
    Document sentences = page(POSTS.replace("<span class=n>seagull77</span>", "<span class=n>He said so.</span>"));
    assertFalse(SignedPosts.holds(sentences.selectFirst("div"), new TextStats(sentences.body())), "a sentence is no name");
    Document two = page("<div>" + POSTS.substring(POSTS.indexOf("<span"), POSTS.indexOf("<span class=t>That")) + "</div>");
    assertFalse(SignedPosts.holds(two.selectFirst("div"), new TextStats(two.body())), "two posts are not a thread");
  }

  @Test
  void aSidebarRowSetAsideDoesNotWidenTheBodyToItsRow() {
    // The sidebar's cell outscores the story and is set aside; as a close candidate in the next row of the same
    // layout table, it must not make the story's row the body, which would bring the sidebar back as a sibling row.
    String sidebar = "<p>Our club, founded in 1921, meets, weather permitting, every Tuesday, Thursday and Saturday.</p>"
        + "<p>Members, new and old, are welcome, and the fee, which has not changed, is due, as ever, in March.</p>"
        + "<p>The clubhouse, rebuilt in 1998, has a kitchen, a library, showers, lockers and, of course, a bar.</p>"
        + "<p>Volunteers, who keep the boats, the slipway and the garden in order, meet, as a rule, on Sundays.</p>"
        + "<p>Questions, suggestions and complaints go, in writing, to the secretary, who answers, we promise, soon.</p>";
    Document doc = page("<table><tr><td><p><b>Storm closes the port</b></p><div id=story><p>" + P1 + "</p><p>" + P2
        + "</p><p>" + P3 + "</p></div><p><a href=/more>More from the harbour</a></p></td></tr>"
        + "<tr class=sidebar><td><div>" + sidebar + "</div></td></tr></table>");
    String found = text(ContentFinder.find(doc.body()));
    assertTrue(found.contains(P1), found);
    assertFalse(found.contains("Our club"), found);
  }

  @Test
  void aSidebarBoxCloseToTheStoryDoesNotWidenTheBodyToThePage() {
    // Two candidates score close to the story: a box of its own paragraphs inside it and a sidebar's box. Counted
    // with the first, the sidebar's box would make the box around the whole page, sidebar and all, the body.
    String box = "<p>Our club, founded in 1921, meets, weather permitting, every Tuesday, Thursday and Saturday.</p>"
        + "<p>Members, new and old, are welcome, and the fee, which has not changed, is due, as ever, in March.</p>"
        + "<p>The clubhouse, rebuilt in 1998, has a kitchen, a library, showers, lockers and, of course, a bar.</p>"
        + "<p>Volunteers, who keep the boats, the slipway and the garden in order, meet, as a rule, on Sundays.</p>";
    StringBuilder inner = new StringBuilder();
    for (String day : List.of("Monday", "Tuesday", "Wednesday")) {
      inner.append("<p>").append(P2.replace("Saturday", day)).append("</p>");
    }
    Document doc = page("<div id=layout><div id=column><div class=wrap><div id=story><p>" + P1 + "</p><p>" + P3
        + "</p><div class=more-text>" + inner + "</div></div></div></div><div class=sidebar><div class=box>" + box
        + "</div></div></div>");
    String found = text(ContentFinder.find(doc.body()));
    assertTrue(found.contains(P3), found);
    assertFalse(found.contains("Our club"), found);
  }
}
