package dev.newskit.html;

import dev.newskit.html.internal.Texts;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credit a picture's caption prints after its text: "Cranes in the port (Photo: John Smith / Courier)", "…. Photo:
 * Reuters", "… | Foto: dpa", "… צילום: רויטרס", "…. Picture by Jane Doe", "… Photo courtesy of NASA".
 */
record CaptionCredit(Optional<String> caption, Optional<String> credit) {

  /** The words that open a credit, in the languages the extractor reads. */
  private static final String WORD = "(?:photo(?:graph)?s?|pictures?|images?(?:\\s+(?:copyright|source))?|credits?"
      + "|crédits?(?:\\s+photo)?|foto(?:graf[ií]a)?s?|bild|фото|צילום|קרדיט|تصوير|الصورة|المصدر)";

  /**
   * The Hebrew and Arabic credit words, which captions print straight after their text ("מפגינים בתל אביב צילום:
   * רויטרס"); a Latin word needs a sentence's end or a separator before it ("File photo: Boris Johnson speaks" is a caption).
   */
  private static final String RTL_WORD = "צילום|קרדיט|تصوير|الصورة|المصدر";

  /** The words between the opening word and the name when no colon is: "Photo by", "Photo via", "Photo courtesy of". */
  private static final String BY = "\\s+(?:by|via|courtesy(?:\\s+of)?)\\s+";

  /** A credit in brackets that closes the caption: "(Photo: John Smith / Courier)", "[Foto: dpa]". */
  private static final Pattern IN_BRACKETS = Pattern.compile(
      "(?iu)\\s*[(\\[]\\s*" + WORD + "(?:\\s*:|" + BY + ")\\s*([^()\\[\\]]+?)\\s*[)\\]]\\s*$");

  /**
   * A credit that runs to the caption's end, its word at the caption's start, after a sentence's end or a separator
   * ("…. Photo: Reuters", "… | Photo by Jane Doe"; a Hebrew or Arabic word after any space), where a sentence cannot
   * go on with it.
   */
  private static final Pattern AT_END = Pattern.compile(
      "(?iu)(?:^|(?<=[.!?…\"”])\\s+|\\s+[|/–—]\\s+|\\s(?=" + RTL_WORD + "))" + WORD + "\\s*:\\s*(\\S.*?)\\s*$"
          + "|(?:^|(?<=[.!?…\"”])\\s+|\\s+[|/–—]\\s+)" + WORD + BY + "(\\S.*?)\\s*$");

  /** The separators left before a credit once it is taken off: "Cranes |", "Cranes —". */
  private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s|/–—-]+$");

  /** The caption's text with the credit it closes with taken apart; the text as it is when it closes with none. */
  static CaptionCredit of(String caption) {
    String text = Texts.normalise(caption);
    Matcher m = IN_BRACKETS.matcher(text);
    if (!m.find()) m = last(AT_END.matcher(text));
    if (m == null) return new CaptionCredit(nonEmpty(text), Optional.empty());
    String credit = m.group(1) != null ? m.group(1) : m.group(2);
    String rest = TRAILING_SEPARATORS.matcher(text.substring(0, m.start())).replaceFirst("");
    return new CaptionCredit(nonEmpty(rest), nonEmpty(credit.strip()));
  }

  /**
   * A credit element's text without the word that opens it ("Foto: Nvidia", "Photo by James Martin/CNET" give the
   * names); any other text as it is ("© Reuters", "Getty Images").
   */
  static String name(String creditText) {
    String text = Texts.normalise(creditText);
    Matcher m = AT_END.matcher(text);
    if (!m.find() || m.start() != 0) return text;
    return m.group(1) != null ? m.group(1) : m.group(2);
  }

  /** The match that starts last: the credit is what closes the caption, not a word met earlier in it. */
  private static Matcher last(Matcher m) {
    int from = 0;
    int start = -1;
    while (from < m.regionEnd() && m.find(from)) {
      start = m.start();
      from = start + 1;
    }
    return start >= 0 && m.find(start) ? m : null;
  }

  private static Optional<String> nonEmpty(String s) {
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}
