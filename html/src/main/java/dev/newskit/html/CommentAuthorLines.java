package dev.newskit.html;

import dev.newskit.core.FoundDate;
import dev.newskit.html.internal.Texts;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines in which a reader's comment names its author: "NAME says:", "NAME said...", "Posted by NAME", "NAME, 3 March
 * 2020" or "At 4/19/2005 07:14 PM, NAME", read into the name alone, and what such a line leaves in the comment's text.
 */
final class CommentAuthorLines {
  private CommentAuthorLines() {}

  /** The verbs of an author line, "NAME says:", in English, German, French, Spanish and Italian. */
  private static final String SAYS_VERBS = "(?:says|said|wrote|writes|sagt|schrieb|schreibt|meint|dit|a dit|écrit|a écrit"
      + "|dice|dijo|escribe|escribió|scrive|ha scritto)";

  /** A name, a verb of {@link #SAYS_VERBS}, then a colon or an ellipsis, which the two patterns below differ on. */
  private static final String NAME_SAYS = "(?iu)^(.{1,60}?)\\s+" + SAYS_VERBS + "\\s*(?::|\\.{2,}|…)";

  /** "NAME says:", "NAME said...", "NAME wrote:": a comment's author line. */
  private static final Pattern SAYS = Pattern.compile(NAME_SAYS + "?$");

  /** "NAME says:", "NAME said...": a line of text that names its author only with its colon or ellipsis. */
  private static final Pattern SAYS_LINE = Pattern.compile(NAME_SAYS + "$");

  /** Punctuation no name holds: a line with it is a sentence ("By the way, …"). */
  private static final Pattern SENTENCE_MARK = Pattern.compile("[,;:!?…\"“”()]");

  /** What is left of an author line whose name stood in an element of its own: "says:", "said...". */
  private static final Pattern SAYS_ALONE =
      Pattern.compile("(?iu)^(?:\\d{1,4}[.)]?\\s*)?(?:" + SAYS_VERBS + "|by)\\s*(?::|\\.{2,}|…)?$");

  /** The number a thread prints before each comment's name ("2. The Keeper"). */
  private static final Pattern ORDINAL = Pattern.compile("^\\d{1,4}[.)]\\s+");

  /** Separators and a dangling "at" or "on" left at a name's edges once its date is taken off. */
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("(?iu)^[\\s,;:|•·—–-]+|(?:\\s+(?:at|on))?[\\s,;:|•·—–-]*$");

  /** A word that only leads into a date ("At 4/19/2005 07:14 PM, NAME"). */
  private static final Pattern DATE_LABEL = Pattern.compile("(?iu)at|on|posted|posted on|posted at");

  /** "by NAME", "Posted by NAME", possibly with the date after a separator. */
  private static final Pattern BY = Pattern.compile(
      "(?iu)^(?:posted |written |submitted |comment |comments )?by:?\\s+(.{1,60}?)(?:\\s+(?:on|at|[|•·,—–-])(?:\\s.*)?)?$");

  /** Whether {@code line} is what is left of an author line whose name stood in an element of its own: "says:", "by". */
  static boolean isSaysAlone(String line) {
    return SAYS_ALONE.matcher(line).matches();
  }

  /** A commenter's name from the text of the element that holds it, without "says:", "said..." or a date after it. */
  static Optional<String> authorName(String text, PageDates dates) {
    String t = Texts.normalise(text);
    var found = dates.find(t);
    if (!found.isEmpty()) {
      // "NAME July 24, 2012 1:17 PM" or "At 4/19/2005 07:14:49 PM, NAME": the name is on the other side of the date.
      FoundDate first = found.get(0);
      String before = EDGE_PUNCTUATION.matcher(t.substring(0, first.start())).replaceAll("");
      t = before.isEmpty() || DATE_LABEL.matcher(before).matches() ? t.substring(first.end()) : before;
      t = EDGE_PUNCTUATION.matcher(t).replaceAll("");
    }
    Matcher says = SAYS.matcher(t);
    if (says.matches()) t = says.group(1);
    Matcher by = BY.matcher(t);
    if (by.matches()) t = by.group(1);
    t = ORDINAL.matcher(t.strip()).replaceFirst("");
    return t.isEmpty() || t.length() > 60 ? Optional.empty() : Optional.of(t);
  }

  /**
   * The name in a line of text that only names the comment's author: "yummy says:" with its colon or ellipsis, or
   * "Posted by Dana" whose name has a name's shape ({@link #isNameShaped}).
   */
  static Optional<String> authorLine(String line) {
    if (line.length() > 80) return Optional.empty();
    Matcher says = SAYS_LINE.matcher(line);
    if (says.matches() && Texts.words(says.group(1), 5) <= 4) return Optional.of(says.group(1).strip());
    return byLine(line);
  }

  /** The name in a line "by NAME" or "Posted by NAME", a forum's user number after it ("by jdoe (165670)") left out. */
  static Optional<String> byLine(String line) {
    if (line.length() > 80) return Optional.empty();
    Matcher by = BY.matcher(line);
    if (!by.matches()) return Optional.empty();
    String name = by.group(1).strip();
    Matcher number = USER_NUMBER.matcher(name);
    // A user's number says the line is a user name, which may be written in lower case ("by jdoe (165670)").
    if (number.find()) {
      name = name.substring(0, number.start());
      return !name.isEmpty() && !SENTENCE_MARK.matcher(name).find() && Texts.words(name, 5) <= 4
          ? Optional.of(name) : Optional.empty();
    }
    return isNameShaped(name) ? Optional.of(name) : Optional.empty();
  }

  /** The number a forum prints after a user's name: "jdoe (165670)". */
  private static final Pattern USER_NUMBER = Pattern.compile("\\s*\\(\\d{1,12}\\)$");

  /** Whether {@code line} names {@code author}: the name alone, "NAME says:" or "by NAME". */
  static boolean namesAuthor(String line, String author) {
    String key = Texts.key(author);
    if (Texts.key(line).equals(key)) return true;
    if (line.length() > 80) return false;
    Matcher says = SAYS.matcher(line);
    if (says.matches() && Texts.key(says.group(1)).equals(key)) return true;
    Matcher by = BY.matcher(line);
    return by.matches() && Texts.key(by.group(1)).equals(key);
  }

  /**
   * Whether {@code name} has a commenter's name's shape: one to four words, the first not lower-case and any other
   * lower-case one a short particle ("van", "de"), with no sentence's punctuation; a full stop only after an initial or
   * a short title ("Anna K.", "Jr.").
   *
   * <p>Looser than a byline's test ({@link Authors#isPersonShaped}): a reader signs with a first name alone, an initial
   * or a nickname rather than a full name, and the line has already been found where a comment's author stands, so
   * one word passes and any short lower-case word is taken as a particle.
   */
  static boolean isNameShaped(String name) {
    if (name.isEmpty() || SENTENCE_MARK.matcher(name).find()) return false;
    String[] words = name.split("\\s+");
    if (words.length > 4) return false;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (Character.isLowerCase(w.codePointAt(0)) && (i == 0 || w.length() > 3)) return false;
      int dot = w.indexOf('.');
      if (dot >= 0 && (dot != w.length() - 1 || w.length() > 4)) return false;
    }
    return true;
  }
}
