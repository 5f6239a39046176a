package dev.newskit.html;

import dev.newskit.core.Author;
import dev.newskit.core.Dateline;
import dev.newskit.core.ParsedDate;
import dev.newskit.html.internal.Texts;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * The fields a page prints rather than declares, read from the short lines around the headline and
 * the start of the body: the dateline ({@code ו 10 אפר 2026 7:15 am - שעון ירושלים}), the byline line
 * ({@code Washington – Said Arikat - 10/4/2026}), "By" lines in English, Hebrew and Arabic, author
 * elements, and the kicker or genre line ({@code News Analysis}). Remembers the lines it used, so the
 * body does not repeat them.
 */
final class VisibleFields {
  /** {@code Place – Author - d/m/yyyy}: a dash of any kind between the parts. */
  private static final Pattern PLACE_AUTHOR_DATE = Pattern.compile(
      "^(?<place>[\\p{L}][\\p{L} .'’]{1,40}?)\\s+[–—-]\\s+(?<author>[\\p{L}][\\p{L} .'’]{2,60}?)\\s+[–—-]\\s+"
          + "(?<date>\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})$");
  /** {@code WASHINGTON (Reuters) —} or {@code JERUSALEM —} at the start of the first paragraph. */
  private static final Pattern PARAGRAPH_DATELINE = Pattern.compile(
      "^(?<place>\\p{Lu}[\\p{Lu} .,'’]{2,40}?)(?:\\s*\\([^)]{2,30}\\))?\\s+[—–-]{1,2}\\s+");

  private final PageDates dates;
  private final ExtractionRecorder recorder;
  final List<String> usedLines = new ArrayList<>();
  Optional<Dateline> dateline = Optional.empty();
  final List<Author> authors = new ArrayList<>();
  Optional<ParsedDate> published = Optional.empty();
  /** Whether the line {@link #published} came from prints its zone (a dateline's {@code שעון ירושלים}). */
  boolean publishedZonePrinted;
  Optional<String> kicker = Optional.empty();

  VisibleFields(PageDates dates, ExtractionRecorder recorder) {
    this.dates = dates;
    this.recorder = recorder;
  }

  /** Reads the lines of {@code zone}, the elements between the article's top and its body, in order. */
  void readHeader(List<Element> zone) {
    for (Element e : zone) {
      String text = Texts.normalise(e.text());
      if (text.isEmpty() || text.length() > MAX_HEADER_LINE) continue;
      if (readLine(text, e, false)) usedLines.add(text);
    }
  }

  /**
   * Reads the byline, dateline, date and kicker lines at the top of the body itself ({@code
   * <p><strong>Washington – Said Arikat - 10/4/2026</strong></p>}, {@code <div class="byline">מאת …</div>}):
   * the short one-line elements before the first long text, at most {@value #MAX_BODY_TOP_LINES} of them.
   * A line is taken whole, never in part, so nothing else of the body is lost with it.
   */
  void readBodyTop(List<Element> content) {
    int seen = 0;
    Deque<Element> stack = new ArrayDeque<>();
    for (int i = content.size() - 1; i >= 0; i--) stack.push(content.get(i));
    while (!stack.isEmpty() && seen < MAX_BODY_TOP_LINES) {
      Element e = stack.pop();
      String tag = e.normalName();
      if (SKIPPED_AT_TOP.contains(tag)) continue;
      if (!ArticleTop.isLine(e, true)) {
        // A box is opened without building its whole text: a box without text holds no lines either.
        if (e.hasText()) {
          for (int i = e.childrenSize() - 1; i >= 0; i--) stack.push(e.child(i));
        }
        continue;
      }
      String text = Texts.normalise(e.text());
      if (text.isEmpty()) continue;
      if (text.length() > MAX_HEADER_LINE) return;
      seen++;
      if (readLine(text, e, true) || readBodyTopDate(text)) usedLines.add(text);
    }
  }

  private static final int MAX_BODY_TOP_LINES = 6;
  /** The longest line read as a header field (a byline, a dateline, a kicker); a longer one is text. */
  private static final int MAX_HEADER_LINE = 160;
  /** The longest line read as a date line: a date with its label, a time and a zone. */
  private static final int MAX_DATE_LINE = 80;
  /** Elements passed over at the top of the body: the headline, images and captions. */
  private static final Set<String> SKIPPED_AT_TOP = Set.of("h1", "figure", "picture", "img",
      "figcaption", "iframe", "video", "table", "ul", "ol");

  /** Whether the line or an element inside it has a byline or author class. */
  private static boolean hasAuthorClass(Element line) {
    for (Element d : line.getAllElements()) {
      if (d.attributesSize() > 0 && hasAuthorWord(d)) return true;
    }
    return false;
  }

  /** Whether the element's class or id has a byline or author word; no such word holds a space, so each is matched alone. */
  private static boolean hasAuthorWord(Element e) {
    return Vocabulary.AUTHOR_FRAGMENTS.in(e.className()) || Vocabulary.AUTHOR_FRAGMENTS.in(e.id());
  }

  private static final Evaluator BR = QueryParser.parse("br");

  /** Author prefixes that also begin ordinary sentences ("כתב האישום", "كتب التاريخ", "door de"). */
  private static final Pattern AMBIGUOUS_PREFIX = Pattern.compile("^(?i)(כתב|כתבה|كتب|كتبت|إعداد|di|door)(?=[\\s:])");

  /**
   * The names of a byline element, read from its first line when a {@code <br>} breaks it: what follows the break is
   * another field ("Von Roland Brockmann und Sebastian Drescher<br>Kakuma /Kenia"), which would spoil the last name;
   * else from {@code namesPart}, the part of its line that may name people ({@link PageDates#namesPart}).
   */
  private List<Author> bylineNames(String namesPart, Element e) {
    if (e.selectFirst(BR) != null) {
      List<Author> first = Authors.fromByline(dates.namesPart(firstLine(e)));
      if (!first.isEmpty()) return first;
    }
    return Authors.fromByline(namesPart);
  }

