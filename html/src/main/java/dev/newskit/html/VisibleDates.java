package dev.newskit.html;

import dev.newskit.core.FoundDate;
import dev.newskit.core.ParsedDate;
import dev.newskit.html.internal.AsciiWords;
import dev.newskit.html.internal.ElementText;
import dev.newskit.html.internal.Nodes;
import dev.newskit.html.internal.Texts;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The publication date a page prints outside its metadata, where htmldate looks for it: elements whose
 * class, id or {@code itemprop} says they hold a date ({@code date}, {@code time}, {@code published},
 * {@code byline}, {@code meta} and their German, French, Spanish … words), {@code <time>} and
 * {@code <abbr>} texts, the date in the URL's path ({@code /2023/11/08/}), and last the page's text. A date labelled as an
 * update ("Updated", "aktualisiert", "mis à jour") is a modification, not the publication.
 */
final class VisibleDates {
  private static final Pattern DATE_CLASS = Pattern.compile("(?i)(date|time|publi|posted|byline|dateline|meta|"
      + "datum|fecha|data|zeit|heure|stamp|info|author|autor|entry-header|article-header|submitted|created)");
  /** {@link #DATE_CLASS}'s words, looked for without running the pattern over every class and id of a page. */
  private static final AsciiWords DATE_FRAGMENTS = AsciiWords.ofAlternation(DATE_CLASS);
  private static final Pattern UPDATED = Pattern.compile("(?iu)(updated|last modified|modified|aktualisiert|"
      + "geändert|mis à jour|actualizado|actualización|aggiornato|atualizado|bijgewerkt|zaktualizowano|עודכן|تحديث|بروزرسانی|به\u200cروزرسانی)");
  private static final Pattern URL_DATE = Pattern.compile(
      "/((?:19|20)\\d{2})[/-]([01]?\\d)[/-]([0-3]?\\d)(?:[/-]|$)|/((?:19|20)\\d{2})([01]\\d)([0-3]\\d)(?:[/_-]|$)");
  private static final Pattern URL_ORIGIN = Pattern.compile("^[a-zA-Z]+://[^/]+");
  /** A path segment that is a date alone, day first: {@code /29-10-2021}; read only when the day is over 12. */
  private static final Pattern URL_DAY_FIRST = Pattern.compile("/([0-3]?\\d)-([01]?\\d)-((?:19|20)\\d{2})(?:/|$)");
  private static final int MAX_TEXT = 200;
  private static final int MAX_CANDIDATES = 400;
  private static final int MAX_PAGE_TEXT = 5_000;

  private VisibleDates() {}

  /**
   * The first publication date printed in a date element of a body (a pruned page: navigation, sidebars and other
   * stories' lists are gone), in document order; {@code bodyElements} are the body's elements in that order (its
   * index's), the body first.
   */
  static Optional<ParsedDate> inDateElements(List<Element> bodyElements, PageDates dates) {
    return bodyElements.isEmpty() ? Optional.empty() : inDateElements(bodyElements, bodyElements.get(0), dates, false);
  }

  /**
   * The last resort on a whole, unpruned page: its date elements (as {@link #inDateElements(List, PageDates)} reads
   * them, elements in menus and footers skipped), then its short texts ({@link #inShortTexts}), both read from one
   * list of the page's elements.
   */
  static Optional<ParsedDate> inWholePage(Element page, PageDates dates) {
    List<Element> elements = Nodes.elementsOf(page);
    return inDateElements(elements, page, dates, true).or(() -> inShortTexts(elements, page, dates));
  }

  private static Optional<ParsedDate> inDateElements(List<Element> elements, Element body, PageDates dates,
      boolean skipNavigation) {
    int tried = 0;
    for (Element e : elements) {
      if (!isDateElement(e) || skipNavigation && inNavigation(e, body) || visibleCharsExceed(e, MAX_TEXT)) continue;
      // A date element's text is read even without a digit: "vor einer Stunde", "час назад", "Yesterday" are
      // stamps there (counted from the reference instant, refused without one), where in running text they are prose.
      String text = Texts.normalise(e.text());
      if (text.isEmpty() || text.length() > MAX_TEXT) continue;
      if (++tried > MAX_CANDIDATES) break;
      Optional<ParsedDate> d = published(text, dates);
      if (d.isPresent()) return d;
    }
    return Optional.empty();
  }

