package dev.newskit.i18n;

/**
 * One token of a date text: a number, a time ({@code 7:15}), a numeric date ({@code 10/4/2026}), an
 * offset ({@code +03:00}), a word or a separator, with its place in the input.
 */
record DateToken(Kind kind, String text, int start, int end) {
  /**
   * WORD is a word of the Latin or Cyrillic alphabet, or a Chinese or Japanese date word ({@code 小时}, {@code 前}).
   * ARABIC_WORD is an Arabic-script word, its text the {@link ArabicNames#key} it is looked up by, made only when
   * Arabic script is read. OTHER is anything else and PROSE a Hebrew or Arabic word that is no date word (its text left empty); both are
   * made only when searching a longer text, and end a candidate date.
   */
  enum Kind { NUMBER, TIME, NUMERIC_DATE, OFFSET, HEBREW_WORD, WORD, ARABIC_WORD, SEPARATOR, OTHER, PROSE }

  boolean is(Kind k) {
    return kind == k;
  }

  @Override
  public String toString() {
    return kind + "(" + text + ")@" + start;
  }
}
