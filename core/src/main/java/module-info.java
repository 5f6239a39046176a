/**
 * The newskit article model: immutable records for a news article, its JSON and JSON-LD forms, and the
 * {@link dev.newskit.core.DateTextParser} service that other modules implement.
 */
module dev.newskit.core {
  requires transitive tools.jackson.databind;
  requires transitive com.fasterxml.jackson.annotation;
  requires static org.jspecify;

  exports dev.newskit.core;
  // One JSON tree reader for core and newskit-html; not API.
  exports dev.newskit.core.internal to dev.newskit.html;

  // Jackson reflects on the records to map them.
  opens dev.newskit.core to tools.jackson.databind, com.fasterxml.jackson.databind;

  uses dev.newskit.core.DateTextParser;
}