  /**
   * The last resort: the first date in the pruned page's text, from its top, that is not labelled as an
   * update, not before {@value #MIN_YEAR} (a founding year or a law's date in the text is rarely that recent) and not counted
   * from the reference instant (running text's "tonight at 6:30" and "yesterday" date what it tells, not the page).
   */
  static Optional<ParsedDate> inText(Element body, PageDates dates) {
    // The text's first characters only, read without building the rest of the page's text.
    String text = ElementText.prefix(body, MAX_PAGE_TEXT);
    return published(text, dates, f -> f.date().date().getYear() >= MIN_YEAR && !dates.countsFromReference(text, f));
  }

  /**
   * The earliest year read as a page's date from its text rather than from a date element: a founding year or a
   * law's date in the text is rarely that recent.
   */
  private static final int MIN_YEAR = 1995;

  /**
   * The first date printed in a short text among {@code elements}, those of {@code root} in document order (an
   * element counts when its own text has a digit): where a date sits deep in a long page, as htmldate's extensive
   * search finds it. Not before {@value #MIN_YEAR}, and not one labelled as an update.
   */
  private static Optional<ParsedDate> inShortTexts(List<Element> elements, Element root, PageDates dates) {
    int tried = 0;
    for (Element e : elements) {
      if (!ownTextMayHaveDigit(e) || !mayHoldDate(e.ownText()) || inNavigation(e, root)
          || visibleCharsExceed(e, MAX_TEXT)) continue;
      String text = Texts.normalise(e.text());
      if (text.length() > MAX_TEXT) continue;
      if (++tried > MAX_CANDIDATES) break;
      Optional<ParsedDate> d = published(text, dates, f -> !countsFromReferenceInProse(text, f, dates))
          .filter(p -> p.date().getYear() >= MIN_YEAR);
      if (d.isPresent()) return d;
    }
    return Optional.empty();
  }

  /** Class and id words of a menu or a footer. */
  private static final ClassWords NAVIGATION_WORDS = new ClassWords("nav navbar navigation menu footer");

