package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.Article;
import org.junit.jupiter.api.Test;

/**
 * What joins the body from beside its container and what leaves it from inside: a paragraph in a box of its own, like
 * sections nested deeper than a score reaches; label lines worded longer, author boxes, and sections of teaser links.
 */
class BodySectionsTest {
  private static final String PARAGRAPHS =
      "<p>The council met on Tuesday evening to discuss the plan, which has been debated for months, and voted on it.</p>"
          + "<p>Residents had asked for more time, saying that the consultation was too short, and several spoke at length.</p>"
          + "<p>The mayor said the plan would go ahead, with changes to the timetable, the budget and the route of the line.</p>";

  private static Article extract(String html) {
    return ArticleExtractor.create().extract(html);
  }

  @Test
  void aParagraphInABoxOfItsOwnBesideTheBodyJoinsItAsABareParagraphWould() {
    String html = "<html><body><div class=\"wrap\"><h1>Council backs the tram plan</h1>"
        + "<div><p><strong>Even short stretches of track cost more than the whole bus network, and the city knows it.</strong></p></div>"
        + "<div>" + PARAGRAPHS.repeat(4) + "</div></div></body></html>";
    String body = extract(html).text();
    assertTrue(body.startsWith("Even short stretches of track cost more"), body);
  }

  @Test
  void aSectionOfTheBodysKindNestedDeeperInAnotherBoxJoinsIt() {
    String section = "<section class=\"textblock\"><div class=\"row\"><div class=\"col\">%s</div></div></section>";
    String html = "<html><body><main><div class=\"entry\">"
        + String.format(section, PARAGRAPHS.repeat(3))
        + "<section class=\"two-columns\"><div class=\"row\"><div class=\"main-column\"><div class=\"inner\">"
        + String.format(section, "<p>Why did the line take so long?</p><p>Because the money was promised twice and spent "
            + "once, on a bridge that nobody had asked for, said the engineer who drew the first plans.</p>")
        + "</div><div class=\"side-column\"></div></div></div></section>"
        + String.format(section, PARAGRAPHS.repeat(5))
        + "</div></main></body></html>";
    String body = extract(html).text();
    assertTrue(body.contains("Why did the line take so long?"), body);
    assertTrue(body.contains("a bridge that nobody had asked for"), body);
  }

  @Test
  void aLabelWordedLongerThanTheListedOneStaysOutWithTheLinksUnderIt() {
    String html = "<html><body><article><h1>Council backs the tram plan</h1>" + PARAGRAPHS
        + "<p><strong>Lesen Sie auch die folgenden Beiträge:</strong></p>"
        + "<p><a href=\"https://example.com/a\">Neue Straßenbahn für die Stadt</a></p>"
        + "<h2>Weitere Beiträge aus der Kolumne:</h2><ul><li><a href=\"https://example.com/b\">Wie die Linie geplant wurde</a></li></ul>"
        + PARAGRAPHS + "</article></body></html>";
    String body = extract(html).text();
    assertFalse(body.contains("Lesen Sie auch"), body);
    assertFalse(body.contains("Neue Straßenbahn"), body);
    assertFalse(body.contains("Weitere Beiträge"), body);
    assertFalse(body.contains("Wie die Linie"), body);
    assertTrue(body.contains("The mayor said the plan would go ahead"), body);
  }

  @Test
  void anAuthorBoxInsideTheArticleStaysOut() {
    String html = "<html><body><article><h1>Council backs the tram plan</h1>" + PARAGRAPHS
        + "<div class=\"post-author-box-wrap\"><p>Jane Doe writes about cities and the ways people get around them; "
        + "you can keep up with her on social media.</p></div></article></body></html>";
    String body = extract(html).text();
    assertFalse(body.contains("Jane Doe writes about cities"), body);
    assertTrue(body.contains("The mayor said the plan would go ahead"), body);
  }

