package dev.newskit.html;

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
import dev.newskit.html.internal.ElementText;
import dev.newskit.html.internal.HtmlTags;
import dev.newskit.html.internal.Images;
import dev.newskit.html.internal.Nodes;
import dev.newskit.html.internal.Texts;
import dev.newskit.html.internal.Urls;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * Turns the body's elements into typed {@link Block}s in reading order: paragraphs (with their links),
 * headings, quotes, lists, figures with captions and credits, data tables and embeds. Walks with an
 * explicit stack, so deep nesting cannot overflow.
 */
final class BlockBuilder {
  private static final Evaluator CITE = QueryParser.parse("cite, footer");
  private static final Evaluator IMG = QueryParser.parse("img");
  private static final Evaluator FIGCAPTION = QueryParser.parse("figcaption");
  private static final Evaluator FRAME = QueryParser.parse("iframe, video");
  private static final Evaluator CAPTION = QueryParser.parse("caption");
  private static final Evaluator ROW = QueryParser.parse("tr");
  private static final Evaluator CELL = QueryParser.parse("td");
  private static final Evaluator TABLE = QueryParser.parse("table");
  private static final Evaluator TEXT_BLOCK = QueryParser.parse("p, div, ul, ol");
  private static final Evaluator TEXT_FIGURE_CONTENT = QueryParser.parse("table, blockquote, pre");
  private static final Evaluator SOURCE_WITH_SRC = QueryParser.parse("source[src]");
  private static final Pattern EMBED_HOSTS = Pattern.compile(
      "(?i)^https?://(?:www\\.|m\\.|player\\.|w\\.)?(youtube\\.com|youtube-nocookie\\.com|youtu\\.be|vimeo\\.com|"
          + "twitter\\.com|x\\.com|instagram\\.com|facebook\\.com|tiktok\\.com|soundcloud\\.com|spotify\\.com|"
          + "dailymotion\\.com|streamable\\.com|flourish\\.studio|datawrapper\\.dwcdn\\.net|google\\.com/maps)");

  private final List<Block> blocks = new ArrayList<>();
  /** The text of the paragraph being read (see {@link #inline} and {@link #inlineRun}). */
  private final Concatenation runText = new Concatenation();
  /** How many blocks there were when the first comment section was skipped; -1 while none was. */
  private int commentsAt = -1;
  /** Runs of inline content to be read as one paragraph, by their first node (see {@link #withInlineRuns}). */
  private final Map<Node, List<Node>> inlineRuns = new IdentityHashMap<>();
  /** The paragraphs built from a {@code p} element, with it: the author's own lines, even when one is all link. */
  private final Map<Block, Element> paragraphOf = new IdentityHashMap<>();
  /** The element each block was built from (for text read outside any element of its own, the element around it). */
  private final Map<Block, Element> elementOf = new IdentityHashMap<>();
  /** The nodes each block was read from: its element, its text node, or the run of inline nodes it joins. */
  private final Map<Block, List<Node>> nodesOf = new IdentityHashMap<>();
  /** Whether boxes of links inside the body are left out (see {@link #isBoxOfLinks}). */
  private boolean dropsBoxesOfLinks;
  private final List<Element> roots;
  private final ExtractionRecorder recorder;
  private final ExtractionFocus focus;
  /** The body's index, which says which elements hold a block or an image. */
  private final TextStats stats;

  private BlockBuilder(List<Element> roots, TextStats stats, ExtractionFocus focus, ExtractionRecorder recorder) {
    this.roots = roots;
    this.stats = stats;
    this.focus = focus;
    this.recorder = recorder;
  }

  /** The blocks of {@code roots}, which must lie inside the subtree {@code stats} indexed, unchanged since. */
  static List<Block> build(List<Element> roots, TextStats stats) {
    return build(roots, stats, ExtractionFocus.BALANCED, ExtractionRecorder.NONE);
  }

  /**
   * Like {@link #build(List, TextStats)}, with {@code focus} deciding whether link-heavy blocks stay, telling
   * {@code recorder} which node made each block and which made none.
   */
  static List<Block> build(List<Element> roots, TextStats stats, ExtractionFocus focus, ExtractionRecorder recorder) {
    return buildBody(roots, stats, focus, recorder).blocks();
  }

