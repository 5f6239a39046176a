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
import dev.newskit.html.internal.Texts;
import dev.newskit.html.internal.Urls;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** One extraction of one page: parse, read metadata, prepare, find the body, read printed fields, assemble. */
final class Extraction {
  private final Document doc;
  private final Optional<String> url;
  private final HtmlLimits limits;
  private final DateReader dates;
  private final Article.Builder article = Article.builder();
  private String bodyHtml = "";
  private boolean wantBodyHtml;

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
    return Jsoup.parse(html, url.orElse(""), parser);
  }

  Article run() {
    PageIndex index = new PageIndex(doc);
    if (index.elements > limits.maxElements()) {
      throw new HtmlLimitException("maxElements", index.elements, limits.maxElements());
    }

    Optional<Locale> pageLanguage = pageLanguage(doc, index);
    DateReader dates = this.dates.forPage(pageLanguage);
    PageMetadata meta = MetadataReader.read(doc, index, dates, limits);
    String titleElement = Texts.normalise(doc.title());
    List<String> visibleTags = visibleTags(index);

    PagePreparer.prepare(doc);
    Element body = doc.body();
    List<Element> content = body == null ? List.of() : ContentFinder.find(body);
    Element h1 = headline(body, content);

    VisibleFields visible = new VisibleFields(dates);
    if (!content.isEmpty()) visible.readHeader(headerZone(body, content.get(0), h1));

    String title = title(meta, h1, titleElement);
    Set<String> lifted = new HashSet<>();
    if (title != null) lifted.add(Texts.key(title));
    for (String line : visible.usedLines) lifted.add(Texts.key(line));

    List<Block> blocks = new ArrayList<>();
    List<Element> leadFigureElements = leadFigureElements(content, h1);
    List<Block> leadFigures = leadFigureElements.isEmpty() ? List.of()
        : BlockBuilder.build(leadFigureElements).stream().filter(b -> b instanceof Figure).toList();
    if (wantBodyHtml) {
      StringBuilder html = new StringBuilder();
      for (Element e : leadFigureElements) html.append(e.outerHtml());
      for (Element e : content) html.append(e == body ? e.html() : e.outerHtml());
      bodyHtml = html.toString();
    }
    blocks.addAll(leadFigures);
    for (Block b : BlockBuilder.build(content)) {
      if (b instanceof Paragraph || b instanceof Heading) {
        String text = b.text();
        if (lifted.contains(Texts.key(text)) || Vocabulary.isBoilerplateLine(text)) continue;
      }
      blocks.add(b);
    }
    blocks.stream().filter(b -> b instanceof Paragraph).findFirst().ifPresent(p -> visible.readFirstParagraph(p.text()));
    trailingByline(blocks, visible);
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
    assignAuthors(meta, visible, titleElement, title, body);
    visible.dateline.ifPresent(d -> article.dateline(d).source("dateline", FieldSource.VISIBLE_TEXT));
    assignDates(meta, visible, body, dates);
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

  /**
   * A last paragraph that is only a name in parentheses, as Hebrew and Arabic news flashes credit their
   * reporter ("(אלישע בן קימון)"), is the byline: it moves from the body to the authors.
   */
  private static void trailingByline(List<Block> blocks, VisibleFields visible) {
    for (int i = blocks.size() - 1; i >= 0; i--) {
      Block b = blocks.get(i);
      if (!(b instanceof Paragraph)) continue;
      String t = b.text().strip();
      if (t.length() < 60 && t.startsWith("(") && t.endsWith(")")) {
        Optional<String> name = Authors.name(t.substring(1, t.length() - 1));
        if (name.isPresent()) {
          blocks.remove(i);
          if (visible.authors.isEmpty()) visible.authors.add(Author.of(name.get()));
        }
      }
      return;
    }
  }

  private static Optional<Locale> pageLanguage(Document doc, PageIndex index) {
    // Pages with several <html> tags (IE conditional comments) are merged by the parser: the root's
    // lang is the one that survived.
    Element root = doc.selectFirst("html");
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
      if (a.closest("aside, nav") != null) continue;
      String t = Texts.normalise(a.text());
      if (!t.isEmpty() && t.length() < 60 && !tags.contains(t)) tags.add(t);
    }
    return tags;
  }

  /** The article's headline element: the {@code h1} nearest before the body, or the only one. */
  private static Element headline(Element body, List<Element> content) {
    if (body == null) return null;
    List<Element> h1s = body.getElementsByTag("h1");
    if (h1s.isEmpty()) return null;
    if (content.isEmpty() || h1s.size() == 1) return h1s.get(0);
    Element first = content.get(0);
    // One walk gives every h1 and the body's first element their places in document order.
    List<Element> all = body.getAllElements();
    int firstAt = all.indexOf(first);
    List<Element> firstAncestors = first.parents();
    Element best = null;
    int h1At = 0;
    for (Element h1 : h1s) {
      while (h1At < all.size() && all.get(h1At) != h1) h1At++;
      if (firstAt >= 0 && h1At < firstAt && !firstAncestors.contains(h1)) best = h1;
    }
    return best != null ? best : h1s.get(0);
  }

  /**
   * The elements between the article's top and its body, in document order: from the container that
   * holds both the headline and the body (or the body's parent), up to the body's first element.
   */
  private static List<Element> headerZone(Element body, Element first, Element h1) {
    Element container = first.parent();
    if (h1 != null) {
      for (Element p = first.parent(); p != null && p != body.parent(); p = p.parent()) {
        if (p.getElementsByTag("h1").contains(h1)) {
          container = p;
          break;
        }
      }
    }
    if (container == null) return List.of();
    List<Element> zone = new ArrayList<>();
    Set<Element> firstAncestors = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    firstAncestors.addAll(first.parents());
    for (Element e : container.getAllElements()) {
      if (e == first) break;
      if (e == container || firstAncestors.contains(e)) continue;
      if (isLine(e)) zone.add(e);
    }
    return zone.size() > 60 ? zone.subList(zone.size() - 60, zone.size()) : zone;
  }

  /** An element whose text is one line: it has text of its own and no block children. */
  private static boolean isLine(Element e) {
    if (e.normalName().equals("h1")) return false;
    if (!e.hasText()) return false;
    for (Element c : e.children()) {
      String tag = c.normalName();
      if (tag.equals("div") || tag.equals("p") || tag.equals("ul") || tag.equals("ol") || tag.equals("section")
          || tag.equals("header") || tag.equals("h2") || tag.equals("figure") || tag.equals("table")) {
        return false;
      }
    }
    return true;
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

  private String title(PageMetadata meta, Element h1, String titleElement) {
    Optional<String> siteName = meta.text(PageMetadata.Field.SITE_NAME).map(Sourced::value);
    Optional<Sourced<String>> declared = meta.text(PageMetadata.Field.TITLE);
    List<Element> h1s = doc.body() == null ? List.of() : doc.body().getElementsByTag("h1");
    String h1Text = TitleChooser.headline(h1s, h1, titleElement, declared, siteName);
    Optional<Sourced<String>> chosen = TitleChooser.choose(declared, h1Text, titleElement, siteName);
    chosen.ifPresent(t -> article.source("title", t.source()));
    return chosen.map(Sourced::value).orElse(null);
  }

  private String siteName(PageMetadata meta, String titleElement, String title) {
    Optional<Sourced<String>> declared = meta.text(PageMetadata.Field.SITE_NAME);
    if (declared.isPresent()) {
      article.source("siteName", declared.get().source());
      return declared.get().value();
    }
    if (title != null && !titleElement.isEmpty() && !titleElement.equals(title)) {
      String[] parts = titleElement.split(TitleChooser.TITLE_SEPARATORS);
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
    } else if (visible.kicker.isPresent()) {
      article.section(visible.kicker.get()).source("section", FieldSource.VISIBLE_TEXT);
    }
  }

  private void assignAuthors(PageMetadata meta, VisibleFields visible, String titleElement, String title, Element body) {
    String publication = AuthorChooser.publicationKeys(meta.text(PageMetadata.Field.SITE_NAME).map(Sourced::value),
        titleElement, title, url);
    AuthorChooser.choose(meta.authorOffers(), visible.authors, publication, Optional.ofNullable(body))
        .ifPresent(a -> article.authors(a.value()).source("authors", a.source()));
  }

  private void assignDates(PageMetadata meta, VisibleFields visible, Element body, DateReader dates) {
    List<Sourced<ParsedDate>> declared = meta.publishedCandidates();
    // Date elements are read only when the declared dates leave a doubt: none, or a time labelled UTC.
    boolean doubt = declared.isEmpty() || declared.stream().anyMatch(d ->
        d.value().precision() != ParsedDate.Precision.DAY && d.value().dateTime().getOffset().getTotalSeconds() == 0);
    Optional<ParsedDate> inElements = doubt && body != null ? VisibleDates.inDateElements(body, dates) : Optional.empty();
    Optional<Sourced<ParsedDate>> chosen = DateChooser.choose(declared, visible.published, inElements,
        declared.isEmpty() ? VisibleDates.inUrl(url) : Optional.empty(),
        () -> body == null ? Optional.empty() : VisibleDates.inText(body, dates));
    Optional<ParsedDate> printed = visible.published.or(() -> inElements);
    chosen.ifPresent(d -> {
      article.published(d.value().dateTime()).source("published", d.source());
      // Metadata gives an offset; a printed dateline of the same instant may name the zone.
      Optional<java.time.ZoneId> zone = d.value().zone().or(() -> printed.filter(p -> p.dateTime().isEqual(d.value().dateTime()))
          .flatMap(ParsedDate::zone));
      zone.ifPresent(z -> article.zone(z).source("zone", z.equals(DateReader.HEBREW_ZONE)
          ? FieldSource.INFERRED : d.source()));
    });
    meta.date(PageMetadata.Field.MODIFIED).ifPresent(d -> {
      boolean afterPublished = chosen.isEmpty()
          || !d.value().dateTime().toInstant().isBefore(chosen.get().value().dateTime().toInstant());
      if (afterPublished) article.modified(d.value().dateTime()).source("modified", d.source());
    });
  }

  private void assignLanguage(PageMetadata meta, Optional<Locale> pageLanguage, List<Element> content, List<Block> blocks) {
    pageLanguage.ifPresent(l -> article.pageLanguage(l).source("pageLanguage", FieldSource.HTML_ATTRIBUTE));
    Optional<Locale> declared = Optional.empty();
    if (!content.isEmpty()) {
      Element withLang = content.get(0).closest("[lang]");
      if (withLang != null) declared = Optional.of(Locale.forLanguageTag(withLang.attr("lang").strip()));
    }
    if (declared.isEmpty() || declared.get().getLanguage().isEmpty()) {
      declared = meta.text(PageMetadata.Field.LANGUAGE).map(s -> Locale.forLanguageTag(s.value().replace('_', '-')))
          .or(() -> pageLanguage);
    }
    StringBuilder text = new StringBuilder();
    for (Block b : blocks) {
      if (text.length() > 20_000) break;
      text.append(b.text()).append('\n');
    }
    Optional<Locale> language = LanguageGuesser.guess(text.toString(), declared.filter(l -> !l.getLanguage().isEmpty()));
    if (language.isPresent()) {
      Locale l = language.get();
      article.language(l).source("language", FieldSource.DETECTED);
      article.direction(LanguageGuesser.isRightToLeft(l) ? TextDirection.RTL : TextDirection.LTR)
          .source("direction", FieldSource.DETECTED);
    } else if (!content.isEmpty()) {
      // The text does not say which language it is in: the markup's dir is all there is to go on.
      Element withDir = content.get(0).closest("[dir]");
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
      String u = absolute(lead.get().value());
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
    try {
      return java.net.URI.create(url.get()).resolve(maybeRelative.strip()).toString();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