  @Test
  void aHeadingOverNothingButTeaserLinksStaysOutWithThem() {
    String html = "<html><body><article><h1>Council backs the tram plan</h1>" + PARAGRAPHS
        + "<h2>Also on Example News</h2>"
        + "<p><a href=\"https://example.com/a\">Tram fares to rise next year</a></p>"
        + "<p><a href=\"https://example.com/b\">Ten things to know about the new depot</a></p>"
        + "<h2>What happens next</h2>" + PARAGRAPHS.replace("council", "committee") + "</article></body></html>";
    String body = extract(html).text();
    assertFalse(body.contains("Also on Example News"), body);
    assertFalse(body.contains("Tram fares to rise"), body);
    assertTrue(body.contains("What happens next"), body);
    assertTrue(body.contains("The committee met on Tuesday"), body);
    // One link paragraph under a heading is the author's ("Read the report"), and stays (under a heading that is no
    // teaser label: one link under "Also on …" is a teaser, which the link-list rules take out).
    String one = html.replace("<p><a href=\"https://example.com/b\">Ten things to know about the new depot</a></p>", "")
        .replace("Also on Example News", "The full report");
    assertTrue(extract(one).text().contains("Tram fares to rise"), extract(one).text());
  }

  @Test
  void theBylineUnderAStandfirstThatJoinedTheBodyIsStillTheByline() {
    String html = "<html><body><div class=\"wrap\"><h1>Council backs the tram plan</h1>"
        + "<div><p><strong>Even short stretches of track cost more than the whole bus network, and the city knows it: "
        + "the council voted for the tram all the same, after a debate that went on until well past midnight.</strong></p></div>"
        + "<div><p>By Jane Doe</p>" + PARAGRAPHS.repeat(4) + "</div></div></body></html>";
    Article a = extract(html);
    assertTrue(a.text().startsWith("Even short stretches of track cost more"), a.text());
    assertFalse(a.text().contains("By Jane Doe"), a.text());
    assertEquals("Jane Doe", a.authors().get(0).name());
  }
  @Test
  void sectionsThatPageBuildersWrapInBoxesWithNoOtherTextAllJoinTheBody() {
    // Each section of the article sits five boxes deep; the box around the longest one holds an image beside it and no
    // text of its own, so the sections beside that box's row are the body's siblings.
    String row = "<div class=\"row\"><div class=\"column\"><div class=\"inner\"><div class=\"wrapper\">"
        + "<div class=\"text-column\"><div class=\"wrapper\">%s</div></div>%s</div></div></div></div>";
    String html = "<html><body><div class=\"post\"><h1>Council backs the tram plan</h1>"
        + String.format(row, "<h2>How the vote went</h2><p>Twelve councillors voted for the plan and three against it, "
            + "after a debate that lasted well into the night.</p>", "")
        + String.format(row, PARAGRAPHS.repeat(4), "<figure><img src=\"https://example.com/tram.jpg\"></figure>")
        + "</div><div class=\"sidebar-box\"><p>Short note</p></div></body></html>";
    String body = extract(html).text();
    assertTrue(body.contains("Twelve councillors voted for the plan"), body);
    assertTrue(body.contains("The mayor said the plan would go ahead"), body);
  }

