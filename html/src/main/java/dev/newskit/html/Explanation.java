package dev.newskit.html;

import dev.newskit.core.Article;
import dev.newskit.core.FieldSource;
import dev.newskit.core.TextDirection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An extracted article together with the decisions that produced it: every text block of the page, in
 * document order, as kept in the body, dropped (and why) or lifted into a field, and every field with
 * where its value came from and the candidates it beat. Made by {@link ArticleExtractor#explain}, which
 * records the decisions as the extractor makes them; nothing here is worked out again afterwards.
 *
 * <p>Immutable and thread-safe.
 */
public final class Explanation {
  private final Article article;
  private final List<BlockDecision> blocks;
  private final List<FieldChoice> fields;

  Explanation(Article article, List<BlockDecision> blocks, List<FieldChoice> fields) {
    this.article = Objects.requireNonNull(article, "article");
    this.blocks = List.copyOf(blocks);
    this.fields = List.copyOf(fields);
  }

  /** The article, exactly as {@link ArticleExtractor#extract(PageInput)} returns it for the same input. */
  public Article article() {
    return article;
  }

  /** The page's text blocks in document order, each with what became of it. */
  public List<BlockDecision> blocks() {
    return blocks;
  }

  /** The article's fields, and the fields that had candidates but no value, in a fixed order. */
  public List<FieldChoice> fields() {
    return fields;
  }

  /** The field named as in the article's JSON ({@code "published"}), if it has a value or had candidates. */
  public Optional<FieldChoice> field(String name) {
    Objects.requireNonNull(name, "name");
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** What became of a block of the page. */
  public enum Verdict {
    /** Part of the article's body. */
    KEPT,
    /** Left out of the article; {@link BlockDecision#reason()} says why. */
    DROPPED,
    /** Read as one or more fields ({@link BlockDecision#fields()}) and so left out of the body. */
    LIFTED
  }

  /** Why a block was left out of the article. */
  public enum Reason {
    /** Hidden on the page: {@code hidden}, {@code aria-hidden}, {@code display:none}, {@code visibility:hidden}. */
    HIDDEN("hidden on the page"),
    /** Inside an element that is never article text: a script, template, control or dialog. */
    NOT_CONTENT("never article text (control, template, dialog)"),
    /** Inside site navigation: {@code nav}, {@code aside} or a navigation, banner or search role. */
    NAVIGATION("site navigation"),
    /** Inside a page-level header or footer outside the article. */
    SITE_CHROME("page header or footer"),
    /** Inside a form that does not hold the article. */
    FORM("inside a form"),
    /** Inside a box whose class or id names boilerplate (share bar, related stories, comments …). */
    BOILERPLATE_CLASS("class or id names boilerplate"),
    /** A line that is boilerplate by its words ("Share this", "Advertisement"). */
    BOILERPLATE_TEXT("boilerplate words"),
    /** Mostly link text: a list of links, or a paragraph beside the body that is mostly links. */
    LINK_DENSITY("mostly links"),
    /** A sibling of the body's container that scored too low and is not a substantial paragraph. */
    LOW_SCORE("beside the body, too little text to join it"),
    /** Outside the element chosen as the article's container. */
    OUTSIDE_CONTAINER("outside the chosen container"),
    /** An image too small to be content (a pixel, an icon). */
    TINY_IMAGE("image too small"),
    /** Inside the chosen container, but nothing usable came of it (an image without an address, an empty box). */
    UNUSABLE("in the container, nothing usable in it"),
    /** An embedded frame or video from a host not known to carry article media. */
    UNKNOWN_EMBED("embed from an unknown host");

    private final String description;

    Reason(String description) {
      this.description = description;
    }

    /** A short English phrase for the reason, as a report prints it. */
    public String description() {
      return description;
    }
  }

  /**
   * One text block of the page and what became of it. When the body kept a block but left out some of the lines it
   * was split into (a line of links among an element's lines), the kept decision's text is what the body kept, and
   * each line left out follows it as a decision of its own, with the same tag and path.
   *
   * @param text the block's text, whitespace normalised
   * @param tag the element's tag name ({@code "p"}, {@code "h1"}); {@code "#text"} for text directly inside a
   *     container beside other blocks
   * @param path where the element sits: up to four ancestors with their first class or id, as {@code
   *     "main#main > article.post > div.post-content > p"}
   * @param verdict kept, dropped or lifted
   * @param reason why it was dropped; empty unless {@link Verdict#DROPPED}
   * @param fields the fields it was read as ({@code "title"}, {@code "authors"}, {@code "dateline"}, {@code
   *     "published"}, {@code "section"}, {@code "comments"}); empty unless {@link Verdict#LIFTED}
   * @param bodyBlocks the indexes in {@link Article#body()} of the blocks made from it; empty unless {@link
   *     Verdict#KEPT}
   * @param direction the direction the page's markup gives it ({@code dir}); empty when the markup says none
   */
  public record BlockDecision(String text, String tag, String path, Verdict verdict, Optional<Reason> reason,
      List<String> fields, List<Integer> bodyBlocks, Optional<TextDirection> direction) {
    /** Validates that nothing is null and copies the lists. */
    public BlockDecision {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(tag, "tag");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(verdict, "verdict");
      Objects.requireNonNull(reason, "reason");
      fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
      bodyBlocks = List.copyOf(Objects.requireNonNull(bodyBlocks, "bodyBlocks"));
      Objects.requireNonNull(direction, "direction");
    }
  }

  /**
   * One field of the article: its value, where it came from, and the candidates that were weighed.
   *
   * @param name the field's name in the article's JSON ({@code "title"}, {@code "published"})
   * @param value the chosen value as text, as the article's JSON prints it (a date as precise as the page gave it:
   *     {@code 2026-03-14}, {@code 2026-03-14T09:30}, {@code 2026-03-14T09:30:00-04:00}), or for {@code comments}
   *     how many there are ({@code "2 comments"}); empty when every candidate lost
   * @param source where the chosen value came from, as in {@link Article#provenance()}
   * @param candidates every value that was weighed for the field, the chosen one included, in the order
   *     they were weighed; empty for fields with a single source
   */
  public record FieldChoice(String name, Optional<String> value, Optional<FieldSource> source, List<Candidate> candidates) {
    /** Validates that nothing is null and copies the list. */
    public FieldChoice {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(source, "source");
      candidates = List.copyOf(Objects.requireNonNull(candidates, "candidates"));
    }
  }

  /**
   * A value weighed for a field.
   *
   * @param value the value as text, a date as precise as the page gave it
   * @param source where it was found
   * @param chosen whether it became the field's value
   * @param note why it won or lost, in a short English phrase
   */
  public record Candidate(String value, FieldSource source, boolean chosen, String note) {
    /** Validates that nothing is null. */
    public Candidate {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(note, "note");
    }
  }
}