  /**
   * The blocks of a body and where the first comment section the body skips stood among them ({@code
   * blocks.size()} when there is none): what follows the comments is the page's furniture, not the article.
   */
  record Body(List<Block> blocks, int commentsAt, Map<Block, Element> paragraphOf,
      Map<Block, Element> elementOf, Map<Block, List<Node>> nodesOf) {}

  /** Like {@link #build(List, TextStats, ExtractionFocus, ExtractionRecorder)}, telling where comments were skipped. */
  static Body buildBody(List<Element> roots, TextStats stats, ExtractionFocus focus, ExtractionRecorder recorder) {
    BlockBuilder b = new BlockBuilder(roots, stats, focus, recorder);
    b.dropsBoxesOfLinks = focus != ExtractionFocus.RECALL && !isPageOfLinkBoxes(roots, stats);
    Deque<Node> stack = new ArrayDeque<>();
    for (int i = roots.size() - 1; i >= 0; i--) stack.push(roots.get(i));
    while (!stack.isEmpty()) b.visit(stack.pop(), stack);
    return new Body(b.blocks, b.commentsAt < 0 ? b.blocks.size() : b.commentsAt, b.paragraphOf, b.elementOf, b.nodesOf);
  }

  /**
   * Whether the boxes of links inside {@code roots} hold half of their text or more: on a page of links (a
   * directory, a listing of reviews) they are the content.
   */
  private static boolean isPageOfLinkBoxes(List<Element> roots, TextStats stats) {
    int all = 0;
    int boxed = 0;
    // The sum does not depend on the order of the walk: children are pushed from the child nodes as they stand,
    // without the list that children() copies for each element.
    Deque<Element> stack = new ArrayDeque<>();
    for (Element root : roots) {
      all += stats.text(root);
      pushChildren(root, stack);
    }
    while (!stack.isEmpty()) {
      Element e = stack.pop();
      if (isBoxOfLinks(e, stats)) {
        boxed += stats.text(e);
      } else if (stats.holdsBlock(e)) {
        pushChildren(e, stack);
      }
    }
    return boxed * 2 >= all;
  }

  private static void pushChildren(Element e, Deque<Element> stack) {
    for (int i = 0, n = e.childNodeSize(); i < n; i++) if (e.childNode(i) instanceof Element child) stack.push(child);
  }

  private void visit(Node node, Deque<Node> stack) {
    int before = blocks.size();
    List<Node> run = inlineRuns.remove(node);
    if (run != null) {
      inlineRun(run);
    } else {
      visitNode(node, stack);
      for (int i = before; i < blocks.size(); i++) recorder.built(node, blocks.get(i));
    }
    Element from = node instanceof Element e ? e : node.parent() instanceof Element parent ? parent : null;
    if (from != null) for (int i = before; i < blocks.size(); i++) elementOf.put(blocks.get(i), from);
    if (blocks.size() > before) {
      List<Node> nodes = run != null ? run : List.of(node);
      for (int i = before; i < blocks.size(); i++) nodesOf.put(blocks.get(i), nodes);
    }
  }

