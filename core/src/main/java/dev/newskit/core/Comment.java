package dev.newskit.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Optional;

/**
 * A reader's comment printed under an article: who wrote it, when, what it says and how deep in the thread it stands.
 *
 * <p>Comments are never part of the article's {@link Article#body() body} or {@link Article#text() text}: they are the
 * readers' words, kept in {@link Article#comments()} in page order.
 *
 * @param author the name the comment is signed with, when the page prints one
 * @param published when the comment was written, as precisely as the page gave it
 * @param text the comment's text, without its author, date and action links (reply, report, votes); never blank
 * @param depth where it stands in the thread: 0 for a reply to the article, 1 for a reply to a comment, and so on
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Comment(Optional<String> author, Optional<PageDateTime> published, String text, int depth) {
  /** Validates the text and the depth and normalises absent values. */
  public Comment {
    author = Checks.optionalText(author, "Comment.author").map(String::strip);
    published = Checks.optional(published);
    text = Checks.notBlank(text, "Comment.text").strip();
    if (depth < 0) throw new IllegalArgumentException("Comment.depth must not be negative: " + depth);
  }

  /** A top-level comment known only by its text. */
  public static Comment of(String text) {
    return new Comment(Optional.empty(), Optional.empty(), text, 0);
  }

  /** A top-level comment signed by {@code author}. */
  public static Comment signed(String author, String text) {
    return new Comment(Optional.of(Checks.notNull(author, "Comment.author")), Optional.empty(), text, 0);
  }

  /**
   * A top-level comment signed by {@code author}.
   *
   * @deprecated beside {@link #of(String)}, whose one {@code String} is the text, the text moves to second place
   *     here, and swapping the two compiles; use {@link #signed(String, String)}, which this calls
   */
  @Deprecated(since = "0.1.0")
  public static Comment of(String author, String text) {
    return signed(author, text);
  }
}
