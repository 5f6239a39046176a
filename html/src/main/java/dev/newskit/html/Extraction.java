package dev.newskit.html;

import dev.newskit.core.Article;
import dev.newskit.core.Author;
import dev.newskit.core.Block;
import dev.newskit.core.FieldSource;
import dev.newskit.core.Figure;
import dev.newskit.core.Heading;
import dev.newskit.core.Image;
import dev.newskit.core.Link;
import dev.newskit.core.ListBlock;
import dev.newskit.core.Paragraph;
import dev.newskit.core.ParsedDate;
import dev.newskit.core.TextDirection;
import dev.newskit.html.internal.HtmlTags;
import dev.newskit.html.internal.InputLimits;
import dev.newskit.html.internal.NotHtml;
import dev.newskit.html.internal.PageEdits;
import dev.newskit.html.internal.Texts;
import dev.newskit.html.internal.Urls;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** One extraction of one page: parse, read metadata, prepare, find the body, read printed fields, assemble. */
final class Extraction {
  private static final Evaluator ASIDE_OR_NAV = QueryParser.parse("aside, nav");
  private static final Evaluator WITH_LANG = QueryParser.parse("[lang]");
  private static final Evaluator WITH_DIR = QueryParser.parse("[dir]");
  private final Document doc;
  private final Optional<String> url;
  private final HtmlLimits limits;
  private final DateReader dates;
  private final Article.Builder article = Article.builder();
  private String bodyHtml = "";
  private boolean wantBodyHtml;
  private ExtractionRecorder recorder = ExtractionRecorder.NONE;
  private ExtractionFocus focus = ExtractionFocus.BALANCED;

  /** An extraction of {@code doc}, which it changes (it prunes boilerplate): give it a page of its own. */
  Extraction(Document doc, Optional<String> url, HtmlLimits limits, DateReader dates) {
    this.doc = doc;
    this.url = url;
    this.limits = limits;
    this.dates = dates;
  }

  /** Parses {@code html} within {@code limits}, refusing text that is not HTML. */
  static Document parse(String html, Optional<String> url, HtmlLimits limits) {
    InputLimits.check(limits, html);
    NotHtml.check(html);
    Parser parser = Parser.htmlParser().setMaxDepth(limits.maxDepth());
    Document doc = Jsoup.parse(html, url.orElse(""), parser);
    // jsoup takes the page's own <base href> as the base URI; a page must not choose where its links point.
    doc.setBaseUri(url.orElse(""));
    return doc;
  }

