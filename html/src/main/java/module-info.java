/**
 * HTML for news: article and metadata extraction from real pages, built on jsoup. Hebrew and other
 * date forms are read through core's {@link dev.newskit.core.DateTextParser} services, so this module
 * needs no ICU4J: add {@code newskit-i18n} to the class or module path to read Hebrew dates.
 */
module dev.newskit.html {
  requires transitive dev.newskit.core;
  requires org.jsoup;
  requires static org.jspecify;

  exports dev.newskit.html;
  exports dev.newskit.html.safety;
}
