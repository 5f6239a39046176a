package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.Block;
import dev.newskit.core.Embed;
import dev.newskit.core.Figure;
import dev.newskit.core.Heading;
import dev.newskit.core.Image;
import dev.newskit.core.Link;
import dev.newskit.core.ListBlock;
import dev.newskit.core.Paragraph;
import dev.newskit.core.Quote;
import dev.newskit.core.Table;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** {@link BlockBuilder}: which typed block each kind of element becomes, and what it leaves out. */
class BlockBuilderTest {
  private static List<Block> blocks(String html) {
    Document doc = Jsoup.parse("<html><body><div id=root>" + html + "</div></body></html>", "https://news.example/storm/");
    Element root = doc.getElementById("root");
    return BlockBuilder.build(List.of(root), new TextStats(doc.body()));
  }

  @Test
  void paragraphsKeepTheirUsableLinks() {
    List<Block> b = blocks("<p>Read <a href=\"https://port.example/report\">the report</a>, the <a href=\"/map\">map</a>, "
        + "the <a href=\"javascript:void(0)\">script</a> and <a href=\"https://port.example/x\"> </a>"
        + "<a href=\"mailto:desk@news.example\">write</a>.</p>");
    assertEquals(List.of(new Paragraph("Read the report, the map, the script and write.", List.of(
        new Link("the report", URI.create("https://port.example/report")),
        new Link("map", URI.create("https://news.example/map")),
        new Link("write", URI.create("mailto:desk@news.example"))))), b);
  }

  @Test
  void aDoubleLineBreakStartsAParagraphAndASingleOneDoesNot() {
    List<Block> b = blocks("<div>First line<br>same paragraph.<br><br>Second paragraph.</div>");
    assertEquals(List.of(new Paragraph("First line same paragraph.", List.of()), new Paragraph("Second paragraph.", List.of())), b);
  }

  @Test
  void eachParagraphHasOnlyItsOwnText() {
    // Paragraphs of several text nodes, one text node and a mixed run beside a block, one after another: the text of
    // one never runs on into the next.
    List<Block> b = blocks("<p>The ferry <b>was</b> cancelled.</p><p>Cranes broke.</p><div>Ships <i>waited</i> outside."
        + "<p>Winds <em>eased</em> later.</p>Then <b>the port</b> reopened.</div>");
    assertEquals(List.of(new Paragraph("The ferry was cancelled.", List.of()), new Paragraph("Cranes broke.", List.of()),
        new Paragraph("Ships waited outside.", List.of()), new Paragraph("Winds eased later.", List.of()),
        new Paragraph("Then the port reopened.", List.of())), b);
  }

  @Test
  void headingsKeepTheirLevelAndEmptyOnesGo() {
    List<Block> b = blocks("<h2>What happened</h2><h3> </h3><h4>Next <a href=/next>steps</a></h4>");
    assertEquals(List.of(new Heading(2, "What happened", List.of()),
        new Heading(4, "Next steps", List.of(new Link("steps", URI.create("https://news.example/next"))))), b);
  }

  @Test
  void aQuoteLosesItsAttributionFromTheText() {
    List<Block> b = blocks("<blockquote><p>We will reopen on Sunday.</p> — <cite>Port director</cite></blockquote>"
        + "<blockquote>No one was hurt.</blockquote>");
    assertEquals(List.of(new Quote("We will reopen on Sunday.", Optional.of("Port director"), List.of()),
        new Quote("No one was hurt.", Optional.empty(), List.of())), b);
  }

  @Test
  void anEmbeddedPostIsAnEmbedNotAQuote() {
    List<Block> b = blocks("<blockquote class=\"twitter-tweet\"><p>Cranes down</p>"
        + "<a href=\"https://twitter.com/port/status/123\">April 10</a></blockquote>");
    assertEquals(List.of(new Embed("x", URI.create("https://twitter.com/port/status/123"), Optional.of("Cranes down April 10"))), b);
  }

  @Test
  void listsAreKeptButAListOfLinksIsNavigation() {
    List<Block> b = blocks("<ol><li>Close the port</li><li> </li><li>Move the ships</li></ol>"
        + "<ul><li><a href=/1>Story one</a></li><li><a href=/2>Story two</a></li><li><a href=/3>Story three</a></li></ul>");
    assertEquals(List.of(new ListBlock(true, List.of("Close the port", "Move the ships"), List.of())), b);
  }

  @Test
  void aFigureTakesItsCaptionAndCredit() {
    List<Block> b = blocks("<figure><img src=\"/img/cranes.jpg\" alt=\"Cranes\" width=800 height=450>"
        + "<figcaption>Cranes down in the port. Photo: Reuters</figcaption></figure>"
        + "<figure><img src=\"https://img.example/ship.jpg\"><figcaption>A ship waits <span class=credit>AP</span>"
        + "</figcaption></figure>");
    assertEquals(2, b.size(), b.toString());
    Image first = ((Figure) b.get(0)).image();
    assertEquals(URI.create("https://news.example/img/cranes.jpg"), first.url());
    assertEquals(Optional.of("Cranes down in the port."), first.caption());
    assertEquals(Optional.of("Reuters"), first.credit());
    assertEquals(Optional.of("Cranes"), first.alt());
    Image second = ((Figure) b.get(1)).image();
    assertEquals(Optional.of("A ship waits"), second.caption());
    assertEquals(Optional.of("AP"), second.credit());
  }