  @Test
  void cardsOfOtherStoriesWithTheirDatesLeaveTheBody() {
    String card = "<figure><img src=\"https://example.com/%1$s.jpg\"></figure>"
        + "<h5><a href=\"https://example.com/%1$s\">%2$s</a></h5><p>%3$s</p>";
    String html = "<html><body><article><h1>Council backs the tram plan</h1>"
        + "<p>The plan, first drawn up eleven years ago and redrawn twice since then, now has a budget, a route through the "
        + "old town and a date for the first works on the line.</p>" + PARAGRAPHS
        + String.format(card, "a", "Wie Daten in einer Pandemie helfen können", "27. Mai 2020")
        + String.format(card, "b", "Ein Algorithmus spielt die Pop-Musik durch", "24. Juni 2020")
        + "</article></body></html>";
    String body = extract(html).text();
    assertFalse(body.contains("Wie Daten in einer Pandemie"), body);
    assertFalse(body.contains("Ein Algorithmus spielt"), body);
    assertFalse(body.contains("Juni 2020"), body);
    assertTrue(body.contains("The mayor said the plan would go ahead"), body);
  }
  @Test
  void anAuthorsLongBiographyIsNotChosenOverAnArticleSplitIntoBoxes() {
    // The biography holds three long paragraphs, so pruning keeps it; the article's paragraphs each sit in a box of
    // their own and score less together than the biography's container does.
    String section = "<div class=\"text-column\"><div class=\"wrapper\"><p>%s</p></div></div>";
    StringBuilder article = new StringBuilder("<div class=\"wrapper\">");
    for (int i = 1; i <= 8; i++) {
      article.append(String.format(section, "Gift number " + i + ": a lamp, a blanket or a cushion, chosen for a friend "
          + "as one would choose it for oneself."));
    }
    article.append("</div>");
    String bio = "<p>I am Jane, a writer from Berlin, mother of two, founder of this magazine and, before that, of a "
        + "fashion blog that ran for years; I love design, music and long walks, and I still cannot speak French.</p>";
    String html = "<html><body><div class=\"post\"><h1>A cosy gift guide</h1>" + article
        + "<div class=\"author-bio\"><div class=\"author-description\">" + bio.repeat(4) + "</div></div></div>"
        + "</body></html>";
    String body = extract(html).text();
    assertTrue(body.contains("Gift number 1: a lamp"), body);
    assertTrue(body.contains("Gift number 8: a lamp"), body);
    assertFalse(body.contains("I am Jane, a writer from Berlin"), body);
  }

  @Test
  void aSidebarsLongAboutMeBoxIsNotChosenOverAShortPost() {
    // Three long paragraphs keep the sidebar through pruning, and they outscore a post of a few lines.
    String about = "<p>I have written copy for agencies in this city for nineteen years, for banks, airlines, "
        + "carmakers and, once, a funeral home; I hate open-plan offices, awards shows and most of what I wrote.</p>";
    String html = "<html><body><div id=\"content\"><div id=\"sidebar\"><div id=\"profile-container\">"
        + about.repeat(3) + "</div><h2>Archive</h2><ul>"
        + "<li><a href=\"/2012/10\">October 2012, the month of the election and of the storm</a></li>".repeat(12)
        + "</ul></div>"
        + "<div id=\"primary\"><div><h3>The five best posts of the week</h3>"
        + "<p>The best subway poster of the year, and a rejection letter worth framing, are both here this week.</p>"
        + "<p>Also: a singer who sings to his cat, a museum's billboards, and the most useless machines in a gym.</p>"
        + "<p>posted by the editor at 6:01 PM</p></div></div></div></body></html>";
    String body = extract(html).text();
    assertTrue(body.contains("The best subway poster of the year"), body);
    assertFalse(body.contains("I have written copy for agencies"), body);
  }

  @Test
  void aMainColumnWhoseClassSaysItHasASidebarStaysTheBody() {
    // "has-sidebar" and "main-with-right-sidebar" describe the layout around the column, not the column itself.
    String teaser = "<div class=\"bubble\"><p>A friend's blog about soap, slow living and the first year of a new job, "
        + "with recipes, photographs and long letters to readers.</p></div>";
    for (String cls : new String[] {"layout layout--has-sidebar", "w-main-with-right-sidebar", "one-sidebar"}) {
      String html = "<html><body><div class=\"page\"><div class=\"" + cls + "\"><article class=\"post\">"
          + "<h1>Council backs the tram plan</h1>" + PARAGRAPHS.repeat(3) + "</article></div>"
          + "<div class=\"follow\">" + teaser.repeat(4) + "</div></div></body></html>";
      String body = extract(html).text();
      assertTrue(body.contains("The mayor said the plan would go ahead"), cls + ": " + body);
      assertFalse(body.contains("A friend's blog about soap"), cls + ": " + body);
    }
  }

