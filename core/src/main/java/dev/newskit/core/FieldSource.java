package dev.newskit.core;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where an extracted field's value came from on the page, so a newsroom can see why a date or an author
 * was chosen. Recorded per field in {@link Article#provenance()}.
 */
public enum FieldSource {
  /** A schema.org JSON-LD block ({@code <script type="application/ld+json">}). */
  @JsonProperty("json-ld")
  JSON_LD,
  /** OpenGraph or {@code article:*} meta properties. */
  @JsonProperty("opengraph")
  OPEN_GRAPH,
  /** Twitter card meta tags. */
  @JsonProperty("twitter")
  TWITTER,
  /** Other {@code <meta>} tags: {@code author}, {@code date}, Dublin Core and the like. */
  @JsonProperty("meta")
  META,
  /** Microdata {@code itemprop} attributes. */
  @JsonProperty("microdata")
  MICRODATA,
  /** A {@code <time datetime>} element. */
  @JsonProperty("time-element")
  TIME_ELEMENT,
  /** A {@code <link rel>} element, such as {@code rel=canonical} or {@code rel=author}. */
  @JsonProperty("link-rel")
  LINK_REL,
  /** An HTML attribute such as {@code <html lang dir>}. */
  @JsonProperty("html-attribute")
  HTML_ATTRIBUTE,
  /** Text visible on the page: a dateline, a byline line, a heading. */
  @JsonProperty("visible-text")
  VISIBLE_TEXT,
  /** Computed from the text itself, such as the language detected from its script. */
  @JsonProperty("detected")
  DETECTED,
  /**
   * Not printed on the page but inferred from evidence it gives, such as the zone of a date from the
   * page's language when that language belongs to one zone (Hebrew: Asia/Jerusalem).
   */
  @JsonProperty("inferred")
  INFERRED,
  /** Given by the caller, such as the page URL. */
  @JsonProperty("caller")
  CALLER
}
