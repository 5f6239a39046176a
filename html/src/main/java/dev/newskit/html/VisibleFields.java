package dev.newskit.html;

import dev.newskit.core.Author;
import dev.newskit.core.Dateline;
import dev.newskit.core.ParsedDate;
import dev.newskit.html.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

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

  private final DateReader dates;
  final List<String> usedLines = new ArrayList<>();
  Optional<Dateline> dateline = Optional.empty();
  final List<Author> authors = new ArrayList<>();
  Optional<ParsedDate> published = Optional.empty();
  Optional<String> kicker = Optional.empty();

  VisibleFields(DateReader dates) {
    this.dates = dates;
  }

  /** Reads the lines of {@code zone}, the elements between the article's top and its body, in order. */
  void readHeader(List<Element> zone) {
    for (Element e : zone) {
      String text = Texts.normalise(e.text());
      if (text.isEmpty() || text.length() > 160) continue;
      if (readLine(text, e)) usedLines.add(text);
    }
  }

  private boolean readLine(String text, Element e) {
    Matcher m = PLACE_AUTHOR_DATE.matcher(text);
    if (m.matches()) {
      dateline = Optional.of(Dateline.of(m.group("place"), text));
      Authors.name(m.group("author")).ifPresent(n -> authors.add(Author.of(n)));
      if (published.isEmpty()) published = dates.read(m.group("date"));
      return true;
    }
    Optional<String> genre = Vocabulary.kicker(text);
    if (genre.isPresent()) {
      if (kicker.isEmpty()) kicker = genre;
      return true;
    }
    Optional<String> byline = Vocabulary.afterAuthorPrefix(text);
    boolean authorElement = Vocabulary.AUTHOR_CLASS.matcher(e.className() + " " + e.id()).find();
    if (byline.isPresent() || authorElement) {
      List<Author> found = Authors.fromByline(text);
      if (!found.isEmpty()) {
        if (authors.isEmpty()) authors.addAll(found);
        return true;
      }
    }
    if (published.isEmpty() && text.length() <= 80 && hasDigit(text)) {
      Optional<ParsedDate> d = VisibleDates.published(text, dates);
      if (d.isPresent()) {
        published = d;
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

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
    return s.contains("לפני") || s.contains("אתמול") || s.contains("היום");
  }
}