  Article run() {
    PageIndex index = new PageIndex(doc);
    if (index.elements > limits.maxElements()) {
      throw new HtmlLimitException("maxElements", index.elements, limits.maxElements());
    }

    Optional<Locale> pageLanguage = pageLanguage(index);
    DateReader dates = this.dates.forPage(pageLanguage);
    PageMetadata meta = MetadataReader.read(doc, index, dates, limits);
    String titleElement = Texts.normalise(index.title());
    List<String> visibleTags = visibleTags(index);

    recorder.page(doc);
    // A page that declares no date at all may print it only in what pruning removes (a sidebar's
    // "Datum 12.01.2017", a post's metadata line): the last resort reads the whole page as parsed; a day in
    // the URL's path comes first. Most pages find their date before it, so pruning keeps each changed child
    // list as it was and the page is put back only for the last resort's reading.
    Element wholeBody = meta.publishedCandidates().isEmpty() && meta.date(PageMetadata.Field.MODIFIED).isEmpty()
        && VisibleDates.inUrl(url).isEmpty() ? doc.body() : null;
    PageEdits edits = doc.body() == null ? PageEdits.NONE : PageEdits.keeping();
    Supplier<Optional<ParsedDate>> whole = wholeBody == null ? Optional::empty
        : () -> edits.readUnedited(() -> VisibleDates.inDateElementsOfWholePage(wholeBody, dates)
            .or(() -> VisibleDates.inShortTexts(wholeBody, dates)));
    // An article's byline printed only beside the navigation or in a sidebar is pruned with them: the last resort
    // for authors reads the page as parsed too, on the few pages that need it.
    Element parsedBody = doc.body();
    Supplier<AuthorChooser.PageCredits> pageBylines = parsedBody == null ? () -> AuthorChooser.PageCredits.NONE
        : () -> edits.readUnedited(() -> AuthorChooser.pageCredits(parsedBody,
            SiteOwner.spellings(url, doc, meta.text(PageMetadata.Field.SITE_NAME).map(Sourced::value), titleElement)));
    TextStats prepared = PagePreparer.prepare(doc, index, recorder, edits);
    Element body = doc.body();
    // Pruning indexes the body it keeps; a page whose body element itself was pruned is indexed anew.
    TextStats stats = body == null ? null
        : prepared != null && prepared.elements().get(0) == body ? prepared : new TextStats(body);
    List<Element> content = body == null ? List.of() : ContentFinder.find(body, stats, focus, recorder);
    recorder.container(content);
    // The body's h1 elements in document order, from its index: the headline and the title both read them.
    List<Element> h1s = new ArrayList<>();
    if (stats != null) for (Element e : stats.elements()) if (e.normalName().equals("h1")) h1s.add(e);
    Element h1 = headline(h1s, content, stats);

    VisibleFields visible = new VisibleFields(dates, recorder);
    List<Element> zone = content.isEmpty() ? List.of() : headerZone(body, content.get(0), h1, stats);
    if (!content.isEmpty()) {
      visible.readHeader(zone);
      // A standfirst that joined the body in a box of its own comes before the byline: the top is read under it.
      visible.readBodyTop(content.size() > 1 && ContentFinder.wrappedParagraph(content.get(0)) != null
          ? content.subList(1, content.size()) : content);
    }

    String title = title(meta, h1s, h1, titleElement, stats == null ? List.of() : stats.elements());
    Set<String> lifted = new HashSet<>();
    if (title != null) lifted.add(Texts.key(title));
    if (recorder != ExtractionRecorder.NONE && title != null && h1 != null && Texts.key(h1.text()).equals(Texts.key(title))) {
      recorder.liftedLine(h1, "title");
    }
    for (String line : visible.usedLines) lifted.add(Texts.key(line));

    List<Block> blocks = new ArrayList<>();
    List<Element> leadFigureElements = leadFigureElements(content, h1);
    List<Block> leadFigures = leadFigureElements.isEmpty() ? List.of()
        : BlockBuilder.build(leadFigureElements, stats, focus, recorder).stream().filter(b -> b instanceof Figure).toList();
    if (wantBodyHtml) {
      StringBuilder html = new StringBuilder();
      for (Element e : leadFigureElements) html.append(e.outerHtml());
      for (Element e : content) html.append(e == body ? e.html() : e.outerHtml());
      bodyHtml = html.toString();
    }
    for (Element lead : leadElements(zone, h1, stats)) {
      for (Block b : BlockBuilder.build(List.of(lead), stats, focus, recorder)) {
        if (b instanceof Paragraph || b instanceof Heading) blocks.add(new Paragraph(b.text(), ((b instanceof Paragraph p) ? p.links() : List.of())));
      }
    }
    blocks.addAll(leadFigures);
    Set<Integer> liftedLengths = new HashSet<>();
    int longestLifted = 0;
    for (String k : lifted) {
      liftedLengths.add(k.length());
      longestLifted = Math.max(longestLifted, k.length());
    }
    boolean afterLabel = false;
    boolean inComments = false;
    BlockBuilder.Body builtBody = BlockBuilder.buildBody(content, stats, focus, recorder);
    List<Block> built = builtBody.blocks();
    ParagraphWords words = new ParagraphWords(built);
    int footerAt = focus == ExtractionFocus.RECALL ? built.size() : Math.min(copyrightNotice(built, words), commentsAt(builtBody, words));
    for (int i = 0; i < built.size(); i++) {
      Block b = built.get(i);
      // A comment section's heading after the article's text ends the body: the rest is readers' text; so
      // does the site's copyright notice below it.
      inComments |= i >= footerAt || endsBody(b, words, i);
      if (inComments) {
        recorder.dropped(b, Explanation.Reason.BOILERPLATE_TEXT);
        continue;
      }
      // The links under a "Related stories" / "Lea también" label go with it.
      if (afterLabel && (mostlyLinks(b) || isListingLine(b))) {
        recorder.dropped(b, Explanation.Reason.LINK_DENSITY);
        continue;
      }
      afterLabel = false;
      if (b instanceof Paragraph || b instanceof Heading) {
        String text = b.text();
        // A key is the text's letters and digits, so a text with a different count cannot be lifted:
        // counting (no further than the longest key) is cheaper than building the key of every paragraph.
        boolean maybeLifted = liftedLengths.contains(Texts.lettersAndDigits(text, longestLifted));
        if (maybeLifted && lifted.contains(Texts.key(text))) {
          recorder.repeatsField(b);
          continue;
        }
        // A syndicated story's notice says "All rights reserved" as a site's footer does, but belongs to the story.
        if (Vocabulary.isBoilerplateLine(text) && !Vocabulary.isWireNotice(text)) {
          recorder.dropped(b, Explanation.Reason.BOILERPLATE_TEXT);
          afterLabel = true;
          continue;
        }
      }
      if (focus != ExtractionFocus.RECALL && isPageTools(b)) {
        recorder.dropped(b, Explanation.Reason.BOILERPLATE_TEXT);
        continue;
      }
      if (focus != ExtractionFocus.RECALL && isTeaserOrCredit(b)) {
        recorder.dropped(b, Explanation.Reason.BOILERPLATE_TEXT);
        continue;
      }
      blocks.add(b);
    }
    if (focus != ExtractionFocus.RECALL) dropLinkLists(blocks, builtBody.paragraphOf(), recorder);
    dropTrailingHeadings(blocks, recorder);
    blocks.stream().filter(b -> b instanceof Paragraph).findFirst().ifPresent(p -> visible.readFirstParagraph(p.text()));
    headedByline(blocks, visible);
    trailingByline(blocks, visible, recorder);
    article.body(blocks);

    url.ifPresent(u -> article.url(u).source("url", FieldSource.CALLER));
    meta.text(PageMetadata.Field.URL).filter(u -> Urls.isAbsoluteHttp(u.value())).ifPresent(u -> {
      try {
        article.url(u.value()).source("url", u.source());
      } catch (IllegalArgumentException ignored) {
        // A malformed canonical URL: keep the caller's.
      }
    });

    if (title != null) article.title(title);
    assignSection(meta, visible);
    assignAuthors(meta, visible, titleElement, title, body, pageBylines);
    visible.dateline.ifPresent(d -> article.dateline(d).source("dateline", FieldSource.VISIBLE_TEXT));
    assignDates(meta, visible, body, stats, whole, dates);
    assignLanguage(meta, pageLanguage, content, blocks);
    String siteName = siteName(meta, titleElement, title);
    if (siteName != null) article.siteName(siteName);
    meta.text(PageMetadata.Field.DESCRIPTION).ifPresent(d -> article.description(d.value()).source("description", d.source()));
    if (meta.tags().isPresent()) {
      article.tags(meta.tags().get().value()).source("tags", meta.tags().get().source());
    } else if (!visibleTags.isEmpty()) {
      article.tags(visibleTags).source("tags", FieldSource.VISIBLE_TEXT);
    }
    assignImages(meta, blocks);
    meta.text(PageMetadata.Field.PUBLISHER_LOGO).ifPresent(logo -> {
      String u = absolute(logo.value());
      if (u == null || !Urls.isAbsoluteHttp(u)) return;
      try {
        article.publisherLogo(java.net.URI.create(u)).source("publisherLogo", logo.source());
      } catch (IllegalArgumentException ignored) {
        // Not a usable logo address.
      }
    });
    meta.text(PageMetadata.Field.ACCESSIBLE_FOR_FREE).ifPresent(free ->
        article.accessibleForFree(Boolean.parseBoolean(free.value())).source("accessibleForFree", free.source()));
    return article.build();
  }

  /** A paragraph or heading that is a row of page tools ("Email to a friend", "Printer friendly"); recall keeps it. */
  private static boolean isPageTools(Block b) {
    return (b instanceof Paragraph || b instanceof Heading) && Vocabulary.isPageToolsLine(b.text());
  }

  /**
   * A "Read more: …" teaser line, or a photo credit or copyright line standing on its own (recall keeps both); a
   * syndicated story's own notice stays.
   */
  private static boolean isTeaserOrCredit(Block b) {
    if (!(b instanceof Paragraph || b instanceof Heading || b instanceof dev.newskit.core.Quote)) return false;
    String text = b.text();
    return Vocabulary.isLabelledTeaser(text) || Vocabulary.isCreditLine(text) && !Vocabulary.isWireNotice(text)
        || isNeighbourLink(b);
  }

  /**
   * A link to the story before or after this one whose label runs into the headline without a separator ("Previous
   * articleTransforming the old harbour"): the label is one of the boilerplate lines and the rest is the link's text.
   */
  private static boolean isNeighbourLink(Block b) {
    String text = b.text();
    if (text.length() > 200 || !mostlyLinks(b)) return false;
    for (Link link : linksOf(b)) {
      String linked = link.text().strip();
      if (linked.isEmpty() || !text.endsWith(linked) || text.length() == linked.length()) continue;
      if (Vocabulary.isBoilerplateLine(text.substring(0, text.length() - linked.length()))) return true;
    }
    return false;
  }

