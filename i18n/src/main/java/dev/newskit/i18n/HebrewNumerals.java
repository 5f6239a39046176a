package dev.newskit.i18n;

import java.util.Objects;

/**
 * Hebrew numerals (gematria) in both directions, as used for Hebrew-calendar days and years.
 *
 * <p>15 and 16 are written ט״ו and ט״ז, never with the letters of the divine name; a single letter
 * takes a geresh (׳) and a longer numeral takes gershayim (״) before its last letter. Thousands are
 * written as a letter with a geresh before the rest when asked for (5786 → ה׳תשפ״ו) and are otherwise
 * dropped, as in dates (5786 → תשפ״ו). Thread-safe.
 */
public final class HebrewNumerals {
  /** Geresh, U+05F3. */
  public static final char GERESH = '\u05F3';
  /** Gershayim, U+05F4. */
  public static final char GERSHAYIM = '\u05F4';

  private static final String ONES = "\0אבגדהוזחט";
  private static final String TENS = "\0יכלמנסעפצ";
  private static final String HUNDREDS = "\0קרשת";

  private HebrewNumerals() {}

  /** {@code value} (1–9999) in Hebrew letters, without the thousands: 786 → תשפ״ו, 5786 → תשפ״ו. */
  public static String format(int value) {
    return format(value, false);
  }

  /**
   * {@code value} (1–9999) in Hebrew letters.
   *
   * @param withThousands whether to write the thousands as a letter with a geresh (5786 → ה׳תשפ״ו)
   */
  public static String format(int value, boolean withThousands) {
    if (value < 1 || value > 9999) {
      throw new IllegalArgumentException("Hebrew numerals are written for 1 to 9999, not " + value);
    }
    int thousands = value / 1000;
    int rest = value % 1000;
    StringBuilder letters = new StringBuilder();
    int hundreds = rest / 100;
    while (hundreds >= 4) {
      letters.append('ת');
      hundreds -= 4;
    }
    if (hundreds > 0) letters.append(HUNDREDS.charAt(hundreds));
    int tensAndOnes = rest % 100;
    if (tensAndOnes == 15) {
      letters.append("טו");
    } else if (tensAndOnes == 16) {
      letters.append("טז");
    } else {
      if (tensAndOnes >= 10) letters.append(TENS.charAt(tensAndOnes / 10));
      if (tensAndOnes % 10 > 0) letters.append(ONES.charAt(tensAndOnes % 10));
    }
    String marked = mark(letters);
    if (withThousands && thousands > 0) {
      String prefix = ONES.charAt(thousands) + String.valueOf(GERESH);
      return rest == 0 ? prefix : prefix + marked;
    }
    if (rest == 0) return ONES.charAt(thousands) + String.valueOf(GERESH);
    return marked;
  }

  /**
   * Any positive number in Hebrew letters, thousands included: each group of thousands is written as
   * a numeral followed by a geresh (5786 → ה׳תשפ״ו, 12,345 → י״ב׳שמ״ה, 1,000,000 → א׳׳).
   *
   * @throws IllegalArgumentException for zero or a negative number, which have no Hebrew numeral
   */
  public static String formatNumber(long value) {
    if (value < 1) throw new IllegalArgumentException("Hebrew numerals are written for positive numbers, not " + value);
    if (value < 1000) return format((int) value);
    long thousands = value / 1000;
    int rest = (int) (value % 1000);
    String head = formatNumber(thousands);
    if (thousands < 10) head = head.substring(0, head.length() - 1); // א׳ → א, then the thousands geresh
    String prefix = head + GERESH;
    return rest == 0 ? prefix : prefix + format(rest);
  }

  private static String mark(StringBuilder letters) {
    if (letters.length() == 0) return "";
    if (letters.length() == 1) return letters.append(GERESH).toString();
    return letters.insert(letters.length() - 1, GERSHAYIM).toString();
  }

  /**
   * The value of a Hebrew numeral. Geresh and gershayim may be written as ׳ ״, {@code '} {@code "},
   * or {@code ’} {@code ”}, or left out; final letter forms count like their plain forms. A letter
   * followed by a geresh before more letters counts in thousands (ה׳תשפ״ו → 5786).
   *
   * @throws NumberFormatException for an empty text or a character that is not a Hebrew numeral letter
   */
  public static int parse(String numeral) {
    if (Objects.requireNonNull(numeral, "numeral").isBlank()) throw new NumberFormatException("empty Hebrew numeral");
    String s = numeral.strip();
    int total = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isMark(c)) continue;
      int v = letterValue(c);
      if (v == 0) {
        throw new NumberFormatException("not a Hebrew numeral letter at index " + i + ": '" + c + "' in " + numeral);
      }
      boolean thousandsMark = i == 0 && v < 10 && s.length() > 2 && i + 1 < s.length() && isGeresh(s.charAt(i + 1));
      total += thousandsMark ? v * 1000 : v;
    }
    return total;
  }

  static boolean isMark(char c) {
    return isGeresh(c) || c == GERSHAYIM || c == '"' || c == '\u201D' || c == '\u201C';
  }

  static boolean isGeresh(char c) {
    return c == GERESH || c == '\'' || c == '\u2019' || c == '`' || c == '\u05F3';
  }

  /** The numeric value of a Hebrew letter, or 0 if it is not one. */
  static int letterValue(char c) {
    return c >= 'א' && c <= 'ת' ? LETTER_VALUES[c - 'א'] : 0;
  }

  /** The value of each letter from א to ת, final forms included (ך is 20 like כ). */
  private static final int[] LETTER_VALUES = letterValues();

  private static int[] letterValues() {
    int[] values = new int['ת' - 'א' + 1];
    for (int i = 1; i < ONES.length(); i++) values[ONES.charAt(i) - 'א'] = i;
    for (int i = 1; i < TENS.length(); i++) values[TENS.charAt(i) - 'א'] = i * 10;
    for (int i = 1; i < HUNDREDS.length(); i++) values[HUNDREDS.charAt(i) - 'א'] = i * 100;
    values['ך' - 'א'] = 20;
    values['ם' - 'א'] = 40;
    values['ן' - 'א'] = 50;
    values['ף' - 'א'] = 80;
    values['ץ' - 'א'] = 90;
    return values;
  }
}
