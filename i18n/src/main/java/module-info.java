/**
 * Hebrew dates and times and Asia/Jerusalem time: formatting (Gregorian dates in Hebrew, the Hebrew
 * calendar, Hebrew numerals, relative time), parsing of the date forms Hebrew pages print, and
 * bidi-safe mixed-direction strings; parsing of the Arabic and Persian date forms (both Gregorian month-name systems,
 * the Solar Hijri calendar). Registers {@link dev.newskit.i18n.HebrewDateParser} and {@link
 * dev.newskit.i18n.ArabicDateParser} as {@link dev.newskit.core.DateTextParser} services.
 */
module dev.newskit.i18n {
  requires transitive dev.newskit.core;
  requires com.ibm.icu;
  requires static org.jspecify;

  exports dev.newskit.i18n;

  provides dev.newskit.core.DateTextParser with dev.newskit.i18n.HebrewDateParser, dev.newskit.i18n.ArabicDateParser;
}
