package dev.newskit.html;

import dev.newskit.core.Article;
import dev.newskit.core.Author;
import dev.newskit.core.Block;
import dev.newskit.core.FieldSource;
import dev.newskit.core.Figure;
import dev.newskit.core.Heading;
import dev.newskit.core.Image;
import dev.newskit.core.Paragraph;
import dev.newskit.core.ParsedDate;
import dev.newskit.core.TextDirection;
import dev.newskit.html.internal.InputLimits;
import dev.newskit.html.internal.NotHtml;
import dev.newskit.html.internal.PageEdits;
import dev.newskit.html.internal.Texts;
import dev.newskit.html.internal.Urls;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
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
  private final PageDates dates;
  private final Article.Builder article = Article.builder();
  private String bodyHtml = "";
  private boolean wantBodyHtml;
  private ExtractionRecorder recorder = ExtractionRecorder.NONE;
  private ExtractionFocus focus = ExtractionFocus.BALANCED;
  private boolean readComments = true;

  /** An extraction of {@code doc}, which it changes (it prunes boilerplate): give it a page of its own. */
  Extraction(Document doc, Optional<String> url, HtmlLimits limits, PageDates dates) {
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
    PageDates dates = this.dates.forPage(pageLanguage);
    PageMetadata meta = MetadataReader.read(doc, index, dates, limits);
    String titleElement = Texts.normalise(index.title());
    // Readers' comments are read before pruning removes the boxes that hold them.
    CommentSection.Found comments = readComments ? CommentSection.read(index, dates, limits) : CommentSection.Found.NONE;
    List<String> visibleTags = visibleTags(index);

    recorder.page(doc);
    // Told before pruning, while the elements still stand where the page put them.
    for (CommentSection.CommentThread t : comments.threads()) {
      for (int i = 0; i < t.comments().size(); i++) recorder.comment(t.comments().get(i), t.readFrom().get(i));
    }
    // A page that declares no date at all may print it only in what pruning removes (a sidebar's
    // "Datum 12.01.2017", a post's metadata line): the last resort reads the whole page as parsed; a day in
    // the URL's path comes first. Most pages find their date before it, so pruning keeps each changed child
    // list as it was and the page is put back only for the last resort's reading.
    Element wholeBody = meta.publishedCandidates().isEmpty() && meta.date(PageMetadata.Field.MODIFIED).isEmpty()
        && VisibleDates.inUrl(url).isEmpty() ? doc.body() : null;
    PageEdits edits = doc.body() == null ? PageEdits.NONE : PageEdits.keeping();
    Supplier<Optional<ParsedDate>> whole = wholeBody == null ? Optional::empty
        : () -> edits.readUnedited(() -> VisibleDates.inWholePage(wholeBody, dates));
    // An article's byline printed only beside the navigation or in a sidebar is pruned with them: the last resort
    // for authors reads the page as parsed too, on the few pages that need it.
    Element parsedBody = doc.body();
    Supplier<AuthorChooser.PageCredits> pageBylines = parsedBody == null ? () -> AuthorChooser.PageCredits.NONE
        : () -> edits.readUnedited(() -> AuthorChooser.pageCredits(parsedBody));
    // The site owner's printed name is looked for in the whole page's text: later still, on fewer pages.
    Supplier<Optional<String>> siteOwner = parsedBody == null ? Optional::empty : () -> {
      Set<String> spellings =
          SiteOwner.spellings(url, index.metas, meta.text(PageMetadata.Field.SITE_NAME).map(Sourced::value), titleElement);
      return spellings.isEmpty() ? Optional.empty() : edits.readUnedited(() -> SiteOwner.printedName(parsedBody, spellings));
    };
    TextStats prepared = PagePreparer.prepare(doc, index, recorder, edits);
    Element body = doc.body();
    // Pruning indexes the body it keeps; a page whose body element itself was pruned is indexed anew.
    TextStats stats = body == null ? null
        : prepared != null && prepared.elements().get(0) == body ? prepared : new TextStats(body);
    List<Element> content = body == null ? List.of() : ContentFinder.find(body, stats, focus, recorder,
        new RecipePage(meta.declaresRecipe()));
    recorder.container(content);
    comments = comments.outside(content);
    // The body's h1 elements in document order, from its index: the headline and the title both read them.
    List<Element> h1s = new ArrayList<>();
    if (stats != null) for (Element e : stats.elements()) if (e.normalName().equals("h1")) h1s.add(e);
    Element h1 = stats == null ? null : ArticleTop.headline(h1s, content, stats);

    VisibleFields visible = new VisibleFields(dates, recorder);
    List<Element> zone = body == null || stats == null || content.isEmpty() ? List.of()
        : ArticleTop.zone(body, content.get(0), h1, stats);
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
    List<Element> leadFigureElements = ArticleTop.leadFigureElements(content, h1);
    BodyHtml html = wantBodyHtml ? new BodyHtml() : null;
    BlockBuilder.Body leadFigureBody = leadFigureElements.isEmpty() || stats == null ? null
        : BlockBuilder.buildBody(leadFigureElements, stats, focus, recorder);
    List<Block> leadFigures = leadFigureBody == null ? List.of()
        : leadFigureBody.blocks().stream().filter(b -> b instanceof Figure).toList();
    if (html != null && leadFigureBody != null) html.add(leadFigureBody);
    for (Element lead : stats == null ? List.<Element>of() : ArticleTop.leadElements(zone, h1, stats)) {
      List<Node> leadNodes = List.of(lead);
      for (Block b : BlockBuilder.build(List.of(lead), stats, focus, recorder)) {
        Block kept = b instanceof Paragraph || b instanceof Heading
            ? new Paragraph(b.text(), ((b instanceof Paragraph p) ? p.links() : List.of())) : b;
        if (kept != b) blocks.add(kept);
        if (html != null) html.add(kept, leadNodes);
      }
    }
    blocks.addAll(leadFigures);
    if (stats != null) {
      BlockBuilder.Body built = BlockBuilder.buildBody(content, stats, focus, recorder);
      if (html != null) html.add(built);
      BodyLines.keep(blocks, built, lifted, focus, recorder);
      comments = comments.leftOutOf(blocks, built.nodesOf());
    }
    blocks.stream().filter(b -> b instanceof Paragraph).findFirst().ifPresent(p -> visible.readFirstParagraph(p.text()));
    headedByline(blocks, visible);
    trailingByline(blocks, visible, recorder);
    BodyLines.dropPostMetaRows(blocks, focus, recorder);
    article.body(blocks);
    if (html != null) bodyHtml = html.html(blocks);

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
    assignAuthors(meta, visible, titleElement, title, stats == null ? List.of() : stats.elements(), pageBylines, siteOwner,
        dates);
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
        article.publisherLogo(URI.create(u)).source("publisherLogo", logo.source());
      } catch (IllegalArgumentException ignored) {
        // Not a usable logo address.
      }
    });
    if (!comments.comments().isEmpty()) article.comments(comments.comments()).source("comments", comments.source());
    meta.text(PageMetadata.Field.ACCESSIBLE_FOR_FREE).ifPresent(free ->
        article.accessibleForFree(Boolean.parseBoolean(free.value())).source("accessibleForFree", free.source()));
    return article.build();
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
        if (Authors.namesAtBodyTop(found)) visible.authors.addAll(found);
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

  /** Has {@link #run()} read readers' comments, or leave them out. */
  Extraction withComments(boolean readComments) {
    this.readComments = readComments;
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

  /** Chooses the authors; {@code bodyElements} are the pruned body's, in document order (empty without a body). */
  private void assignAuthors(PageMetadata meta, VisibleFields visible, String titleElement, String title,
      List<Element> bodyElements, Supplier<AuthorChooser.PageCredits> pageBylines, Supplier<Optional<String>> siteOwner,
      PageDates dates) {
    String publication = AuthorChooser.publicationKeys(meta.text(PageMetadata.Field.SITE_NAME).map(Sourced::value),
        titleElement, title, url);
    Optional<Sourced<List<Author>>> chosen =
        AuthorChooser.choose(meta.authorOffers(), visible.authors, publication, bodyElements, pageBylines, siteOwner,
            dates::namesPart);
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
      Supplier<Optional<ParsedDate>> whole, PageDates dates) {
    List<Sourced<ParsedDate>> declared = meta.publishedCandidates();
    // Date elements are read only when the declared dates leave a doubt: none, or a time labelled UTC. A date printed
    // under the headline comes before theirs wherever a printed date counts, so with one they are not read at all.
    boolean doubt = declared.isEmpty() || declared.stream().anyMatch(d ->
        d.value().precision() != ParsedDate.Precision.DAY && d.value().dateTime().getOffset().getTotalSeconds() == 0);
    Optional<ParsedDate> inElements = doubt && body != null && visible.published.isEmpty()
        ? VisibleDates.inDateElements(stats.elements(), dates) : Optional.empty();
    Optional<Sourced<ParsedDate>> chosen = DateChooser.choose(declared, visible.published, inElements,
        declared.isEmpty() ? VisibleDates.inUrl(url) : Optional.empty(),
        () -> (body == null ? Optional.<ParsedDate>empty() : VisibleDates.inText(body, dates))
            .or(whole), recorder);
    Optional<ParsedDate> printed = visible.published.or(() -> inElements);
    chosen.ifPresent(d -> {
      article.published(PageDates.pageTime(d.value())).source("published", d.source());
      // Metadata gives an offset; a printed dateline of the same instant may name the zone.
      Optional<ZoneId> zone = d.value().zone().or(() -> printed.filter(p -> p.dateTime().isEqual(d.value().dateTime()))
          .flatMap(ParsedDate::zone)).filter(z -> !z.equals(PageDates.UNSTATED));
      // "שעון ירושלים" on the dateline is printed evidence; Hebrew alone is inferred evidence
      boolean onPage = visible.publishedZonePrinted && visible.published.flatMap(ParsedDate::zone).equals(zone);
      zone.ifPresent(z -> article.zone(z).source("zone", onPage ? FieldSource.VISIBLE_TEXT
          : z.equals(PageDates.HEBREW_ZONE) ? FieldSource.INFERRED : d.source()));
    });
    meta.date(PageMetadata.Field.MODIFIED).ifPresent(d -> {
      boolean afterPublished = chosen.isEmpty()
          || !d.value().dateTime().toInstant().isBefore(chosen.get().value().dateTime().toInstant());
      if (afterPublished) article.modified(PageDates.pageTime(d.value())).source("modified", d.source());
      recorder.candidate("modified", PageDates.pageTime(d.value()).toString(), d.source(), afterPublished,
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
