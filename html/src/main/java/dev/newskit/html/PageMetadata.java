package dev.newskit.html;

import dev.newskit.core.Author;
import dev.newskit.core.FieldSource;
import dev.newskit.core.ParsedDate;
import dev.newskit.html.internal.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.parser.Parser;

/**
 * The metadata a page declares, one value per field, where the first value offered wins. Readers are
 * run in the documented precedence (JSON-LD, OpenGraph and {@code article:*}, Twitter cards, other
 * {@code <meta>}, microdata, {@code <time>}, {@code <link rel>}), so the first offer is the most
 * trusted one. Not thread-safe: one per extraction.
 */
final class PageMetadata {
  enum Field {
    TITLE, DESCRIPTION, SITE_NAME, SECTION, URL, LANGUAGE, PUBLISHED, MODIFIED, IMAGE, PUBLISHER_LOGO,
    /** {@code "true"} or {@code "false"}, as the page declares it. */
    ACCESSIBLE_FOR_FREE,
    /** The name a JSON-LD breadcrumb trail gives its last item: the page itself, as the site's navigation names it. */
    BREADCRUMB_NAME
  }

  private final Map<Field, Sourced<String>> texts = new HashMap<>();
  private final Map<Field, Sourced<ParsedDate>> dates = new HashMap<>();
  private final List<Sourced<ParsedDate>> publishedCandidates = new ArrayList<>();
  private final List<Sourced<String>> titleOffers = new ArrayList<>();
  private Sourced<List<Author>> authors;
  private final List<Sourced<List<Author>>> authorOffers = new ArrayList<>();
  private Sourced<List<String>> tags;
  private boolean recipe;

  /** Records that the page's structured data declares it a schema.org {@code Recipe}. */
  void declareRecipe() {
    recipe = true;
  }

  /** Whether the page's structured data declares it a schema.org {@code Recipe} (an entity of the page, not a link). */
  boolean declaresRecipe() {
    return recipe;
  }

  void offer(Field field, String value, FieldSource source) {
    if (value == null) return;
    // Pages escape twice ("&amp;#8217;" in a meta, "&#8211;" in a JSON-LD string): one more decoding.
    String v = Texts.normalise(value.indexOf('&') >= 0 ? Parser.unescapeEntities(value, false) : value);
    if (v.isEmpty()) return;
    texts.putIfAbsent(field, new Sourced<>(v, source));
    if (field == Field.TITLE) titleOffers.add(new Sourced<>(v, source));
  }

  /** Every title the page declared, in precedence order. */
  List<Sourced<String>> titleOffers() {
    return titleOffers;
  }

  void offerDate(Field field, ParsedDate date, FieldSource source) {
    dates.putIfAbsent(field, new Sourced<>(date, source));
    if (field == Field.PUBLISHED) publishedCandidates.add(new Sourced<>(date, source));
  }

  /** Every publication date the page declared, in precedence order. */
  List<Sourced<ParsedDate>> publishedCandidates() {
    return publishedCandidates;
  }

  void offerAuthors(List<Author> list, FieldSource source) {
    if (list.isEmpty()) return;
    if (authors == null) authors = new Sourced<>(List.copyOf(list), source);
    authorOffers.add(new Sourced<>(List.copyOf(list), source));
  }

  /** Every author list the page declared, in precedence order. */
  List<Sourced<List<Author>>> authorOffers() {
    return authorOffers;
  }

  void offerTags(List<String> list, FieldSource source) {
    List<String> clean = new ArrayList<>();
    for (String t : list) {
      String n = Texts.normalise(t);
      if (!n.isEmpty() && !clean.contains(n)) clean.add(n);
    }
    if (tags == null && !clean.isEmpty()) tags = new Sourced<>(List.copyOf(clean), source);
  }

  Optional<Sourced<String>> text(Field field) {
    return Optional.ofNullable(texts.get(field));
  }

  Optional<Sourced<ParsedDate>> date(Field field) {
    return Optional.ofNullable(dates.get(field));
  }

  Optional<Sourced<List<Author>>> authors() {
    return Optional.ofNullable(authors);
  }

  Optional<Sourced<List<String>>> tags() {
    return Optional.ofNullable(tags);
  }
}
