package dev.newskit.core;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The base direction of a run of text: left-to-right or right-to-left. */
public enum TextDirection {
  /** Left to right, as in English. Written as {@code "ltr"} in JSON and HTML. */
  @JsonProperty("ltr")
  LTR,
  /** Right to left, as in Hebrew and Arabic. Written as {@code "rtl"} in JSON and HTML. */
  @JsonProperty("rtl")
  RTL;

  /** The value used in HTML's {@code dir} attribute and in newskit's JSON: {@code ltr} or {@code rtl}. */
  public String attributeValue() {
    return this == LTR ? "ltr" : "rtl";
  }
}
