package dev.newskit.bench.eval;

import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The metadata metrics of the corpus's {@code README-evalsets.md}, one page at a time. */
final class MetadataChecks {
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\x1c-\\x1f]+", Pattern.UNICODE_CHARACTER_CLASS);
  /** Characters that print as nothing: soft hyphens, zero-width spaces, word joiners, byte-order marks. */
  private static final Pattern INVISIBLE = Pattern.compile("[\u00ad\u200b\u2060\ufeff]");
  /** What joins several people in one gold string ("A, B & C", "A und B", "dsw / DPA"). */
  private static final Pattern NAME_JOINERS = Pattern.compile("\\s*(?:[,;&/]|\\s(?:and|und|y|et)\\s)\\s*");
  /** A byline's label left before a name in a gold value ("Von Roland Brockmann"). */
  private static final Pattern BYLINE_LABEL = Pattern.compile("^(?:by|von|por|par|door)\\s+(?=\\S+\\s+\\S)");
  private static final Pattern NOT_LENIENT = Pattern.compile("[\\p{P}\\p{S}\\p{Z}\\s]+", Pattern.UNICODE_CHARACTER_CLASS);
  /** A printed date-time: day, optional time, optional offset (a zone id in brackets may follow). */
  private static final Pattern DATE_TIME = Pattern.compile(
      "(\\d{4}-\\d{2}-\\d{2})(?:T(\\d{2}:\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?.*");

  private MetadataChecks() {}

  /**
   * Equal after Unicode NFC and whitespace collapse, characters that print as nothing (soft hyphens)
   * left out. A gold title without a lower-case letter is compared in capitals: annotators copied what the
   * browser showed, and a style sheet's {@code text-transform: uppercase} capitalises a headline whose
   * text is in mixed case ("MEET CULTURAL CULTIVATION ARTIST …" for the page's "Meet Cultural Cultivation Artist …").
   * Typographic quotes and dashes count as their plain forms: a page prints the same headline as "Korsetts - Shops"
   * in its {@code <title>} and "Korsetts – Shops" in its body, {@code "…"} in a meta and {@code “…”} in its h1.
   * Likewise a gold title that is the output with each word's first letter capitalised matches it: a style sheet's
   * {@code text-transform: capitalize} shows "… 2023 As Hottest Year Ever In The Making" for the page's "… 2023 as
   * Hottest Year Ever in the Making".
   */
  static boolean titleExact(String gold, String got) {
    if (got.isBlank()) return false;
    String g = plainPunctuation(nfcCollapsed(gold));
    String o = plainPunctuation(nfcCollapsed(got));
    if (g.equals(o) || g.equals(capitalised(o))) return true;
    return g.codePoints().anyMatch(Character::isLetter) && g.codePoints().noneMatch(Character::isLowerCase)
        && g.toUpperCase(Locale.ROOT).equals(o.toUpperCase(Locale.ROOT));
  }

  /** The text with the first letter of each space-separated word in capitals, as {@code text-transform: capitalize} shows it. */
  static String capitalised(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean wordStart = true;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.isWhitespace(c)) {
        wordStart = true;
      } else if (wordStart && Character.isLetter(c)) {
        c = Character.toTitleCase(c);
        wordStart = false;
      } else if (Character.isLetterOrDigit(c)) {
        wordStart = false;
      }
      out.appendCodePoint(c);
      i += Character.charCount(c);
    }
    return out.toString();
  }

  /** Exact, or equal or one containing the other after case folding and removing punctuation, symbols and spaces. */
  static boolean titleLenient(String gold, String got) {
    if (titleExact(gold, got)) return true;
    String g = folded(gold);
    String o = folded(got);
    return !g.isEmpty() && !o.isEmpty() && (g.contains(o) || o.contains(g));
  }

  /**
   * The set of output names equals the gold set (case-insensitive, whitespace collapsed, a trailing
   * period and a leading byline label such as "Von" left out). A gold value given as one string that
   * joins several people ("Lars Fischer und Alina Schadwinkel", "Rudolf Fischer, Simon Kohler") is the
   * set of those people; an output must still give each person as a name of their own.
   */
  static boolean authorsExact(List<String> gold, List<String> got) {
    return !got.isEmpty() && goldNames(gold).equals(names(got));
  }

  /** One gold name is among the output names. */
  static boolean authorsAtLeastOne(List<String> gold, List<String> got) {
    Set<String> out = names(got);
    return goldNames(gold).stream().anyMatch(out::contains);
  }

  private static Set<String> goldNames(List<String> gold) {
    return gold.size() == 1 ? names(List.of(NAME_JOINERS.split(gold.get(0)))) : names(gold);
  }

  /** The first 10 characters agree; no output is wrong. */
  static boolean dayRight(String gold, String got) {
    return got.length() >= 10 && gold.length() >= 10 && got.substring(0, 10).equals(gold.substring(0, 10));
  }

  /** Whether the gold value has a time and an offset, so that {@link #minuteRight} applies. */
  static boolean hasTimeAndOffset(String value) {
    Matcher m = DATE_TIME.matcher(value);
    return m.matches() && m.group(2) != null && m.group(3) != null;
  }

  /** The same instant to the minute; false when the output has no time and offset. */
  static boolean minuteRight(String gold, String got) {
    Optional<OffsetDateTime> g = instant(gold);
    Optional<OffsetDateTime> o = instant(got);
    return g.isPresent() && o.isPresent()
        && g.get().toInstant().truncatedTo(ChronoUnit.MINUTES).equals(o.get().toInstant().truncatedTo(ChronoUnit.MINUTES));
  }

  /** The UTC offset the output prints, other than Z / +00:00; empty when it has none. */
  static Optional<String> nonUtcOffset(String got) {
    Matcher m = DATE_TIME.matcher(got);
    if (!m.matches() || m.group(3) == null) return Optional.empty();
    String offset = m.group(3);
    if (offset.equals("Z") || offset.replace(":", "").equals("+0000") || offset.replace(":", "").equals("-0000")) {
      return Optional.empty();
    }
    return Optional.of(offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3) : offset);
  }

  /**
   * The zone abbreviations that name one offset each, as pages print them after a time ({@code 9:30 a.m. EDT}); the
   * table is the one html's date reader reads, written out again here so that the check does not take the reader's
   * word for what it read.
   */
  private static final java.util.Map<String, List<String>> ABBREVIATIONS = java.util.Map.ofEntries(
      java.util.Map.entry("-10:00", List.of("HST")), java.util.Map.entry("-09:00", List.of("AKST")),
      java.util.Map.entry("-08:00", List.of("PST", "AKDT")), java.util.Map.entry("-07:00", List.of("PDT", "MST")),
      java.util.Map.entry("-06:00", List.of("MDT")), java.util.Map.entry("-05:00", List.of("EST", "CDT")),
      java.util.Map.entry("-04:00", List.of("EDT")), java.util.Map.entry("+01:00", List.of("WEST", "CET", "MEZ")),
      java.util.Map.entry("+02:00", List.of("CEST", "MESZ", "EET", "SAST")), java.util.Map.entry("+03:00", List.of("EEST")),
      java.util.Map.entry("+08:00", List.of("HKT", "SGT", "AWST")), java.util.Map.entry("+09:00", List.of("JST", "KST")),
      java.util.Map.entry("+09:30", List.of("ACST")), java.util.Map.entry("+10:00", List.of("AEST")),
      java.util.Map.entry("+10:30", List.of("ACDT")), java.util.Map.entry("+11:00", List.of("AEDT")),
      java.util.Map.entry("+12:00", List.of("NZST")), java.util.Map.entry("+13:00", List.of("NZDT")));

  /**
   * Whether {@code html} prints the offset ({@code ±HH:MM}) as {@code ±HH:MM}, {@code ±HHMM},
   * {@code GMT±H} or {@code UTC±H} (hours with or without a leading zero, minutes optional), or as a zone
   * abbreviation that names it alone ({@code EDT} for {@code -04:00}).
   */
  static boolean offsetPrinted(String offset, String html) {
    for (String name : ABBREVIATIONS.getOrDefault(offset, List.of())) {
      if (Pattern.compile("\\b" + name + "\\b").matcher(html).find()) return true;
    }
    char sign = offset.charAt(0);
    String hh = offset.substring(1, 3);
    String mm = offset.substring(4, 6);
    if (html.contains(sign + hh + ":" + mm) || html.contains(sign + hh + mm)) return true;
    int hours = Integer.parseInt(hh);
    String h = "(?:0?" + hours + ")" + (mm.equals("00") ? "(?::?00)?" : ":?" + mm);
    return Pattern.compile("(?i)(?:GMT|UTC)\\s?" + Pattern.quote(String.valueOf(sign)) + h + "(?!\\d)").matcher(html).find();
  }

  private static Optional<OffsetDateTime> instant(String value) {
    Matcher m = DATE_TIME.matcher(value);
    if (!m.matches() || m.group(2) == null || m.group(3) == null) return Optional.empty();
    String offset = m.group(3).equals("Z") ? "Z"
        : m.group(3).length() == 5 ? m.group(3).substring(0, 3) + ":" + m.group(3).substring(3) : m.group(3);
    try {
      return Optional.of(OffsetDateTime.parse(m.group(1) + "T" + m.group(2) + offset));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String nfcCollapsed(String s) {
    String visible = INVISIBLE.matcher(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll("");
    return Punkt.pythonStrip(WHITESPACE.matcher(visible).replaceAll(" "));
  }

  /** The text with typographic quotes, apostrophes and dashes in their plain forms ({@code “} → {@code "}, {@code –} → {@code -}). */
  static String plainPunctuation(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(switch (c) {
        case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032' -> '\'';
        case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033' -> '"';
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
        default -> c;
      });
    }
    return out.toString();
  }

  private static String folded(String s) {
    return NOT_LENIENT.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)).replaceAll("");
  }

  private static Set<String> names(List<String> names) {
    return names.stream()
        .map(n -> BYLINE_LABEL.matcher(nfcCollapsed(n).toLowerCase(Locale.ROOT)).replaceFirst("").replaceFirst("\\.$", ""))
        .filter(n -> !n.isEmpty())
        .collect(Collectors.toSet());
  }
}