  @Test
  void anArticlePrintedRowAfterRowOfALayoutTableKeepsItsLaterRows() {
    // Each row's cell holds its section in a font box; a note row with a spacer cell stands between them, so the
    // best box's cell is no row of its own and the later section was lost.
    String section = "<font size=\"3\">%s</font>";
    String first = "<p>The average energy of the particles in a liquid is governed by the temperature, and some escape.</p>"
        + "<p>Some of the more energetic particles on the surface can move fast enough to escape, and they evaporate.</p>";
    String later = "<p>If you squirt a few drops of liquid into the tube, it will rise, and some of it will evaporate.</p>"
        + "<p>The saturated vapour pressure of the liquid will force the mercury down, and you can measure the drop.</p>";
    String html = "<html><body><center><table>"
        + "<tr><td colspan=\"2\"><font size=\"5\"><p><b>AN INTRODUCTION TO VAPOUR PRESSURE</b></p></font>"
        + "<font size=\"3\"><p>This page looks at how a liquid and its vapour reach an equilibrium.</p></font>"
        + String.format(section, first.repeat(5)) + "</td></tr>"
        + "<tr><td width=\"90\"></td><td><font size=\"2\"><p>Note: this experiment is easier to talk about than to do.</p>"
        + "</font></td></tr>"
        + "<tr><td colspan=\"2\">" + String.format(section, later.repeat(3))
        + "<font size=\"4\"><p><b>The variation of vapour pressure with temperature</b></p></font>"
        + String.format(section, later.replace("tube", "flask").repeat(2)) + "</td></tr>"
        + "</table></center></body></html>";
    String body = extract(html).text();
    assertTrue(body.contains("some escape"), body);
    assertTrue(body.contains("it will rise, and some of it will evaporate"), body);
  }

  /** A recipe's ingredients as the rows of a table, closing the table and its box. */
  private static final String INGREDIENT_ROWS = "<tr><td>250 g</td><td>flour</td></tr><tr><td>125 g</td><td>butter, soft</td></tr>"
      + "<tr><td>1 kg</td><td>plums, stoned and halved</td></tr><tr><td>1 tsp</td><td>cinnamon</td></tr></table></article>";

  /** A recipe's method in a box of its own. */
  private static final String METHOD_BOX = "<article class=\"box\"><h2>Method</h2>"
      + "<p>Rub the flour, the sugar and the butter together with your fingers until the mixture looks like crumbs, "
      + "then press two thirds of it into a greased tin, pushing it up the sides a little.</p>"
      + "<p>Lay the plums on the base, cut side up and close together, sprinkle them with the cinnamon, and scatter "
      + "the rest of the crumble over them, so that some of the fruit still shows through.</p>"
      + "<p>Bake for about forty minutes at 180 degrees, until the crumble is golden, and let the cake cool in the tin, "
      + "since it breaks easily while it is still warm.</p></article>";

  @Test
  void aRecipesIngredientsInABoxBesideTheMethodJoinTheBody() {
    // The ingredients are a table of short cells in a box of their own, beside the box of the method's prose: they
    // score too little to join it, yet without them the recipe cannot be cooked. The box of other recipes stays out.
    String html = "<html><body><main class=\"page\">"
        + "<article class=\"box recipe-header\"><h1>Plum cake with crumble</h1><p>A cake for late summer.</p></article>"
        + "<article class=\"box recipe-ingredients\"><h2>Ingredients</h2><table>"
        + INGREDIENT_ROWS
        + METHOD_BOX
        + "<aside class=\"box\"><h2>More cakes</h2><a href=\"/apple\">Apple cake</a> <a href=\"/pear\">Pear tart</a></aside>"
        + "</main></body></html>";
    String body = extract(html).text();
    assertTrue(body.contains("Rub the flour, the sugar and the butter"), body);
    assertTrue(body.contains("plums, stoned and halved"), body);
    assertTrue(body.contains("butter, soft"), body);
    assertFalse(body.contains("Pear tart"), body);
  }