  /**
   * Marks a section that is a list of links: a heading followed, up to the next heading, by nothing but two or more
   * short lines that are mostly links, or by one list of three or more items that is ("Auch auf …", "Weitere
   * Beiträge" and their headlines): other pages' teasers set inside the article's container. Under a heading that
   * labels nothing else, half of a line in links is enough.
   */
  private static void markLinkSections(List<Block> blocks, boolean[] drop) {
    if (textBesideHeadings(blocks) < 200) return;
    for (int i = 0; i < blocks.size(); i++) {
      if (!(blocks.get(i) instanceof Heading)) continue;
      int end = i + 1;
      while (end < blocks.size() && !(blocks.get(end) instanceof Heading)) end++;
      if (isListOfLinks(blocks.subList(i + 1, end))) for (int k = i; k < end; k++) drop[k] = true;
    }
  }

  /** Whether {@code section} is two or more short lines that are mostly links, or one such list of three or more items. */
  private static boolean isListOfLinks(List<Block> section) {
    if (section.size() == 1 && section.get(0) instanceof ListBlock l) return l.items().size() >= 3 && mostlyLinks(l);
    if (section.size() < 2) return false;
    for (Block b : section) {
      if (!(b instanceof Paragraph) || b.text().length() > 150 || !mostlyLinks(b)) return false;
    }
    return true;
  }

  /** The characters of the blocks that are not headings. */
  private static int textBesideHeadings(List<Block> blocks) {
    int text = 0;
    for (Block b : blocks) if (!(b instanceof Heading)) text += b.text().length();
    return text;
  }

  /**
   * Removes the lists of links the body's container holds as lines rather than as a list (headlines between
   * {@code <br>}s, a row of section links, a table of teasers): a line that is all link ("link-only") goes when it
   * holds two links or more, or stands next to another such line; so does a short label line right above them
   * ("Sports Headlines", "Latest:"), and a heading over nothing but links, with them. One link-only line alone
   * stays, and so does a {@code p} that is one link: an author may give a source that way. {@code paragraphOf}
   * names the {@code p} each paragraph was built from; a {@code p} split into several paragraphs (at double line
   * breaks) never loses one of them alone: nothing inside an author's paragraph goes missing from it.
   */
  private static void dropLinkLists(List<Block> blocks, Map<Block, Element> paragraphOf, ExtractionRecorder recorder) {
    Set<Block> split = partsOfSplitParagraphs(paragraphOf);
    // A separator between menu entries ("|", "»") is a paragraph of its own when the entries are: it goes first,
    // so that the entries on either side of it stand next to each other.
    blocks.removeIf(b -> {
      boolean bare = b instanceof Paragraph && !b.text().isEmpty() && Texts.lettersAndDigits(b.text(), 0) == 0
          && !split.contains(b);
      if (bare) recorder.dropped(b, Explanation.Reason.BOILERPLATE_TEXT);
      return bare;
    });
    boolean[] linkOnly = new boolean[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) linkOnly[i] = isLinkOnly(blocks.get(i));
    boolean[] drop = new boolean[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) {
      // An author's paragraph that is one link ("<p><a>The report</a></p>") is a line of the text; lists and teasers
      // of other stories are told apart by what they are (below), whatever tags they come in. A p of several links
      // and nothing else (">> News - … >> News - …") is such a list.
      if (!linkOnly[i] || paragraphOf.containsKey(blocks.get(i)) && linkCount(blocks.get(i)) < 2) continue;
      // A heading of two links ("News | Fans show their pride") is a post's linked headline, not a list.
      boolean several = linkCount(blocks.get(i)) >= 2 && !(blocks.get(i) instanceof Heading);
      boolean inList = several || (i > 0 && linkOnly[i - 1]) || (i + 1 < blocks.size() && linkOnly[i + 1]);
      if (!inList) continue;
      drop[i] = true;
      if (i > 0 && !linkOnly[i - 1] && isListLabel(blocks.get(i - 1))) drop[i - 1] = true;
    }
    dropTeaserPairs(blocks, linkOnly, drop);
    dropDatedTeaserCards(blocks, linkOnly, drop);
    dropTruncatedTeasers(blocks, drop);
    dropLabelAndLinkBoxes(blocks, linkOnly, drop);
    keepPageOfLinks(blocks, drop);
    for (int i = 0; i < blocks.size(); i++) drop[i] &= !split.contains(blocks.get(i));
    // A heading's section is judged whole: when all of it is links, no part of an author's paragraph is kept apart.
    markLinkSections(blocks, drop);
    int kept = 0;
    for (int i = 0; i < blocks.size(); i++) {
      if (drop[i]) recorder.dropped(blocks.get(i), Explanation.Reason.LINK_DENSITY);
      else blocks.set(kept++, blocks.get(i));
    }
    blocks.subList(kept, blocks.size()).clear();
  }

  /**
   * Unmarks the link-only lines when they hold more than half of the body's text: on a page of links they are the
   * content. A dated list of stories stays marked, with its label.
   */
  private static void keepPageOfLinks(List<Block> blocks, boolean[] drop) {
    int lines = 0;
    int all = 0;
    for (int i = 0; i < blocks.size(); i++) {
      int length = blocks.get(i).text().length();
      all += length;
      if (drop[i] && !(blocks.get(i) instanceof ListBlock)) lines += length;
    }
    if (lines * 2 <= all) return;
    for (int i = 0; i < blocks.size(); i++) {
      boolean listing = blocks.get(i) instanceof ListBlock || (i + 1 < blocks.size() && blocks.get(i + 1) instanceof ListBlock && drop[i + 1]);
      if (!listing) drop[i] = false;
    }
  }