  private void visitNode(Node node, Deque<Node> stack) {
    if (node instanceof TextNode) {
      paragraphs(((TextNode) node).text(), List.of());
      return;
    }
    if (!(node instanceof Element)) return;
    Element e = (Element) node;
    if (!roots.contains(e) && (Vocabulary.isBoilerplateBox(e) && !holdsMostOfTheBody(e) || isSmallCamelCaseBox(e))) {
      if (commentsAt < 0 && stats.text(e) >= 50 && (Vocabulary.isCommentBox(e) || Vocabulary.isCamelCaseCommentBox(e))) {
        commentsAt = blocks.size();
      }
      recorder.skipped(e, Explanation.Reason.BOILERPLATE_CLASS);
      return;
    }
    if (dropsBoxesOfLinks && !roots.contains(e) && isBoxOfLinks(e, stats)) {
      recorder.skipped(e, Explanation.Reason.LINK_DENSITY);
      return;
    }
    String tag = e.normalName();
    switch (tag) {
      case "p":
        if (holdsTable(e)) break;
        if (focus == ExtractionFocus.PRECISION && isLinkHeavy(e)) {
          recorder.skipped(e, Explanation.Reason.LINK_DENSITY);
          return;
        }
        int first = blocks.size();
        inline(e);
        for (Block built : blocks.subList(first, blocks.size())) paragraphOf.put(built, e);
        if (stats.mayHoldImage(e)) {
          for (Element img : e.getElementsByTag("img")) figure(img, Optional.empty(), Optional.empty());
        }
        return;
      case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": {
        String text = Texts.normalise(e.text());
        if (!text.isEmpty()) blocks.add(new Heading(tag.charAt(1) - '0', text, links(e)));
        return;
      }
      case "blockquote":
        quote(e);
        return;
      case "ul": case "ol":
        list(e, tag.equals("ol"));
        return;
      case "figure":
        if (isFigureOfText(e)) break;
        figureElement(e);
        return;
      case "picture":
        figureElement(e);
        return;
      case "img":
        if (!Images.isTiny(e)) figure(e, Optional.empty(), Optional.empty());
        else recorder.skipped(e, Explanation.Reason.TINY_IMAGE);
        return;
      case "table":
        if (isDataTable(e)) {
          if (isTableOfLinks(e)) {
            recorder.skipped(e, Explanation.Reason.LINK_DENSITY);
            return;
          }
          table(e);
          return;
        }
        break;
      case "iframe": case "video": case "embed":
        embed(e);
        return;
      case "pre": {
        String text = e.wholeText().strip();
        if (!text.isEmpty()) blocks.add(new Paragraph(text, links(e)));
        return;
      }
      case "br": case "hr": case "figcaption":
        return;
      default:
        break;
    }
    if (!hasBlockDescendant(e)) {
      if (isLinkLine(e)) {
        recorder.skippedLine(List.of(e), Explanation.Reason.LINK_DENSITY);
        return;
      }
      inline(e);
      return;
    }
    List<Node> children = withInlineRuns(Arrays.asList(Nodes.childNodeArray(e)));
    for (int i = children.size() - 1; i >= 0; i--) stack.push(children.get(i));
  }

  /**
   * The children to visit, where a run of text mixed with inline elements between two blocks ({@code Apparently
   * <a>the game</a> was …}) stands as its first node, registered in {@link #inlineRuns}: the run is one paragraph,
   * so that no link or span inside a sentence is taken for a line of its own (and dropped as a link line).
   */
  private List<Node> withInlineRuns(List<Node> children) {
    List<Node> out = null;
    int start = 0;
    for (int i = 0; i <= children.size(); i++) {
      if (i < children.size() && isInline(children.get(i))) continue;
      if (isMixedRun(children, start, i)) {
        if (out == null) out = new ArrayList<>(children.subList(0, start));
        out.add(children.get(start));
        inlineRuns.put(children.get(start), children.subList(start, i));
      } else if (out != null) {
        out.addAll(children.subList(start, i));
      }
      if (out != null && i < children.size()) out.add(children.get(i));
      start = i + 1;
    }
    return out == null ? children : out;
  }

  private boolean isInline(Node n) {
    if (n instanceof TextNode) return true;
    return n instanceof Element c && (HtmlTags.isInline(c.normalName()) || c.normalName().equals("br"))
        && !stats.holdsReadingBlock(c);
  }

  /** Whether {@code children[from, to)} holds both words of its own and an inline element with text. */
  private static boolean isMixedRun(List<Node> children, int from, int to) {
    boolean text = false;
    boolean element = false;
    for (int i = from; i < to; i++) {
      Node n = children.get(i);
      if (n instanceof TextNode t) text |= !t.isBlank();
      else element |= n instanceof Element c && !c.normalName().equals("br") && c.hasText();
    }
    return text && element;
  }

  /** One paragraph (or several, at double line breaks) from a run of text and inline elements. */
  private void inlineRun(List<Node> run) {
    runText.clear();
    List<Link> links = new ArrayList<>();
    int shown = 0;
    int linked = 0;
    for (Node n : run) {
      NodeTraversor.traverse(runText, n);
      if (n instanceof TextNode t) {
        shown += Texts.visibleChars(t.getWholeText());
      } else if (n instanceof Element c) {
        links.addAll(links(c));
        int s = stats.shownChars(c);
        shown += s;
        linked += (int) Math.round(s * stats.linkDensity(c));
      }
    }
    if (focus != ExtractionFocus.RECALL && linked * 10 >= shown * 9 && shown < 100) {
      recorder.skippedLine(run, Explanation.Reason.LINK_DENSITY);
      return;
    }
    int before = blocks.size();
    paragraphs(runText.toString(), links);
    for (Node n : run) tellBuilt(n, before);
  }

  /**
   * Tells the recorder which of the paragraphs built since {@code before} hold {@code n}'s text: a run split at
   * double line breaks makes several, and a node is not kept because another part of its run is. A node whose
   * text no single paragraph holds (it spans a break) is told every one.
   */
  private void tellBuilt(Node n, int before) {
    String own = Texts.normalise(n instanceof TextNode t ? t.text() : n instanceof Element e ? e.text() : "");
    boolean told = false;
    if (!own.isEmpty() && blocks.size() - before > 1) {
      for (int b = before; b < blocks.size(); b++) {
        if (blocks.get(b).text().contains(own)) {
          recorder.built(n, blocks.get(b));
          told = true;
        }
      }
    }
    if (!told) for (int b = before; b < blocks.size(); b++) recorder.built(n, blocks.get(b));
  }

  /** A box named as boilerplate in camelCase that holds under a third of the body's text (not its wrapper). */
  private boolean isSmallCamelCaseBox(Element e) {
    if (!Vocabulary.isCamelCaseBoilerplateBox(e)) return false;
    int all = 0;
    for (Element root : roots) all += stats.text(root);
    return stats.text(e) * 3 < all;
  }

  /** Paragraphs from an element with only inline content; a double line break starts a new paragraph. */
  private void inline(Element e) {
    runText.clear();
    NodeTraversor.traverse(runText, e);
    paragraphs(runText.toString(), links(e));
  }

  /**
   * The raw text of a run of inline content as a walk over it meets it, a line break for each {@code br}: its texts
   * joined, copied only when there are two or more (most paragraphs are one text node), in one builder that every
   * paragraph of the body reuses.
   */
  private static final class Concatenation implements NodeVisitor {
    private final StringBuilder joined = new StringBuilder(256);
    private String first = "";
    private boolean several;

    void clear() {
      first = "";
      several = false;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode) {
        add(((TextNode) node).getWholeText());
      } else if (node instanceof Element && ((Element) node).normalName().equals("br")) {
        add("\n");
      }
    }

    private void add(String s) {
      if (several) {
        joined.append(s);
      } else if (first.isEmpty()) {
        first = s;
      } else {
        joined.setLength(0);
        joined.append(first).append(s);
        several = true;
      }
    }

    @Override
    public String toString() {
      return several ? joined.toString() : first;
    }
  }

  private void paragraphs(String raw, List<Link> links) {
    if (raw.indexOf('\n') < 0) {
      paragraph(raw, links);
      return;
    }
    // Split at the pattern \n\s*\n, scanned in place: a break runs from a line feed to the last line feed of the
    // whitespace (\s) that follows it, and the text between breaks is a paragraph (empty ones are skipped anyway).
    int start = 0;
    for (int i = raw.indexOf('\n'); i >= 0; ) {
      int lastFeed = -1;
      int j = i + 1;
      for (; j < raw.length() && isRegexSpace(raw.charAt(j)); j++) if (raw.charAt(j) == '\n') lastFeed = j;
      if (lastFeed < 0) {
        i = raw.indexOf('\n', j);
        continue;
      }
      paragraph(raw.substring(start, i), links);
      start = lastFeed + 1;
      i = raw.indexOf('\n', start);
    }
    paragraph(start == 0 ? raw : raw.substring(start), links);
  }

  /** Whether {@code c} is what {@code \s} matches in a Java pattern without flags. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private void paragraph(String part, List<Link> links) {
    String text = Texts.normalise(part);
    if (text.isEmpty()) return;
    List<Link> inPart = links.isEmpty() ? List.of() : new ArrayList<>();
    for (Link l : links) if (text.contains(l.text())) inPart.add(l);
    blocks.add(new Paragraph(text, inPart));
  }

  private void quote(Element e) {
    String cls = e.className().toLowerCase(Locale.ROOT);
    if (cls.contains("twitter-tweet") || cls.contains("instagram-media") || cls.contains("tiktok-embed")) {
      for (Element a : e.getElementsByTag("a")) {
        String href = Urls.absUrl(a, "href");
        if (EMBED_HOSTS.matcher(href).find() && (href.contains("/status/") || href.contains("/p/") || href.contains("/video/"))) {
          blocks.add(new Embed(provider(href), URI.create(href), Optional.of(Texts.normalise(e.text())).filter(s -> !s.isEmpty())));
          return;
        }
      }
    }
    Element cite = e.selectFirst(CITE);
    Optional<String> attribution = cite == null ? Optional.empty()
        : Optional.of(Texts.normalise(cite.text())).filter(s -> !s.isEmpty());
    // A quote set in a figure of its own may be attributed in the figure's caption ("— Ada Lovelace").
    if (attribution.isEmpty()) attribution = textFigureCaption(e).map(c -> LEADING_DASHES.matcher(c).replaceFirst(""));
    String text = Texts.normalise(e.text());
    if (attribution.isPresent() && text.endsWith(attribution.get())) {
      text = text.substring(0, text.length() - attribution.get().length()).strip();
      text = text.replaceAll("[\\s—–-]+$", "");
    }
    if (!text.isEmpty()) blocks.add(new Quote(text, attribution, links(e)));
  }

  private void list(Element e, boolean ordered) {
    List<String> items = new ArrayList<>();
    // Text the markup puts straight into the list, outside any item (a div, a server's warning), is still
    // on the page: it becomes an item of its own rather than vanishing.
    for (int i = 0, n = e.childNodeSize(); i < n; i++) {
      Node child = e.childNode(i);
      String text = child instanceof Element item ? Texts.normalise(item.text())
          : child instanceof TextNode loose ? Texts.normalise(loose.text()) : "";
      if (!text.isEmpty()) items.add(text);
    }
    if (items.isEmpty()) return;
    // A list that is nothing but links is navigation or related stories, not text.
    if (items.size() >= 3 && stats.linkDensity(e) > focus.maxBlockLinkDensity) {
      recorder.skipped(e, Explanation.Reason.LINK_DENSITY);
      return;
    }
    blocks.add(new ListBlock(ordered, items, links(e)));
  }

  /**
   * Whether {@code e}, a {@code figure}, sets text rather than a picture: a data table, a quote or preformatted text (a
   * block editor's table, pull quote, embedded post or code) with no image or frame in it. It is read as what it holds,
   * its caption naming the table or the quote's source ({@link #textFigureCaption}).
   */
  private static boolean isFigureOfText(Element e) {
    return e.selectFirst(TEXT_FIGURE_CONTENT) != null && e.selectFirst(IMG) == null && e.selectFirst(FRAME) == null;
  }

  /**
   * The caption of the figure of text ({@link #isFigureOfText}) that sets {@code e}, a table or a quote, as its one
   * content; empty when {@code e} is in no such figure or the figure has no caption.
   */
  private static Optional<String> textFigureCaption(Element e) {
    Element figure = e.parent();
    if (figure == null || !figure.normalName().equals("figure") || figure.selectFirst(TEXT_FIGURE_CONTENT) != e) {
      return Optional.empty();
    }
    for (Element c : figure.children()) {
      if (c.normalName().equals("figcaption")) return Optional.of(Texts.normalise(c.text())).filter(t -> !t.isEmpty());
    }
    return Optional.empty();
  }

  private static final Pattern LEADING_DASHES = Pattern.compile("^[\\s—–-]+");

  private void figureElement(Element e) {
    Element img = e.selectFirst(IMG);
    Element caption = e.selectFirst(FIGCAPTION);
    Optional<String> credit = Optional.empty();
    Optional<String> captionText = Optional.empty();
    if (caption != null) {
      Element creditEl = null;
      for (Element c : caption.getAllElements()) {
        if (c != caption && Vocabulary.CREDIT_FRAGMENTS.in(c.className())) {
          creditEl = c;
          break;
        }
      }
      String all = Texts.normalise(caption.text());
      if (creditEl != null) {
        credit = Optional.of(CaptionCredit.name(creditEl.text())).filter(s -> !s.isEmpty());
        all = Texts.normalise(all.replace(creditEl.text(), ""));
      }
      if (credit.isEmpty()) {
        CaptionCredit printed = CaptionCredit.of(all);
        credit = printed.credit();
        captionText = printed.caption();
      } else {
        captionText = Optional.of(all).filter(s -> !s.isEmpty());
      }
    }
    if (img != null) {
      figure(img, captionText, credit);
    } else {
      Element frame = e.selectFirst(FRAME);
      if (frame != null) embed(frame);
    }
  }

  private void figure(Element img, Optional<String> caption, Optional<String> credit) {
    Optional<Image> image = Images.of(img);
    if (image.isEmpty()) return;
    Image.Builder b = image.get().toBuilder();
    caption.ifPresent(b::caption);
    credit.ifPresent(b::credit);
    blocks.add(new Figure(b.build()));
  }

  private static boolean isDataTable(Element table) {
    if ("presentation".equals(table.attr("role"))) return false;
    if (!table.select("table table").isEmpty()) return false;
    if (!table.getElementsByTag("th").isEmpty() || table.selectFirst(CAPTION) != null) return true;
    int rows = table.select(ROW).size();
    int maxCols = 0;
    for (Element tr : table.select(ROW)) maxCols = Math.max(maxCols, tr.select(CELL).size());
    return rows >= 2 && maxCols >= 2 && table.select(TEXT_BLOCK).size() < rows;
  }

  /**
   * A table of two rows or more whose text is links as a list of links is (as {@link #list} judges it): headlines of
   * other stories, an archive's months, laid out in cells. Recall keeps it.
   */
  private boolean isTableOfLinks(Element table) {
    return table.select(ROW).size() >= 2 && stats.linkDensity(table) > focus.maxBlockLinkDensity;
  }

  private void table(Element table) {
    Element captionEl = table.selectFirst(CAPTION);
    Optional<String> caption = captionEl == null ? textFigureCaption(table)
        : Optional.of(Texts.normalise(captionEl.text())).filter(s -> !s.isEmpty());
    List<String> header = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (Element tr : table.select(ROW)) {
      List<String> cells = new ArrayList<>();
      boolean allTh = true;
      for (Element cell : tr.children()) {
        if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) continue;
        allTh &= cell.normalName().equals("th");
        cells.add(Texts.normalise(cell.text()));
      }
      if (cells.isEmpty()) continue;
      if (allTh && header.isEmpty() && rows.isEmpty()) {
        header = cells;
      } else {
        rows.add(cells);
      }
    }
    if (!header.isEmpty() || !rows.isEmpty()) blocks.add(new Table(caption, header, rows));
  }

  private void embed(Element e) {
    String src = Urls.absUrl(e, "src");
    if (src.isEmpty()) {
      Element source = e.selectFirst(SOURCE_WITH_SRC);
      if (source != null) src = Urls.absUrl(source, "src");
    }
    if (!EMBED_HOSTS.matcher(src).find()) {
      recorder.skipped(e, Explanation.Reason.UNKNOWN_EMBED);
      return;
    }
    try {
      String title = Texts.normalise(e.attr("title"));
      blocks.add(new Embed(provider(src), URI.create(src), Optional.of(title).filter(s -> !s.isEmpty())));
    } catch (IllegalArgumentException ignored) {
      // An address that is not a valid URI cannot be kept as an embed.
    }
  }

  private static String provider(String url) {
    String host = URI.create(url).getHost();
    if (host == null) return "web";
    host = host.toLowerCase(Locale.ROOT).replaceFirst("^(www|m|player|w)\\.", "");
    if (host.startsWith("youtu")) return "youtube";
    if (host.equals("x.com") || host.startsWith("twitter")) return "x";
    int dot = host.indexOf('.');
    return dot > 0 ? host.substring(0, dot) : host;
  }

  private static final Set<String> BOX_TAGS = Set.of("div", "section", "table", "td", "tr", "tbody");

  /**
   * A box inside the body that holds blocks of its own and is mostly links with little text beside them (under 200
   * characters): a sidebar of other stories, section links and sign-up offers set inside the article's container,
   * which the lines' own link density misses once its labels and teasers stand apart. Recall keeps it, and so
   * does a page of such boxes.
   */
  private static boolean isBoxOfLinks(Element e, TextStats stats) {
    if (!BOX_TAGS.contains(e.normalName()) || !stats.holdsBlock(e)) return false;
    int text = stats.text(e);
    double density = stats.linkDensity(e);
    // A syndicated story's notice links its agency's name and may be a box of its own.
    return density >= 0.4 && text * (1 - density) < 200
        && !Vocabulary.isWireNotice(ElementText.prefix(e, Vocabulary.MAX_WIRE_NOTICE + 1));
  }

  /** A paragraph that is mostly links ("Read more: …", a row of related headlines). */
  private boolean isLinkHeavy(Element p) {
    return ElementText.length(p) < 300 && stats.linkDensity(p) > focus.maxBlockLinkDensity;
  }

  /**
   * A short line outside any paragraph that is all link (a menu entry, a share button, a related headline in a
   * table cell): in a body it is navigation, not text. A {@code p} made of a link is the author's; recall keeps both.
   */
  private boolean isLinkLine(Element e) {
    return focus != ExtractionFocus.RECALL && stats.linkDensity(e) >= 0.9 && ElementText.length(e) < 100;
  }

  /**
   * Whether {@code e} holds most of the text of the body root it is in, and little of it in links: then it is the
   * article's own text box, whatever its class says (a collapsed "read more" wrapper around the whole story).
   * A comment thread never is.
   */
  private boolean holdsMostOfTheBody(Element e) {
    String tag = e.normalName();
    if (!(tag.equals("div") || tag.equals("section")) || Vocabulary.isCommentBox(e)) return false;
    for (Element root : roots) {
      if (ContentFinder.isInside(e, root)) {
        return stats.text(e) * 10 >= stats.text(root) * 6 && stats.linkDensity(e) < 0.3;
      }
    }
    return false;
  }

  /**
   * Whether a {@code p} holds a table: the parser leaves a paragraph open around a table in quirks mode ({@code
   * <p><table>} on an old page without a doctype), so the "paragraph" is a box of cells, each with its own lines and
   * paragraphs; it is read as a container, not joined into one paragraph with its sentences run together.
   */
  private boolean holdsTable(Element p) {
    return hasBlockDescendant(p) && p.selectFirst(TABLE) != null;
  }

  private boolean hasBlockDescendant(Element e) {
    return stats.holdsReadingBlock(e);
  }

  private List<Link> links(Element e) {
    // Most blocks hold no link with text: the index says so without collecting their links.
    if (!stats.mayHoldLinkText(e)) return List.of();
    List<Link> links = new ArrayList<>();
    // Visited in place, not gathered by a selector's stream first.
    Nodes.forEachElement(e, (a, depth) -> {
      if (a.attributesSize() == 0 || !a.normalName().equals("a")) return;
      String text = Texts.normalise(a.text());
      if (text.isEmpty()) return;
      // Resolving is the costly part: only for links that have text.
      String raw = a.attr("href");
      String href = raw.startsWith("https://") || raw.startsWith("http://") ? raw : Urls.absUrl(a, "href");
      if (!(href.regionMatches(true, 0, "http", 0, 4) || href.regionMatches(true, 0, "mailto:", 0, 7))) return;
      try {
        links.add(new Link(text, URI.create(href)));
      } catch (IllegalArgumentException ignored) {
        // Not a valid URI (spaces, bad escapes): the text stays, the link goes.
      }
    });
    return links;
  }
}