  /** The text of an element up to its first {@code <br>} that follows some text. */
  private static String firstLine(Element e) {
    StringBuilder line = new StringBuilder();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) line.append(t.getWholeText());
        else if (node instanceof Element br && br.normalName().equals("br") && !line.toString().isBlank()) return FilterResult.STOP;
        return FilterResult.CONTINUE;
      }
    }, e);
    return Texts.normalise(line.toString());
  }

  /** A line at the top of the body that is only a date, even when the header already gave one. */
  private boolean readBodyTopDate(String text) {
    if (text.length() > MAX_DATE_LINE || !VisibleDates.mayHoldDate(text)) return false;
    Optional<ParsedDate> d = dates.read(text);
    if (d.isEmpty()) return false;
    // "Last updated September 14, 2016" is a date line, but not the publication's.
    if (published.isEmpty() && !VisibleDates.labelledUpdate(text)) {
      published = d;
      publishedZonePrinted = dates.printsZone(text);
    }
    return true;
  }

  private boolean readLine(String text, Element e, boolean atBodyTop) {
    Matcher m = PLACE_AUTHOR_DATE.matcher(text);
    if (m.matches()) {
      dateline = Optional.of(Dateline.of(m.group("place"), text));
      recorder.liftedLine(e, "dateline");
      Authors.name(m.group("author")).filter(n -> authors.stream().noneMatch(a -> a.name().equals(n))).ifPresent(n -> {
        authors.add(Authors.credit(n));
        recorder.liftedLine(e, "authors");
      });
      if (published.isEmpty()) {
        published = dates.read(m.group("date"));
        publishedZonePrinted = published.isPresent() && dates.printsZone(m.group("date"));
        if (published.isPresent()) recorder.liftedLine(e, "published");
      }
      return true;
    }
    Optional<String> genre = Vocabulary.kicker(text);
    if (genre.isPresent()) {
      if (kicker.isEmpty()) kicker = genre;
      recorder.liftedLine(e, "section");
      return true;
    }
    Optional<String> byline = Vocabulary.afterAuthorPrefix(text);
    // "05.02.2020 - Redaktion: Eberhard Fuhr": the byline is a later field of a line that starts with the date.
    Optional<String> later = byline.isEmpty() ? Authors.labelledField(text) : Optional.empty();
    boolean laterField = later.isPresent();
    if (laterField) byline = later;
    boolean authorElement = atBodyTop ? hasAuthorClass(e)
        : hasAuthorWord(e);
    if (atBodyTop && !authorElement && byline.isPresent() && AMBIGUOUS_PREFIX.matcher(text).find()) byline = Optional.empty();
    if ((byline.isPresent() || authorElement) && !AuthorChooser.inImageCredit(e)) {
      // A line that is a date and nothing else ("il y a 2 heures", "vor einer Stunde") names no author, whatever its
      // box's class says.
      String namesPart = dates.namesPart(text);
      if (text.length() <= MAX_DATE_LINE && namesPart.isEmpty()) return readDate(text, e);
      List<Author> found = bylineNames(namesPart, e);
      if (atBodyTop && !Authors.namesAtBodyTop(found)) found = List.of();
      if (!found.isEmpty()) {
        if (authors.isEmpty()) authors.addAll(found);
        recorder.liftedLine(e, "authors");
        if (laterField) readDateOf(Authors.firstField(text), e); // the line's first field is its date
        return true;
      }
    }
    Optional<String> signed = nameAfterDate(text);
    if (signed.isPresent()) {
      if (authors.isEmpty()) authors.add(Author.of(signed.get()));
      recorder.liftedLine(e, "authors");
      readDateOf(Authors.firstField(text), e);
      return true;
    }
    return readDateOf(text, e);
  }

  /**
   * The person's full name that a line prints after its date, with no label ("25.10.2022 - Reiner Nagel",
   * "March 3, 2021 | Jane Doe"): a line of two fields, a date and a name.
   */
  private Optional<String> nameAfterDate(String text) {
    if (text.length() > MAX_DATE_LINE || !VisibleDates.mayHoldDate(text)) return Optional.empty();
    String[] fields = Authors.fields(text);
    if (fields.length != 2 || !Authors.isPersonShaped(fields[1]) || dates.read(fields[0]).isEmpty()) return Optional.empty();
    return Authors.name(fields[1]);
  }

  /** Reads the line's date as the published one when none was read yet; whether it had one. */
  private boolean readDateOf(String text, Element e) {
    return text.length() <= MAX_DATE_LINE && VisibleDates.mayHoldDate(text) && readDate(text, e);
  }

  /** Reads {@code text}, a short line, as the published date when none was read yet; whether it was one. */
  private boolean readDate(String text, Element e) {
    if (published.isEmpty()) {
      Optional<ParsedDate> d = VisibleDates.published(text, dates);
      if (d.isPresent()) {
        published = d;
        publishedZonePrinted = dates.printsZone(text);
        recorder.liftedLine(e, "published");
        return true;
      }
    }
    return false;
  }

  /** A dateline at the start of the first paragraph, as wire stories print it. */
  void readFirstParagraph(String text) {
    if (dateline.isPresent()) return;
    Matcher m = PARAGRAPH_DATELINE.matcher(text);
    if (m.find()) {
      String place = m.group("place").strip().replaceAll(",$", "");
      if (Texts.words(place) <= 4) dateline = Optional.of(Dateline.of(place, m.group().strip()));
    }
  }

}