  /** The paragraphs that are one of several built from the same {@code p} element. */
  private static Set<Block> partsOfSplitParagraphs(Map<Block, Element> paragraphOf) {
    Map<Element, Integer> parts = new IdentityHashMap<>();
    for (Element p : paragraphOf.values()) parts.merge(p, 1, Integer::sum);
    Set<Block> split = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Map.Entry<Block, Element> e : paragraphOf.entrySet()) if (parts.get(e.getValue()) > 1) split.add(e.getKey());
    return split;
  }

  /**
   * Marks the teasers of other stories under a label that says so ("More regional headlines »", "Latest stories"),
   * which may itself be a link: each a link-only headline with the short summary under it.
   */
  private static void dropTeaserPairs(List<Block> blocks, boolean[] linkOnly, boolean[] drop) {
    for (int i = 0; i + 1 < blocks.size(); i++) {
      if (!linkOnly[i + 1] || !isTeaserLabel(blocks.get(i))) continue;
      drop[i] = true;
      int j = i + 1;
      while (j < blocks.size() && linkOnly[j]) {
        drop[j++] = true;
        if (j < blocks.size() && !linkOnly[j] && blocks.get(j) instanceof Paragraph summary && summary.text().length() <= 300) {
          drop[j++] = true;
        }
      }
      i = j - 1;
    }
  }

  /**
   * Marks the cards of other stories that a grid of related posts leaves in the body: two or more in a row, each a
   * link-only headline with the story's date line under it ("27. Mai 2020"), and each card's picture. One such card
   * alone stays: an author may point to one story so.
   */
  private static void dropDatedTeaserCards(List<Block> blocks, boolean[] linkOnly, boolean[] drop) {
    int n = blocks.size();
    for (int i = 0; i < n; ) {
      int start = i;
      int cards = 0;
      int j = i;
      while (true) {
        int k = j;
        while (k < n && blocks.get(k) instanceof Figure) k++;
        if (k + 1 >= n || !linkOnly[k] || blocks.get(k) instanceof ListBlock || !isListingLine(blocks.get(k + 1))) break;
        cards++;
        j = k + 2;
      }
      if (cards >= 2) {
        for (int k = start; k < j; k++) drop[k] = true;
        i = j;
      } else {
        i++;
      }
    }
  }

  /**
   * Marks the teasers of other stories that stand as lines: two or more paragraphs in a row, each a linked headline
   * followed by the start of that story, cut off with an ellipsis ("Skype is back Skype has announced that the
   * service is back up and running a..."). One such line alone stays: an author may end a sentence so.
   */
  private static void dropTruncatedTeasers(List<Block> blocks, boolean[] drop) {
    int n = blocks.size();
    for (int i = 0; i < n; ) {
      int j = i;
      while (j < n && isTruncatedTeaser(blocks.get(j))) j++;
      if (j - i >= 2) for (int k = i; k < j; k++) drop[k] = true;
      i = Math.max(j, i + 1);
    }
  }

  /**
   * Marks the boxes of labels and titles that a sidebar leaves in the body: three or more pairs in a row of a short
   * line that is all link over a short line without any ("Blog name:" linked, over the title of the blog's latest
   * post), each line eight words or fewer, the first pair not after a short unlinked line. A list an author writes
   * links part of a line ("Name (Country)") or runs its links together; a page that is such pairs is kept by
   * {@link #keepPageOfLinks}.
   */
  private static void dropLabelAndLinkBoxes(List<Block> blocks, boolean[] linkOnly, boolean[] drop) {
    int n = blocks.size();
    for (int i = 0; i < n; ) {
      int j = i;
      while (j + 1 < n && isLabelAndTitle(blocks, linkOnly, j)) j += 2;
      // After a short line without links, the pairs run the other way: an author's list of plain labels over
      // their links ("Convenor:" over a linked name).
      if (j - i >= 6 && !(i > 0 && isShortLine(blocks.get(i - 1)) && linkCount(blocks.get(i - 1)) == 0)) {
        for (int k = i; k < j; k++) drop[k] = true;
        i = j;
      } else {
        i++;
      }
    }
  }

  /** Whether the block at {@code i} is a short link-only line and the next one a short line without links. */
  private static boolean isLabelAndTitle(List<Block> blocks, boolean[] linkOnly, int i) {
    Block label = blocks.get(i);
    Block title = blocks.get(i + 1);
    return linkOnly[i] && !linkOnly[i + 1] && isShortLine(label) && isShortLine(title) && linkCount(title) == 0;
  }

  /** A paragraph of one to eight words. */
  private static boolean isShortLine(Block b) {
    if (!(b instanceof Paragraph)) return false;
    int words = Texts.words(b.text(), 8);
    return words >= 1 && words <= 8;
  }

  /** A short paragraph that opens with a link and ends in an ellipsis: a headline and the cut-off start of its story. */
  private static boolean isTruncatedTeaser(Block b) {
    if (!(b instanceof Paragraph p) || p.links().isEmpty()) return false;
    String text = p.text().strip();
    String headline = p.links().get(0).text().strip();
    return text.length() <= 400 && !headline.isEmpty() && text.startsWith(headline) && text.length() > headline.length()
        && (text.endsWith("...") || text.endsWith("…"));
  }

  /** A paragraph or heading whose links hold nine tenths of its text or more, short unless it is several links. */
  private static boolean isLinkOnly(Block b) {
    if (b instanceof ListBlock list) return isStoryListing(list);
    List<Link> links = linksOf(b);
    if (links.isEmpty()) return false;
    int length = b.text().length();
    return linkedChars(links) * 10 >= length * 9 && (links.size() >= 2 || length < 120);
  }

  private static int linkCount(Block b) {
    return linksOf(b).size();
  }

  /** The links of a paragraph, heading or list; none for other blocks. */
  private static List<Link> linksOf(Block b) {
    return b instanceof Paragraph p ? p.links() : b instanceof Heading h ? h.links()
        : b instanceof ListBlock l ? l.links() : List.of();
  }

  /** The characters of the links' texts. */
  private static int linkedChars(List<Link> links) {
    int linked = 0;
    for (Link link : links) linked += link.text().length();
    return linked;
  }

  /**
   * A list of three or more items that each are a link followed by at most a short dated tail ("Choi wins Sony
   * Open 14/01/08 6:41 AM"): other stories with their times, which the list's link density alone does not tell.
   */
  private static boolean isStoryListing(ListBlock list) {
    if (list.items().size() < 3 || list.links().isEmpty()) return false;
    for (String item : list.items()) {
      String tail = null;
      for (Link link : list.links()) {
        if (!link.text().isEmpty() && item.startsWith(link.text())) {
          tail = item.substring(link.text().length()).strip();
          break;
        }
      }
      if (tail == null || tail.length() > 40 || !(tail.isEmpty() || HAS_DATE_OR_BAR.matcher(tail).find())) return false;
    }
    return true;
  }

  /** A short line that is no sentence and names a box of other stories; it may itself link to them. */
  private static boolean isTeaserLabel(Block b) {
    if (!(b instanceof Paragraph || b instanceof Heading)) return false;
    String t = b.text().strip();
    return !LABEL_SENTENCE_END.matcher(t).find() && Vocabulary.isTeaserLabel(t);
  }

  /** A short line of a few words without links that is no sentence ("Sports Headlines", "Latest:"): a list's label. */
  private static boolean isListLabel(Block b) {
    if (!(b instanceof Paragraph || b instanceof Heading) || linkCount(b) > 0) return false;
    String t = b.text().strip();
    return !t.isEmpty() && t.length() <= 50 && Texts.words(t) <= 5 && !LABEL_SENTENCE_END.matcher(t).find();
  }

  private static final Pattern LABEL_SENTENCE_END = Pattern.compile("[.!?؟。\"”]\\s*$");

  /**
   * Removes the headings that end the body: what stood under them (related links, a sign-up box) was left out,
   * and the label stayed behind ("Empfohlene Beiträge", "Vous aimerez aussi"). A body of little but headings
   * (under 200 characters of other text) keeps them: there they are the text.
   */
  private static void dropTrailingHeadings(List<Block> blocks, ExtractionRecorder recorder) {
    if (textBesideHeadings(blocks) < 200) return;
    while (!blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Heading h && !isSentences(h)) {
      recorder.dropped(blocks.remove(blocks.size() - 1), Explanation.Reason.BOILERPLATE_TEXT);
    }
  }

  /**
   * Whether a heading is written as running text, six words or more ending with a full stop: the article's own
   * closing lines set large, not the label of a box that was left out.
   */
  private static boolean isSentences(Heading h) {
    String t = h.text().strip();
    return t.endsWith(".") && t.split("\\s+").length >= 6;
  }

  /**
   * Whether block {@code i}, {@code b}, opens a comment section after the article has had 60 words: a heading or
   * line such as "Comments" or "Have your say (12)" once the article has said something (a count of comments above
   * the text is a link to them, not their start). Recall keeps what follows.
   */
  private boolean endsBody(Block b, ParagraphWords words, int i) {
    return focus != ExtractionFocus.RECALL && (b instanceof Paragraph || b instanceof Heading)
        && Vocabulary.isCommentSectionStart(b.text()) && words.before(i, 60) >= 60;
  }

  /**
   * Each block's words when it is a paragraph, else 0, counted when first asked for: the readings below need
   * them only at a comment section's or a copyright notice's line, which most bodies do not have.
   */
  private static final class ParagraphWords {
    private final List<Block> blocks;
    /** Each block's words, -1 until counted. */
    private final int[] words;

    ParagraphWords(List<Block> blocks) {
      this.blocks = blocks;
      words = new int[blocks.size()];
      java.util.Arrays.fill(words, -1);
    }

    int of(int i) {
      if (words[i] < 0) words[i] = blocks.get(i) instanceof Paragraph p ? Texts.words(p.text()) : 0;
      return words[i];
    }

    /** The words of the blocks before {@code end}, counted only until they reach {@code enough}. */
    int before(int end, int enough) {
      int sum = 0;
      for (int i = 0; i < end && sum < enough; i++) sum += of(i);
      return sum;
    }
  }

  /** Where the body's skipped comment section stood, when the article had at least 60 words before it. */
  private static int commentsAt(BlockBuilder.Body body, ParagraphWords words) {
    return words.before(body.commentsAt(), 60) >= 60 ? body.commentsAt() : body.blocks().size();
  }

  private static final Pattern COPYRIGHT = Pattern.compile(
      "^(?:©|\\(c\\)|copyright\\b)(?=.*\\b(?:19|20)\\d\\d\\b)", Pattern.CASE_INSENSITIVE);

  /**
   * Where a copyright notice ("© 2008 Example Media Ltd.") stands in the lower part of {@code blocks}, after the
   * article's text (at least 60 words before it, and more than twice what follows it): the page's footer starts
   * there. {@code blocks.size()} when there is none.
   */
  private static int copyrightNotice(List<Block> blocks, ParagraphWords words) {
    for (int i = 0; i < blocks.size(); i++) {
      if (!(blocks.get(i) instanceof Paragraph p) || p.text().length() > 300 || !mayOpenCopyright(p.text())
          || !COPYRIGHT.matcher(p.text()).find()) {
        continue;
      }
      int before = words.before(i, Integer.MAX_VALUE);
      int total = words.before(blocks.size(), Integer.MAX_VALUE);
      if (before >= 60 && (total - before) * 2 < before) {
        // A syndicated story's own notice closes the story; the footer starts below it.
        return Vocabulary.isWireNotice(p.text()) ? i + 1 : i;
      }
    }
    return blocks.size();
  }

  /** Whether {@code text} starts as {@link #COPYRIGHT} needs: with ©, ( or c, without running the pattern. */
  private static boolean mayOpenCopyright(String text) {
    if (text.isEmpty()) return false;
    char c = text.charAt(0);
    return c == '©' || c == '(' || c == 'c' || c == 'C';
  }

  /**
   * A short paragraph that is no sentence and holds a date or a bar ("(31 Dec 07 | Premier League)", "Jan 2, 2008 -
   * Sports"): under a
   * "Related stories" label, the date or section line of a listed story, which goes with the story's link.
   */
  private static boolean isListingLine(Block b) {
    if (!(b instanceof Paragraph)) return false;
    String t = b.text();
    return t.length() < 60 && !SENTENCE_END.matcher(t).find() && HAS_DATE_OR_BAR.matcher(t).find();
  }

  /** A digit (of a date or time) or a bar between a listed story's date and section; a name in parentheses has neither. */
  private static final Pattern HAS_DATE_OR_BAR = Pattern.compile("[\\d|]");

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?؟。:\"”»]\\s*$");

  /** A list or paragraph whose links' text is at least half of its own. */
  private static boolean mostlyLinks(Block b) {
    // A heading's links do not make it a line of links here: a linked heading may be a section's own.
    List<Link> links = b instanceof Heading ? List.of() : linksOf(b);
    return !links.isEmpty() && linkedChars(links) * 2 >= b.text().length();
  }

  /**
   * A labelled credit straight under a heading among the body's first blocks ("Klänge des Verschweigens", "Ein
   * detektivischer Musikfilm", then "von Klaus Stanjek"): a film's, a book's or an essay's title set as headings in the
   * text, with its author under it. It stays in the body, and is the byline when none was printed above; every name
   * must be a full name ("von Anfang an" and "By Design" are not credits).
   */
  private static void headedByline(List<Block> blocks, VisibleFields visible) {
    for (int i = 1; i < Math.min(blocks.size(), 8) && visible.authors.isEmpty(); i++) {
      if (!(blocks.get(i) instanceof Paragraph p) || !(blocks.get(i - 1) instanceof Heading)) continue;
      String t = p.text().strip();
      if (t.length() >= 100 || Texts.words(t) > 10 || Vocabulary.afterAuthorPrefix(t).isEmpty()) continue;
      List<Author> found = Authors.fromByline(t);
      if (!found.isEmpty() && found.stream().allMatch(a -> Authors.isPersonShaped(a.name()))) visible.authors.addAll(found);
    }
  }

  /**
   * A last paragraph that is only a name in parentheses, as Hebrew and Arabic news flashes credit their
   * reporter ("(אלישע בן קימון)"), is the byline: it moves from the body to the authors.
   */
  private static void trailingByline(List<Block> blocks, VisibleFields visible, ExtractionRecorder recorder) {
    // "Auteur : Kossivi Tiassou", "Von Klaus Stanjek": a labelled credit among the article's last paragraphs.
    // It stays in the body (it may be the article's last line of text), and is the byline when none was
    // printed above.
    int paragraphs = 0;
    for (int i = blocks.size() - 1; i >= 0 && paragraphs < 3 && visible.authors.isEmpty(); i--) {
      if (!(blocks.get(i) instanceof Paragraph)) continue;
      paragraphs++;
      String t = labelWithNextLine(blocks, i);
      if (t.length() < 100 && Texts.words(t) <= 10 && Vocabulary.afterAuthorPrefix(t).isPresent()) {
        List<Author> found = Authors.fromByline(t);
        // "By noon the road was shut." is a sentence: a credit's names are capitalised.
        if (VisibleFields.namesAtBodyTop(found)) visible.authors.addAll(found);
      }
    }
    for (int i = blocks.size() - 1; i >= 0; i--) {
      Block b = blocks.get(i);
      if (!(b instanceof Paragraph)) continue;
      String t = b.text().strip();
      if (t.length() < 60 && t.startsWith("(") && t.endsWith(")")) {
        Optional<String> name = Authors.name(t.substring(1, t.length() - 1));
        if (name.isPresent()) {
          recorder.lifted(blocks.remove(i), "authors");
          Author credit = Authors.credit(name.get());
          if (visible.authors.isEmpty() && !isEditorsInitials(credit)) visible.authors.add(credit);
        }
      }
      return;
    }
  }

  /**
   * Whether a credit in parentheses is an editor's initials ("(jg)", "(red)") rather than a name: a word of up to three
   * letters in lower case that is no news agency's ("(dpa)" is one; a site's "(ynet)" stays its credit).
   */
  private static boolean isEditorsInitials(Author credit) {
    String n = credit.name();
    return credit.role().isEmpty() && n.length() <= 3 && n.chars().allMatch(c -> c >= 'a' && c <= 'z');
  }

  /**
   * The text of paragraph {@code i}, joined to the next paragraph when it is only an author label: a closing credit
   * set on two lines ("Von:", then "Götz Warnke").
   */
  private static String labelWithNextLine(List<Block> blocks, int i) {
    String t = blocks.get(i).text().strip();
    boolean labelAlone = Vocabulary.afterAuthorPrefix(t + " x").filter("x"::equals).isPresent();
    if (!labelAlone || i + 1 >= blocks.size() || !(blocks.get(i + 1) instanceof Paragraph next)) return t;
    return t + " " + next.text().strip();
  }

  private static Optional<Locale> pageLanguage(PageIndex index) {
    // Pages with several <html> tags (IE conditional comments) are merged by the parser: the root's
    // lang is the one that survived.
    Element root = index.htmlRoot;
    String lang = root == null ? "" : root.attr("lang").strip();
    if (lang.isEmpty()) {
      for (Element meta : index.metas) {
        if (meta.attr("http-equiv").equalsIgnoreCase("content-language") && meta.hasAttr("content")) {
          lang = meta.attr("content").strip();
          break;
        }
      }
    }
    if (lang.isEmpty()) return Optional.empty();
    Locale locale = Locale.forLanguageTag(lang.replace('_', '-'));
    return locale.getLanguage().isEmpty() ? Optional.empty() : Optional.of(locale);
  }

  private static List<String> visibleTags(PageIndex index) {
    List<String> tags = new ArrayList<>();
    for (Element a : index.withRel("tag")) {
      if (a.closest(ASIDE_OR_NAV) != null) continue;
      String t = Texts.normalise(a.text());
      if (!t.isEmpty() && t.length() < 60 && !tags.contains(t)) tags.add(t);
    }
    return tags;
  }

  /** The article's headline element: the {@code h1} nearest before the body, or the only one. */
  private static Element headline(List<Element> h1s, List<Element> content, TextStats stats) {
    if (h1s.isEmpty()) return null;
    if (content.isEmpty() || h1s.size() == 1) return h1s.get(0);
    Element first = content.get(0);
    // The body's index gives every h1 and the body's first element their places in document order.
    int firstAt = stats.position(first);
    Element best = null;
    for (Element h1 : h1s) {
      if (firstAt >= 0 && stats.position(h1) < firstAt && !ContentFinder.isInside(first, h1)) best = h1;
    }
    return best != null ? best : h1s.get(0);
  }

  /**
   * The elements between the article's top and its body, in document order: from the container that
   * holds both the headline and the body (or the body's parent), up to the body's first element.
   */
  private static List<Element> headerZone(Element body, Element first, Element h1, TextStats stats) {
    Element container = first.parent();
    if (h1 != null) {
      for (Element p = first.parent(); p != null && p != body.parent(); p = p.parent()) {
        if (p == h1 || ContentFinder.isInside(h1, p)) {
          container = p;
          break;
        }
      }
    }
    if (container == null) return List.of();
    List<Element> zone = new ArrayList<>();
    Set<Element> firstAncestors = Collections.newSetFromMap(new IdentityHashMap<>());
    firstAncestors.addAll(first.parents());
    // The container's subtree runs from its place in the body's document order to past the body's first
    // element; a container above the body (the html element) is walked afresh.
    int from = stats.position(container);
    int to = stats.position(first);
    List<Element> before = from >= 0 && to >= from ? stats.elements().subList(from, to) : container.getAllElements();
    for (Element e : before) {
      if (e == first) break;
      if (e == container || firstAncestors.contains(e)) continue;
      if (isLine(e)) zone.add(e);
    }
    return zone.size() > 60 ? zone.subList(zone.size() - 60, zone.size()) : zone;
  }

  /**
   * The standfirst between the headline and the body: lines of the header zone after the headline that a lead,
   * intro or summary class marks (on the line or on a box around it), with a sentence's worth of text that is
   * not mostly links. Many pages print the article's first paragraph there, outside the body's container.
   */
  private static List<Element> leadElements(List<Element> zone, Element h1, TextStats stats) {
    List<Element> leads = new ArrayList<>();
    int after = h1 == null ? -1 : stats.position(h1);
    for (Element e : zone) {
      if (after >= 0 && stats.position(e) <= after) continue;
      if (!leads.isEmpty() && ContentFinder.isInside(e, leads.get(leads.size() - 1))) continue;
      if (!Vocabulary.isLead(e, h1) && !isSubheadline(e, h1)) continue;
      String text = Texts.normalise(e.text());
      if (text.length() < 50 || stats.linkDensity(e) >= 0.5 || Vocabulary.isBoilerplateLine(text)) continue;
      leads.add(e);
    }
    return leads;
  }

  /**
   * A subheadline: an {@code h2}-{@code h4} that comes straight after the headline (its next element, or the
   * only content of the box that is), as pages print the summary sentence under a headline without naming it.
   */
  private static boolean isSubheadline(Element e, Element h1) {
    String tag = e.normalName();
    if (h1 == null || !(tag.equals("h2") || tag.equals("h3") || tag.equals("h4"))) return false;
    Element at = e;
    while (at.previousElementSibling() == null && at.parent() != null && at.parent().childrenSize() == 1) at = at.parent();
    Element before = at.previousElementSibling();
    // The headline may close a box of its own (a title wrapper): then that box is what comes before.
    return before != null && (before == h1 || h1.parent() == before && h1.nextElementSibling() == null);
  }

  /** An element whose text is one line: it has text of its own and no block children. */
  private static boolean isLine(Element e) {
    if (e.normalName().equals("h1")) return false;
    if (!e.hasText()) return false;
    for (int i = 0, n = e.childNodeSize(); i < n; i++) {
      if (e.childNode(i) instanceof Element c && HtmlTags.isLineBreaking(c.normalName())) return false;
    }
    return true;
  }

  /** Has {@link #run()} report its decisions to {@code recorder}. */
  Extraction recordingTo(ExtractionRecorder recorder) {
    this.recorder = recorder;
    return this;
  }

  /** Sets what the body favours, precision or recall; {@link ExtractionFocus#BALANCED} by default. */
  Extraction withFocus(ExtractionFocus focus) {
    this.focus = focus;
    return this;
  }

  /** Asks {@link #run()} to keep the body's HTML too. */
  Extraction withBodyHtml() {
    wantBodyHtml = true;
    return this;
  }

  /** The body's HTML as found, before cleaning; empty unless {@link #withBodyHtml()} was asked for. */
  String rawBodyHtml() {
    return bodyHtml;
  }

  /** Figures between the headline and the body (the lead image), which the body's container does not hold. */
  private static List<Element> leadFigureElements(List<Element> content, Element h1) {
    if (content.isEmpty() || h1 == null) return List.of();
    Element first = content.get(0);
    Element parent = first.parent();
    if (parent == null) return List.of();
    List<Element> figures = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == first) break;
      if (content.contains(sibling)) continue;
      if (sibling.normalName().equals("figure") || (sibling.getElementsByTag("figure").size() == 1 && sibling.text().length() < 300)) {
        figures.add(sibling.normalName().equals("figure") ? sibling : sibling.getElementsByTag("figure").first());
      }
    }
    return figures;
  }

  private String title(PageMetadata meta, List<Element> h1s, Element h1, String titleElement, List<Element> elements) {
    Optional<String> siteName = meta.text(PageMetadata.Field.SITE_NAME).map(Sourced::value);
    Optional<Sourced<String>> declared = meta.text(PageMetadata.Field.TITLE);
    String h1Text = TitleChooser.headline(h1s, h1, titleElement, declared, siteName);
    Optional<String> host = url.flatMap(Urls::siteHostName);
    Optional<String> breadcrumb = meta.text(PageMetadata.Field.BREADCRUMB_NAME).map(Sourced::value);
    Optional<TitleChooser.Titled> titled =
        TitleChooser.titledHeadline(elements, h1, h1Text, titleElement, meta.titleOffers(), siteName, host);
    String headline = titled.map(TitleChooser.Titled::text).orElse(h1Text);
    Optional<Sourced<String>> chosen = titled.filter(TitleChooser.Titled::stated)
        .map(t -> new Sourced<>(t.text(), FieldSource.VISIBLE_TEXT))
        .or(() -> TitleChooser.choose(meta.titleOffers(), headline, titleElement, siteName, host, breadcrumb, url));
    chosen.ifPresent(t -> article.source("title", t.source()));
    titleCandidates(declared, headline, titleElement, chosen);
    return chosen.map(Sourced::value).orElse(null);
  }

  /** Tells the recorder which title candidates there were and which one the chosen title came from. */
  private void titleCandidates(Optional<Sourced<String>> declared, String h1Text, String titleElement,
      Optional<Sourced<String>> chosen) {
    String won = chosen.map(c -> Texts.key(c.value())).orElse("");
    FieldSource from = chosen.map(Sourced::source).orElse(null);
    boolean[] taken = {false};
    BiConsumer<String, FieldSource> offer = (value, source) -> {
      boolean isIt = !taken[0] && source == from && !won.isEmpty() && Texts.key(value).contains(won);
      taken[0] |= isIt;
      recorder.candidate("title", value, source, isIt, isIt ? "agreed on by the page's title candidates"
          : chosen.isEmpty() ? "a site or section name, not a headline" : "another candidate agreed better with the page");
    };
    declared.ifPresent(d -> offer.accept(d.value(), d.source()));
    if (!h1Text.isEmpty()) offer.accept(h1Text, FieldSource.VISIBLE_TEXT);
    if (!titleElement.isEmpty()) offer.accept(titleElement, FieldSource.META);
  }

  private String siteName(PageMetadata meta, String titleElement, String title) {
    Optional<Sourced<String>> declared = meta.text(PageMetadata.Field.SITE_NAME);
    if (declared.isPresent()) {
      article.source("siteName", declared.get().source());
      return declared.get().value();
    }
    if (title != null && !titleElement.isEmpty() && !titleElement.equals(title)) {
      String[] parts = TitleChooser.TITLE_SEPARATOR.split(titleElement);
      String last = parts[parts.length - 1].strip();
      if (parts.length >= 2 && Texts.words(last) <= 4 && !Texts.key(title).contains(Texts.key(last))) {
        article.source("siteName", FieldSource.META);
        return last;
      }
    }
    return null;
  }

  private void assignSection(PageMetadata meta, VisibleFields visible) {
    Optional<Sourced<String>> declared = meta.text(PageMetadata.Field.SECTION);
    if (declared.isPresent()) {
      article.section(declared.get().value()).source("section", declared.get().source());
      recorder.candidate("section", declared.get().value(), declared.get().source(), true, "declared by the page");
      visible.kicker.ifPresent(k -> recorder.candidate("section", k, FieldSource.VISIBLE_TEXT, false, "the page declares its section"));
    } else if (visible.kicker.isPresent()) {
      article.section(visible.kicker.get()).source("section", FieldSource.VISIBLE_TEXT);
      recorder.candidate("section", visible.kicker.get(), FieldSource.VISIBLE_TEXT, true, "the kicker line; nothing declared");
    }
  }

  private void assignAuthors(PageMetadata meta, VisibleFields visible, String titleElement, String title, Element body,
      Supplier<AuthorChooser.PageCredits> pageBylines) {
    String publication = AuthorChooser.publicationKeys(meta.text(PageMetadata.Field.SITE_NAME).map(Sourced::value),
        titleElement, title, url);
    Optional<Sourced<List<Author>>> chosen =
        AuthorChooser.choose(meta.authorOffers(), visible.authors, publication, Optional.ofNullable(body), pageBylines);
    chosen.ifPresent(a -> article.authors(a.value()).source("authors", a.source()));
    authorCandidates(meta.authorOffers(), visible.authors, chosen);
  }

  /** Tells the recorder every author list the page offered and whether the credited one came from it. */
  private void authorCandidates(List<Sourced<List<Author>>> declared, List<Author> printed,
      Optional<Sourced<List<Author>>> chosen) {
    List<Author> credited = chosen.map(Sourced::value).orElse(List.of());
    boolean declaredWon = false;
    for (Sourced<List<Author>> d : declared) {
      boolean won = !declaredWon && !credited.isEmpty() && d.source() == chosen.get().source() && d.value().containsAll(credited);
      declaredWon |= won;
      recorder.candidate("authors", names(d.value()), d.source(), won,
          won ? "declared by the page" : chosen.isEmpty() || declaredWon ? "a desk, the publication or a placeholder, not a person"
              : "the page's printed byline names people; this names none");
    }
    if (!printed.isEmpty()) {
      boolean won = !declaredWon && !credited.isEmpty() && printed.containsAll(credited);
      recorder.candidate("authors", names(printed), FieldSource.VISIBLE_TEXT, won,
          won ? "the printed byline" : declaredWon ? "the page declares its authors" : "only the publication, not a person");
    }
  }

  private static String names(List<Author> authors) {
    return String.join(", ", authors.stream().map(Author::name).toList());
  }

  private void assignDates(PageMetadata meta, VisibleFields visible, Element body, TextStats stats,
      Supplier<Optional<ParsedDate>> whole, DateReader dates) {
    List<Sourced<ParsedDate>> declared = meta.publishedCandidates();
    // Date elements are read only when the declared dates leave a doubt: none, or a time labelled UTC.
    boolean doubt = declared.isEmpty() || declared.stream().anyMatch(d ->
        d.value().precision() != ParsedDate.Precision.DAY && d.value().dateTime().getOffset().getTotalSeconds() == 0);
    Optional<ParsedDate> inElements = doubt && body != null ? VisibleDates.inDateElements(stats.elements(), dates)
        : Optional.empty();
    Optional<Sourced<ParsedDate>> chosen = DateChooser.choose(declared, visible.published, inElements,
        declared.isEmpty() ? VisibleDates.inUrl(url) : Optional.empty(),
        () -> (body == null ? Optional.<ParsedDate>empty() : VisibleDates.inText(body, dates))
            .or(whole), recorder);
    Optional<ParsedDate> printed = visible.published.or(() -> inElements);
    chosen.ifPresent(d -> {
      article.published(DateReader.pageTime(d.value())).source("published", d.source());
      // Metadata gives an offset; a printed dateline of the same instant may name the zone.
      Optional<java.time.ZoneId> zone = d.value().zone().or(() -> printed.filter(p -> p.dateTime().isEqual(d.value().dateTime()))
          .flatMap(ParsedDate::zone)).filter(z -> !z.equals(DateReader.UNSTATED));
      // "שעון ירושלים" on the dateline is printed evidence; Hebrew alone is inferred evidence
      boolean onPage = visible.publishedZonePrinted && visible.published.flatMap(ParsedDate::zone).equals(zone);
      zone.ifPresent(z -> article.zone(z).source("zone", onPage ? FieldSource.VISIBLE_TEXT
          : z.equals(DateReader.HEBREW_ZONE) ? FieldSource.INFERRED : d.source()));
    });
    meta.date(PageMetadata.Field.MODIFIED).ifPresent(d -> {
      boolean afterPublished = chosen.isEmpty()
          || !d.value().dateTime().toInstant().isBefore(chosen.get().value().dateTime().toInstant());
      if (afterPublished) article.modified(DateReader.pageTime(d.value())).source("modified", d.source());
      recorder.candidate("modified", d.value().toIsoString(), d.source(), afterPublished,
          afterPublished ? "declared by the page" : "before the published date");
    });
  }

  private void assignLanguage(PageMetadata meta, Optional<Locale> pageLanguage, List<Element> content, List<Block> blocks) {
    pageLanguage.ifPresent(l -> article.pageLanguage(l).source("pageLanguage", FieldSource.HTML_ATTRIBUTE));
    Optional<Locale> declared = Optional.empty();
    if (!content.isEmpty()) {
      Element withLang = content.get(0).closest(WITH_LANG);
      if (withLang != null) declared = Optional.of(Locale.forLanguageTag(withLang.attr("lang").strip()));
    }
    if (declared.isEmpty() || declared.get().getLanguage().isEmpty()) {
      declared = meta.text(PageMetadata.Field.LANGUAGE).map(s -> Locale.forLanguageTag(s.value().replace('_', '-')))
          .or(() -> pageLanguage);
    }
    // The guesser reads the texts as one, each line ended, where they stand.
    List<String> texts = new ArrayList<>();
    int length = 0;
    for (Block b : blocks) {
      if (length > 20_000) break;
      String t = b.text();
      texts.add(t);
      length += t.length() + 1;
    }
    Optional<Locale> language = LanguageGuesser.guess(texts, declared.filter(l -> !l.getLanguage().isEmpty()));
    if (language.isPresent()) {
      Locale l = language.get();
      article.language(l).source("language", FieldSource.DETECTED);
      article.direction(LanguageGuesser.isRightToLeft(l) ? TextDirection.RTL : TextDirection.LTR)
          .source("direction", FieldSource.DETECTED);
    } else if (!content.isEmpty()) {
      // The text does not say which language it is in: the markup's dir is all there is to go on.
      Element withDir = content.get(0).closest(WITH_DIR);
      String dir = withDir == null ? "" : withDir.attr("dir").strip().toLowerCase(Locale.ROOT);
      if (dir.equals("rtl") || dir.equals("ltr")) {
        article.direction(dir.equals("rtl") ? TextDirection.RTL : TextDirection.LTR)
            .source("direction", FieldSource.HTML_ATTRIBUTE);
      }
    }
  }

  private void assignImages(PageMetadata meta, List<Block> blocks) {
    List<Image> images = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Optional<Sourced<String>> lead = meta.text(PageMetadata.Field.IMAGE);
    List<Image> figures = new ArrayList<>();
    for (Block b : blocks) if (b instanceof Figure) figures.add(((Figure) b).image());
    if (lead.isPresent()) {
      // Without the page's address, a relative og:image is kept as the page gave it, like the figures' images.
      String u = url.isEmpty() && !Urls.isAbsoluteHttp(lead.get().value())
          ? Urls.relativeAsGiven(lead.get().value()).orElse(null) : absolute(lead.get().value());
      if (u != null) {
        Image fromFigure = figures.stream().filter(f -> f.url().toString().equals(u)).findFirst().orElse(null);
        try {
          images.add(fromFigure != null ? fromFigure : Image.of(u));
          seen.add(u);
          article.source("images", lead.get().source());
        } catch (IllegalArgumentException ignored) {
          // Not a usable image address.
        }
      }
    }
    for (Image f : figures) {
      if (seen.add(f.url().toString())) {
        images.add(f);
        if (lead.isEmpty() && images.size() == 1) article.source("images", FieldSource.VISIBLE_TEXT);
      }
    }
    article.images(images);
  }

  private String absolute(String maybeRelative) {
    if (Urls.isAbsoluteHttp(maybeRelative)) return maybeRelative;
    if (url.isEmpty()) return null;
    return Urls.resolve(url.get(), maybeRelative.strip()).orElse(null);
  }
}