  @Test
  void aBoxNamedLikeARecipesPartBesideANewsStoryStaysOut() {
    // "preparation" and "ingredient" name other things on a news page (getting ready for a storm, a shop's product
    // feature): with nothing saying the page is a recipe, such a box is no part of the story.
    for (String box : java.util.List.of("storm-preparation", "exam-preparation", "ingredient-spotlight")) {
      String body = extract(stormStoryBeside(box, "")).text();
      assertTrue(body.contains("sandbags"), body);
      assertFalse(body.contains("keep a torch"), box + ": " + body);
    }
  }

  /** A recipe whose ingredients box only "ingredients" names, beside its method: a recipe only if the page says so. */
  private static final String BARELY_NAMED_RECIPE =
      "<article class=\"box\"><h1>Plum cake with crumble</h1><p>A cake for late summer.</p></article>"
          + "<article class=\"box ingredients\"><h2>Ingredients</h2><table>" + INGREDIENT_ROWS + METHOD_BOX;

  @Test
  void aRecipePageNamedInItsMicrodataLetsABarelyNamedIngredientsBoxJoin() {
    String html = "<html><body><main class=\"page\" itemscope itemtype=\"https://schema.org/Recipe\">"
        + BARELY_NAMED_RECIPE + "</main></body></html>";
    String body = extract(html).text();
    assertTrue(body.contains("plums, stoned and halved"), body);
    String plain = extract(html.replace("schema.org/Recipe", "schema.org/NewsArticle")).text();
    assertFalse(plain.contains("plums, stoned and halved"), "no recipe sign: " + plain);
  }

  @Test
  void aRecipePageNamedInItsJsonLdLetsABarelyNamedIngredientsBoxJoin() {
    String html = "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
        + "\"@type\":\"Recipe\",\"name\":\"Plum cake with crumble\"}</script></head><body><main class=\"page\">"
        + BARELY_NAMED_RECIPE + "</main></body></html>";
    String body = extract(html).text();
    assertTrue(body.contains("Rub the flour"), body);
    assertTrue(body.contains("plums, stoned and halved"), body);
    String plain = extract(html.replace("\"Recipe\"", "\"NewsArticle\"")).text();
    assertTrue(plain.contains("Rub the flour"), "no recipe sign: " + plain);
    assertFalse(plain.contains("plums, stoned and halved"), "no recipe sign: " + plain);
  }

  @Test
  void aRecipeThatANewsPagesJsonLdOnlyListsIsNoRecipeSign() {
    String body = extract(stormStoryBeside("storm-preparation", "<script type=\"application/ld+json\">{\"@context\":"
        + "\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Storm shelters open\",\"hasPart\":{\"@type\":"
        + "\"ItemList\",\"itemListElement\":[{\"@type\":\"Recipe\",\"name\":\"Storm-day soup\"}]}}</script>")).text();
    assertTrue(body.contains("sandbags"), body);
    assertFalse(body.contains("keep a torch"), body);
  }

  /** A news story about a storm, {@code head} in the page's head, and beside the story a box of tips named {@code box}. */
  private static String stormStoryBeside(String box, String head) {
    return "<html><head>" + head + "</head><body><main><div class=story><p>" + STORM_1 + "</p><p>" + STORM_2 + "</p><p>"
        + STORM_3 + "</p></div><div class=\"" + box + "\"><p>Clear your gutters, charge your phone and keep a torch by "
        + "the door.</p></div></main></body></html>";
  }

  private static final String STORM_1 = "The council opened three shelters on Thursday evening as the storm moved up the "
      + "coast, and volunteers filled sandbags in the car park of the town hall until after midnight.";
  private static final String STORM_2 = "Residents of the low streets near the river were asked to move their cars to "
      + "higher ground, and the schools will stay closed on Friday while the water is expected to rise.";
  private static final String STORM_3 = "The forecasters said the wind would ease by Saturday morning, but warned that "
      + "the rain could go on for another day and that the river might not crest before Sunday.";
}
