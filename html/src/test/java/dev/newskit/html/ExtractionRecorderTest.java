package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.Article;
import dev.newskit.core.Block;
import dev.newskit.core.DateTextParser;
import dev.newskit.core.FieldSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.junit.jupiter.api.Test;

/**
 * {@link ExtractionRecorder}: what an extraction reports, and when, on a small hand-written page: the whole
 * page first, pruning before the container is chosen, every block of the body as it is built, the lines
 * lifted into fields and the candidates weighed; and recording does not change the article.
 */
class ExtractionRecorderTest {
  private static final String URL = "https://paper.example/news/ferry";
  private static final String PAGE = "<html><head><title>Ferry strike ends after two days</title></head><body>"
      + "<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav>"
      + "<article><h1>Ferry strike ends after two days</h1>"
      + "<p>The ferry crews returned to work on Thursday morning after the union and the operator agreed on a new "
      + "contract, ending a strike that had left thousands of commuters without a crossing for two days.</p>"
      + "<p>The operator said the first boats would leave at six, and that tickets bought for the cancelled "
      + "crossings would be honoured until the end of the month, or refunded at any of its offices.</p>"
      + "<p>The union said the new contract raises pay by four percent this year and limits night shifts, "
      + "which the crews had said were the main reason for the strike in the first place.</p>"
      + "</article><footer>Paper of the harbour town</footer></body></html>";

  /** A recorder that writes every call down as a line of text, and keeps the blocks the body was built from. */
  private static final class Lines implements ExtractionRecorder {
    final List<String> lines = new ArrayList<>();
    final List<Block> built = new ArrayList<>();
    final List<Block> leftOut = new ArrayList<>();

    @Override
    public void page(Document doc) {
      lines.add("page " + doc.select("nav").size());
    }

    @Override
    public void removed(Element e, Explanation.Reason reason) {
      lines.add("removed " + e.normalName() + " " + reason);
    }

    @Override
    public void container(List<Element> content) {
      lines.add("container " + content.stream().map(Element::normalName).toList());
    }

    @Override
    public void built(Node source, Block block) {
      lines.add("built " + source.nodeName());
      built.add(block);
    }

    @Override
    public void dropped(Block block, Explanation.Reason reason) {
      lines.add("dropped " + reason);
      leftOut.add(block);
    }

    @Override
    public void repeatsField(Block block) {
      lines.add("repeats");
      leftOut.add(block);
    }

    @Override
    public void lifted(Block block, String field) {
      lines.add("lifted " + field);
      leftOut.add(block);
    }

    @Override
    public void liftedLine(Element line, String field) {
      lines.add("line " + line.normalName() + " " + field);
    }

    @Override
    public void candidate(String field, String value, FieldSource source, boolean chosen, String note) {
      lines.add("candidate " + field + " " + value + " " + source + " " + chosen);
    }
  }

  private static Article run(ExtractionRecorder recorder) {
    HtmlLimits limits = HtmlLimits.defaults();
    Optional<String> url = Optional.of(URL);
    PageDates dates = new PageDates(DateTextParser.installed(), Optional.empty(), limits.maxDateChars());
    return new Extraction(Extraction.parse(PAGE, url, limits), url, limits, dates).recordingTo(recorder).run();
  }

  @Test
  void thePageComesFirstAndPruningBeforeTheContainer() {
    Lines r = new Lines();
    run(r);
    assertEquals("page 1", r.lines.get(0), "the whole page, its menu still in it: " + r.lines);
    assertEquals(1, r.lines.stream().filter(l -> l.startsWith("page")).count(), r.lines.toString());
    int container = r.lines.indexOf("container [article]");
    assertTrue(container > 0, "the article element is the container: " + r.lines);
    assertEquals(1, r.lines.stream().filter(l -> l.startsWith("container")).count(), r.lines.toString());
    int nav = r.lines.indexOf("removed nav " + Explanation.Reason.NAVIGATION);
    assertTrue(nav > 0 && nav < container, "the menu is pruned before the container is chosen: " + r.lines);
    assertTrue(r.lines.indexOf("built p") > container, "blocks are built from the container: " + r.lines);
  }

  @Test
  void theBodyIsTheBuiltBlocksLessThoseLeftOut() {
    Lines r = new Lines();
    Article article = run(r);
    assertEquals(3, article.body().size(), article.body().toString());
    List<Block> kept = new ArrayList<>(r.built);
    for (Block b : r.leftOut) assertTrue(kept.remove(b), "a block left out was built first: " + b);
    assertEquals(article.body(), kept);
    assertTrue(r.lines.contains("line h1 title") || r.lines.contains("repeats"), "the headline is read as the title: " + r.lines);
  }

  @Test
  void theChosenTitleIsReportedAsChosen() {
    Lines r = new Lines();
    Article article = run(r);
    assertEquals(Optional.of("Ferry strike ends after two days"), article.title());
    assertTrue(r.lines.stream().anyMatch(l -> l.startsWith("candidate title Ferry strike ends after two days ") && l.endsWith(" true")),
        r.lines.toString());
    assertTrue(r.lines.stream().filter(l -> l.startsWith("candidate title")).noneMatch(l -> l.endsWith(" true")
        && !l.startsWith("candidate title Ferry strike ends after two days ")), "no other title is chosen: " + r.lines);
  }

  @Test
  void recordingDoesNotChangeTheArticle() {
    assertEquals(run(ExtractionRecorder.NONE), run(new Lines()));
    assertEquals(run(ExtractionRecorder.NONE), ArticleExtractor.create().extract(PageInput.of(PAGE).withUrl(URL)));
  }
}
