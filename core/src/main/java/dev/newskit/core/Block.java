package dev.newskit.core;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One block of an article's body, in reading order: a paragraph, heading, quote, list, figure, table
 * or embed.
 *
 * <p>In JSON each block is an object whose {@code type} names its kind.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Paragraph.class, name = "paragraph"),
  @JsonSubTypes.Type(value = Heading.class, name = "heading"),
  @JsonSubTypes.Type(value = Quote.class, name = "quote"),
  @JsonSubTypes.Type(value = ListBlock.class, name = "list"),
  @JsonSubTypes.Type(value = Figure.class, name = "figure"),
  @JsonSubTypes.Type(value = Table.class, name = "table"),
  @JsonSubTypes.Type(value = Embed.class, name = "embed")
})
public sealed interface Block permits Paragraph, Heading, Quote, ListBlock, Figure, Table, Embed {
  /** The block's plain text; may be empty for an embed or a figure without caption. */
  String text();
}