  @Test
  void aFigureThatSetsATableOrAQuoteIsReadAsWhatItHolds() {
    // A block editor wraps a table and a pull quote in a figure, with no picture in it.
    List<Block> b = blocks("<p>Fees differ by how you pay.</p>"
        + "<figure class=\"wp-block-table\"><table><thead><tr><th>Method</th><th>Fee</th></tr></thead>"
        + "<tbody><tr><td>Card</td><td>3.99%</td></tr><tr><td>Bank transfer</td><td>Free</td></tr></tbody></table>"
        + "<figcaption>Fees as of March</figcaption></figure>"
        + "<figure class=\"wp-block-pullquote\"><blockquote><p>We never charge for deposits.</p><cite>The company"
        + "</cite></blockquote></figure>"
        + "<figure><blockquote><p>Fees are how we pay for the app.</p></blockquote><figcaption>— Mia Park, founder"
        + "</figcaption></figure>"
        + "<figure><img src=\"/img/app.jpg\" width=600><figcaption>The app's fee screen</figcaption></figure>");
    assertEquals(5, b.size(), b.toString());
    // The figure's caption names the table, and the source of a quote that cites none inside it.
    assertEquals(new Table(Optional.of("Fees as of March"), List.of("Method", "Fee"),
        List.of(List.of("Card", "3.99%"), List.of("Bank transfer", "Free"))), b.get(1));
    assertEquals("We never charge for deposits.", b.get(2).text());
    assertEquals(Optional.of("The company"), ((Quote) b.get(2)).attribution());
    assertEquals(Optional.of("Mia Park, founder"), ((Quote) b.get(3)).attribution());
    assertEquals("Fees are how we pay for the app.", b.get(3).text());
    assertEquals(Optional.of("The app's fee screen"), ((Figure) b.get(4)).image().caption());
  }

  @Test
  void tinyImagesAreLeftOut() {
    assertEquals(List.of(), blocks("<img src=\"/pixel.gif\" width=1 height=1><img src=\"/icon.png\" width=40>"));
    assertInstanceOf(Figure.class, blocks("<img src=\"/photo.jpg\" width=600>").get(0));
  }

  @Test
  void aDataTableIsATableAndALayoutTableIsItsText() {
    List<Block> data = blocks("<table><caption>Ships waiting</caption><tr><th>Port</th><th>Ships</th></tr>"
        + "<tr><td>Haifa</td><td>12</td></tr><tr><td>Ashdod</td><td>7</td></tr></table>");
    assertEquals(List.of(new Table(Optional.of("Ships waiting"), List.of("Port", "Ships"),
        List.of(List.of("Haifa", "12"), List.of("Ashdod", "7")))), data);
    List<Block> layout = blocks("<table role=presentation><tr><td><p>The port closed.</p></td></tr></table>");
    assertEquals(List.of(new Paragraph("The port closed.", List.of())), layout);
  }

  @Test
  void aParagraphLeftOpenAroundALayoutTableIsReadAsItsCells() {
    // Without a doctype the parser keeps <p><table> nested: the "paragraph" holds the story's own paragraphs.
    List<Block> b = blocks("<p><b>Ferry service resumes</b><table><tr><td><p>09:15, Jan 4 2008</td></tr></table>"
        + "<table><tr><td><p>The ferry sailed at dawn.</p><p>Crews cleared the harbour overnight.</p>"
        + "<p>Passengers queued from six.</p></td></tr></table></p>");
    assertEquals(List.of(new Paragraph("Ferry service resumes", List.of()), new Paragraph("09:15, Jan 4 2008", List.of()),
        new Paragraph("The ferry sailed at dawn.", List.of()), new Paragraph("Crews cleared the harbour overnight.", List.of()),
        new Paragraph("Passengers queued from six.", List.of())), b);
  }

  @Test
  void knownPlayersAreEmbedsAndOthersAreDropped() {
    List<Block> b = blocks("<iframe src=\"https://www.youtube.com/embed/abc\" title=\"Storm video\"></iframe>"
        + "<iframe src=\"https://ads.example/frame\"></iframe>"
        + "<video><source src=\"https://player.vimeo.com/video/9\"></video>");
    assertEquals(List.of(new Embed("youtube", URI.create("https://www.youtube.com/embed/abc"), Optional.of("Storm video")),
        new Embed("vimeo", URI.create("https://player.vimeo.com/video/9"), Optional.empty())), b);
  }

  @Test
  void preformattedTextKeepsItsLines() {
    assertEquals(List.of(new Paragraph("wind  40 km/h\ngusts 90 km/h", List.of())), blocks("<pre>wind  40 km/h\ngusts 90 km/h\n</pre>"));
  }

  @Test
  void aBoilerplateBoxInsideTheBodyGoesButTheRootStays() {
    Document doc = Jsoup.parse("<div id=root class=share><p>The port closed.</p><div class=newsletter><p>Sign up now</p>"
        + "</div></div>");
    Element root = doc.getElementById("root");
    assertEquals(List.of(new Paragraph("The port closed.", List.of())), BlockBuilder.build(List.of(root), new TextStats(doc.body())));
  }

  @Test
  void deepNestingDoesNotOverflow() {
    Document doc = Jsoup.parse("<div id=root></div>");
    Element e = doc.getElementById("root");
    for (int i = 0; i < 20_000; i++) e = e.appendElement(i % 2 == 0 ? "div" : "section");
    e.appendElement("p").text("At the bottom.");
    e.appendElement("p").text("Still at the bottom.");
    List<Block> b = BlockBuilder.build(List.of(doc.getElementById("root")), new TextStats(doc.body()));
    assertEquals(List.of(new Paragraph("At the bottom.", List.of()), new Paragraph("Still at the bottom.", List.of())), b);
  }

  @Test
  void nothingComesOfNothing() {
    assertEquals(List.of(), blocks(""));
    assertEquals(List.of(), blocks("<div> <span> </span> </div><br><hr>"));
    assertTrue(BlockBuilder.build(List.of(), new TextStats(Jsoup.parse("").body())).isEmpty());
  }
}
