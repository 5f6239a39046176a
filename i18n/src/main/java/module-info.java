/**
 * Hebrew dates and times and Asia/Jerusalem time: formatting (Gregorian dates in Hebrew, the Hebrew
 * calendar, Hebrew numerals, relative time), parsing of the date forms Hebrew pages print, and
 * bidi-safe mixed-direction strings. Registers {@link dev.newskit.i18n.HebrewDateParser} as a
 * {@link dev.newskit.core.DateTextParser} service.
 */
module dev.newskit.i18n {
  requires transitive dev.newskit.core;
  requires com.ibm.icu;

  exports dev.newskit.i18n;

  provides dev.newskit.core.DateTextParser with dev.newskit.i18n.HebrewDateParser;
}