  /**
   * Whether an element sits in a menu or a footer ("State of IT 2025 Report", "last edited on …"): not the page's date.
   * Only {@code e} and its ancestors up to {@code root} count, so the page can be read in place, not only as a copy.
   */
  private static boolean inNavigation(Element e, Element root) {
    for (Element p = e; p != null; p = p == root ? null : p.parent()) {
      String tag = p.normalName();
      if (tag.equals("nav") || tag.equals("footer") || tag.equals("menu")) return true;
      String role = p.attr("role");
      if (role.equalsIgnoreCase("navigation") || role.equalsIgnoreCase("contentinfo") || role.equalsIgnoreCase("menu")) return true;
      // No navigation word holds a space, so class and id are matched each alone, without joining them.
      if (p.attributesSize() > 0 && (NAVIGATION_WORDS.test(p.className()) || NAVIGATION_WORDS.test(p.id()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} says it gives an update's date ("Last updated …", "aktualisiert am …"). */
  static boolean labelledUpdate(String text) {
    return UPDATED.matcher(text).find();
  }

  /** How many characters before a date an update's label ("Last updated on") is looked for. */
  private static final int UPDATE_LABEL_REACH = 30;

  /** The first date in {@code text} that is not labelled as an update. */
  static Optional<ParsedDate> published(String text, PageDates dates) {
    return published(text, dates, f -> true);
  }

  private static Optional<ParsedDate> published(String text, PageDates dates, Predicate<FoundDate> keep) {
    for (FoundDate f : dates.find(text)) {
      if (!UPDATED.matcher(text.substring(Math.max(0, f.start() - UPDATE_LABEL_REACH), f.start())).find() && keep.test(f)) {
        return Optional.of(f.date());
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code f} counts from the reference instant inside a sentence rather than a stamp: "tonight at 6:30" or
   * "yesterday" in a line of prose dates what the line tells, while "2 hours ago" or "Today 16:52" with at most
   * {@link #STAMP_WORDS} words around it is the page's own stamp.
   */
  private static boolean countsFromReferenceInProse(String text, FoundDate f, PageDates dates) {
    return Texts.words(text) - Texts.words(text.substring(f.start(), f.end())) > STAMP_WORDS
        && dates.countsFromReference(text, f);
  }

  /** The most words a stamp puts around a date that counts from the reference ("Posted by the desk 2 hours ago"). */
  private static final int STAMP_WORDS = 4;

  /** A {@code time} or {@code abbr}, or an element whose class, id or itemprop has a date word. */
  private static boolean isDateElement(Element e) {
    String tag = e.normalName();
    if (tag.equals("time") || tag.equals("abbr")) return true;
    if (e.attributesSize() == 0) return false;
    // No date word holds a space, so each attribute is matched alone, without joining them.
    return DATE_FRAGMENTS.in(e.className()) || DATE_FRAGMENTS.in(e.id()) || DATE_FRAGMENTS.in(e.attr("itemprop"));
  }

  /**
   * Whether the text inside {@code e} has more than {@code limit} characters that are neither whitespace nor
   * invisible, so that its normalised text is longer than {@code limit}: counted without building the text,
   * stopping at the limit (a date element can be a whole article header).
   */
  private static boolean visibleCharsExceed(Element e, int limit) {
    int[] count = {0};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode) {
          String t = ((TextNode) node).getWholeText();
          for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Texts.isSpace(c) && !Texts.isInvisible(c) && ++count[0] > limit) return FilterResult.STOP;
          }
        }
        return FilterResult.CONTINUE;
      }
    }, e);
    return count[0] > limit;
  }

  /** The day in the URL's path ({@code /2023/11/08/}, {@code /20231108-}, {@code /29-10-2021}), as a day without a time. */
  static Optional<ParsedDate> inUrl(Optional<String> url) {
    if (url.isEmpty()) return Optional.empty();
    String path = URL_ORIGIN.matcher(url.get()).replaceFirst("");
    Matcher m = URL_DATE.matcher(path);
    Matcher dayFirst = URL_DAY_FIRST.matcher(path);
    try {
      LocalDate day;
      if (m.find()) {
        int g = m.group(1) != null ? 1 : 4;
        day = LocalDate.of(Integer.parseInt(m.group(g)), Integer.parseInt(m.group(g + 1)), Integer.parseInt(m.group(g + 2)));
      } else if (dayFirst.find() && Integer.parseInt(dayFirst.group(1)) > 12) {
        day = LocalDate.of(Integer.parseInt(dayFirst.group(3)), Integer.parseInt(dayFirst.group(2)), Integer.parseInt(dayFirst.group(1)));
      } else {
        return Optional.empty();
      }
      return Optional.of(new ParsedDate(day.atStartOfDay(ZoneOffset.UTC).toOffsetDateTime(), ParsedDate.Precision.DAY,
          Optional.empty()));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether {@code e}'s own text can pass {@link #mayHoldDate}: one of its text nodes holds a digit or a Hebrew
   * letter. Checked in place, so that the own text is built only for the elements that may pass.
   */
  private static boolean ownTextMayHaveDigit(Element e) {
    for (int i = 0, n = e.childNodeSize(); i < n; i++) {
      if (!(e.childNode(i) instanceof TextNode t)) continue;
      String s = t.getWholeText();
      for (int k = 0; k < s.length(); k++) {
        char c = s.charAt(k);
        if (Character.isDigit(c) || (c >= '\u0590' && c <= '\u05FF')) return true;
      }
    }
    return false;
  }

  /**
   * Whether a short text outside a date element may print a date, before it is parsed: it holds a digit or a Hebrew
   * relative word ({@code לפני}, {@code אתמול}, {@code היום}); a line of words alone ("Today", "Monday") is a label there.
   */
  static boolean mayHoldDate(String s) {
    for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
    return s.contains("לפני") || s.contains("אתמול") || s.contains("היום");
  }
}
