package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.Block;
import dev.newskit.core.Figure;
import dev.newskit.core.Paragraph;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BodyHtmlTest {
  private static final String PAGE = """
      <html><head><title>City council approves bus lanes | The Courier</title></head><body>
      <nav><a href="/">Home</a> <a href="/city">City</a></nav>
      <article>
        <h1>City council approves bus lanes</h1>
        <p class="byline">By <a href="/staff/jane-doe">Jane Doe</a>, Staff Writer</p>
        <time datetime="2026-03-14T09:30:00-05:00">March 14, 2026 9:30 a.m.</time>
        <figure><img src="/img/buslane.jpg" alt="A bus lane"><figcaption>The new lane on Main Street.</figcaption></figure>
        <p>The city council voted 7 to 2 on Tuesday to paint <em>dedicated bus lanes</em> on four of the busiest
        streets downtown, a plan that transit riders have asked for since the last budget was passed.</p>
        <p>Supporters said the lanes would cut the average commute on the number 12 route by eight minutes, and the
        transit authority promised to publish travel times every month for the first year.</p>
        <p>Share this article</p>
        <p>Opponents, most of them shop owners along Main Street, said the loss of parking would drive customers to
        the malls outside town. The council set aside money for a study of loading zones.</p>
        <p>Work is to begin in May and to be finished before the schools open in September, the mayor's office said.</p>
      </article>
      <footer>Copyright 2026 The Courier. All rights reserved.</footer>
      </body></html>
      """;

  @Test
  void theBodyHtmlHoldsWhatTheBodyHoldsAndNoLineLiftedIntoAField() {
    ExtractedPage page = ArticleExtractor.create().extractPage(PAGE, "https://news.example.com/city/bus-lanes");
    String html = page.bodyHtml();
    List<Block> body = page.article().body();
    assertEquals(Figure.class, body.get(0).getClass(), "the lead figure opens the body");
    assertFalse(html.contains("<h1") || html.contains("Jane Doe") || html.contains("9:30") || html.contains("<time"),
        "the headline, byline and date are fields, not body: " + html);
    assertFalse(html.contains("Share this article"), html);
    assertTrue(html.startsWith("<figure>"), html);
    assertTrue(html.contains("<em>dedicated bus lanes</em>"), "inline markup stays: " + html);
    List<String> paragraphs = body.stream().filter(b -> b instanceof Paragraph).map(Block::text).toList();
    List<String> htmlParagraphs = Jsoup.parseBodyFragment(html).select("p").stream().map(Element::text).toList();
    assertEquals(paragraphs, htmlParagraphs);
    assertEquals(4, paragraphs.size());
  }

  @Test
  void aBoxOfLooseLinesGivesOnlyTheLinesTheBodyKept() {
    String page = """
        <html><body><div class="story">
        <h1>Storm closes the coast road</h1>
        <div>The coast road was closed on Sunday after the storm washed away a stretch near the harbour, and the
        police said it would stay closed for at least a week while engineers look at the cliff.<br><br>
        Buses will run on the inland route, which adds about forty minutes to the trip to the airport.<br><br>
        Share this article<br><br>
        Residents were told to keep away from the beach until the tide tables show the water is low again.</div>
        </div></body></html>
        """;
    ExtractedPage extracted = ArticleExtractor.create().extractPage(page, "https://news.example.com/storm");
    String html = extracted.bodyHtml();
    List<String> paragraphs = extracted.article().body().stream().map(Block::text).toList();
    assertFalse(paragraphs.contains("Share this article"), paragraphs.toString());
    assertFalse(html.contains("Share this article"), html);
    assertEquals(paragraphs, Jsoup.parseBodyFragment(html).select("p").stream().map(Element::text).toList());
  }

  @Test
  void aFigureWhoseNodeGaveADroppedLineIsWrittenFromTheFigureAndNoNodeIsWrittenTwice() {
    org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(
        "<figure><img src=\"https://news.example/a.jpg\" alt=\"A lane\"><p>Advertisement</p></figure>"
        + "<div><p>The lane opens in May.</p> and more text around it</div>");
    Element figure = doc.selectFirst("figure");
    Element inner = doc.selectFirst("div > p");
    Figure fig = new Figure(dev.newskit.core.Image.builder("https://news.example/a.jpg").alt("A lane").build());
    Paragraph ad = new Paragraph("Advertisement", List.of());
    Paragraph first = new Paragraph("The lane opens in May.", List.of());
    Paragraph around = new Paragraph("The lane opens in May. and more text around it", List.of());
    BodyHtml html = new BodyHtml();
    List<org.jsoup.nodes.Node> figureNodes = List.of(figure); // the blocks of one node share its list, as BlockBuilder's do
    html.add(fig, figureNodes);
    html.add(ad, figureNodes);
    html.add(first, List.of(inner));
    html.add(around, List.of(inner.parent()));
    String out = html.html(List.of(fig, first, around));
    assertFalse(out.contains("Advertisement"), out);
    assertTrue(out.startsWith("<figure><img src=\"https://news.example/a.jpg\" alt=\"A lane\">"), out);
    assertEquals(1, out.split("The lane opens in May\\.</p>", -1).length - 1, "the inner paragraph's markup once: " + out);
    assertTrue(out.endsWith("<p>The lane opens in May. and more text around it</p>"), out);
  }
}
