package dev.newskit.core;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A news article: its metadata and its body as typed blocks.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}: the builder is the supported way to make an article. The constructor is public only
 * because a record's canonical constructor must be; it takes one more parameter with every field the model
 * gains (the earlier shapes stay, deprecated), so a call to it is deprecated by the next such release where a
 * builder call is not. Values that a page may not carry are {@link Optional}; lists and maps are
 * empty when absent, never {@code null}. Derived values ({@link #text()}, {@link #wordCount()},
 * {@link #readingTime()}) are computed from the body on each call and never stored.
 *
 * @param url the canonical address of the article
 * @param title the headline
 * @param subtitle the standfirst or subheadline
 * @param section the section, kicker or genre line, such as {@code "News Analysis"}
 * @param authors the credited authors, in order
 * @param dateline where the story was filed from, as printed
 * @param published when the article was first published, as an instant with the offset the page gave;
 *     empty when the page gave only a day or a time without an offset (see {@link #publishedTime()})
 * @param modified when the article was last changed, as an instant with its offset (see {@link #modifiedTime()})
 * @param zone the time zone the dates were given in, where known (such as {@code Asia/Jerusalem})
 * @param language the language of the article text (BCP-47), which may differ from the page's
 * @param direction the base direction of the article text
 * @param pageLanguage the language of the site around the article, such as {@code he} for a Hebrew site
 * @param siteName the publication's name
 * @param publisherLogo the address of the publication's logo, where the page names one
 * @param description the summary the page gives of itself
 * @param accessibleForFree whether the page says the article can be read without a subscription
 * @param tags the topic tags, in page order, without duplicates
 * @param images every image of the article, the lead image first
 * @param body the body blocks in reading order
 * @param provenance for each extracted field (by its JSON name), where its value came from
 * @param publishedTime when the article was first published, exactly as precise as the page gave it: a
 *     day, a local date-time, or a date-time with offset (the JSON {@code published} field prints this)
 * @param modifiedTime when the article was last changed, as precise as the page gave it
 * @param comments readers' comments printed under the article, in page order; never part of the body or {@link #text()}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({
  "url", "title", "subtitle", "section", "authors", "dateline", "published", "modified", "zone",
  "language", "direction", "pageLanguage", "siteName", "publisherLogo", "description", "accessibleForFree", "tags", "images", "body", "text",
  "wordCount", "comments", "provenance"
})
public record Article(
    Optional<URI> url,
    Optional<String> title,
    Optional<String> subtitle,
    Optional<String> section,
    List<Author> authors,
    Optional<Dateline> dateline,
    @JsonProperty(value = "publishedInstant", access = JsonProperty.Access.WRITE_ONLY) Optional<OffsetDateTime> published,
    @JsonProperty(value = "modifiedInstant", access = JsonProperty.Access.WRITE_ONLY) Optional<OffsetDateTime> modified,
    Optional<ZoneId> zone,
    Optional<Locale> language,
    Optional<TextDirection> direction,
    Optional<Locale> pageLanguage,
    Optional<String> siteName,
    Optional<URI> publisherLogo,
    Optional<String> description,
    Optional<Boolean> accessibleForFree,
    List<String> tags,
    List<Image> images,
    List<Block> body,
    Map<String, FieldSource> provenance,
    @JsonProperty("published") Optional<PageDateTime> publishedTime,
    @JsonProperty("modified") Optional<PageDateTime> modifiedTime,
    List<Comment> comments) {

  /** Words per minute used for {@link #readingTime()}: a common figure for adult silent reading. */
  static final int WORDS_PER_MINUTE = 230;

  /**
   * Validates every field; the message names the field and the offending value. {@code published} and
   * {@code publishedTime} (likewise the modified pair) describe one value: give either, or both when they
   * agree; the other is derived. Prefer {@link #builder()}: this constructor grows with the model.
   */
  public Article {
    url = Checks.optional(url).map(u -> Checks.webUri(u, "Article.url"));
    title = Checks.optionalText(title, "Article.title");
    subtitle = Checks.optionalText(subtitle, "Article.subtitle");
    section = Checks.optionalText(section, "Article.section");
    authors = Checks.list(authors, "Article.authors");
    dateline = Checks.optional(dateline);
    publishedTime = agreeing(Checks.optional(published), Checks.optional(publishedTime), "published");
    published = publishedTime.flatMap(PageDateTime::offsetDateTime);
    modifiedTime = agreeing(Checks.optional(modified), Checks.optional(modifiedTime), "modified");
    modified = modifiedTime.flatMap(PageDateTime::offsetDateTime);
    zone = Checks.optional(zone);
    language = Checks.optional(language).map(l -> language(l, "Article.language"));
    direction = Checks.optional(direction);
    pageLanguage = Checks.optional(pageLanguage).map(l -> language(l, "Article.pageLanguage"));
    siteName = Checks.optionalText(siteName, "Article.siteName");
    publisherLogo = Checks.optional(publisherLogo).map(u -> Checks.webUri(u, "Article.publisherLogo"));
    description = Checks.optionalText(description, "Article.description");
    accessibleForFree = Checks.optional(accessibleForFree);
    tags = Checks.list(tags, "Article.tags");
    for (int i = 0; i < tags.size(); i++) Checks.notBlank(tags.get(i), "Article.tags[" + i + "]");
    if (tags.stream().distinct().count() != tags.size()) {
      throw new IllegalArgumentException("Article.tags must not repeat a tag: " + tags);
    }
    images = Checks.list(images, "Article.images");
    body = Checks.list(body, "Article.body");
    provenance = Checks.map(provenance, "Article.provenance");
    comments = Checks.list(comments, "Article.comments");
    if (publishedTime.isPresent() && modifiedTime.isPresent() && modifiedTime.get().isCertainlyBefore(publishedTime.get())) {
      throw new IllegalArgumentException(
          "Article.modified (" + modifiedTime.get() + ") is before Article.published (" + publishedTime.get() + ")");
    }
  }

  private static Optional<PageDateTime> agreeing(Optional<OffsetDateTime> instant, Optional<PageDateTime> time, String field) {
    if (instant.isEmpty()) return time;
    PageDateTime fromInstant = PageDateTime.of(instant.get());
    if (time.isPresent() && !time.get().equals(fromInstant)) {
      throw new IllegalArgumentException("Article." + field + " (" + instant.get() + ") and Article." + field
          + "Time (" + time.get() + ") disagree");
    }
    return Optional.of(fromInstant);
  }

  /**
   * An article whose dates are given as instants only: the constructor before {@link #publishedTime} and
   * {@link #modifiedTime} existed.
   *
   * @deprecated use {@link #builder()}, which does not change when fields are added
   */
  @Deprecated
  public Article(Optional<URI> url, Optional<String> title, Optional<String> subtitle, Optional<String> section,
      List<Author> authors, Optional<Dateline> dateline, Optional<OffsetDateTime> published,
      Optional<OffsetDateTime> modified, Optional<ZoneId> zone, Optional<Locale> language,
      Optional<TextDirection> direction, Optional<Locale> pageLanguage, Optional<String> siteName,
      Optional<URI> publisherLogo, Optional<String> description, Optional<Boolean> accessibleForFree,
      List<String> tags, List<Image> images, List<Block> body, Map<String, FieldSource> provenance) {
    this(url, title, subtitle, section, authors, dateline, published, modified, zone, language, direction,
        pageLanguage, siteName, publisherLogo, description, accessibleForFree, tags, images, body, provenance,
        Optional.empty(), Optional.empty(), List.of());
  }

  /**
   * An article without {@link #publisherLogo} and {@link #accessibleForFree}: the constructor before those
   * fields existed.
   *
   * @deprecated use {@link #builder()}, which does not change when fields are added
   */
  @Deprecated
  public Article(Optional<URI> url, Optional<String> title, Optional<String> subtitle, Optional<String> section,
      List<Author> authors, Optional<Dateline> dateline, Optional<OffsetDateTime> published,
      Optional<OffsetDateTime> modified, Optional<ZoneId> zone, Optional<Locale> language,
      Optional<TextDirection> direction, Optional<Locale> pageLanguage, Optional<String> siteName,
      Optional<String> description, List<String> tags, List<Image> images, List<Block> body,
      Map<String, FieldSource> provenance) {
    this(url, title, subtitle, section, authors, dateline, published, modified, zone, language, direction,
        pageLanguage, siteName, Optional.empty(), description, Optional.empty(), tags, images, body, provenance,
        Optional.empty(), Optional.empty(), List.of());
  }

  /**
   * An article without {@link #comments}: the constructor before that field existed.
   *
   * @deprecated use {@link #builder()}, which does not change when fields are added
   */
  @Deprecated
  public Article(Optional<URI> url, Optional<String> title, Optional<String> subtitle, Optional<String> section,
      List<Author> authors, Optional<Dateline> dateline, Optional<OffsetDateTime> published,
      Optional<OffsetDateTime> modified, Optional<ZoneId> zone, Optional<Locale> language,
      Optional<TextDirection> direction, Optional<Locale> pageLanguage, Optional<String> siteName,
      Optional<URI> publisherLogo, Optional<String> description, Optional<Boolean> accessibleForFree,
      List<String> tags, List<Image> images, List<Block> body, Map<String, FieldSource> provenance,
      Optional<PageDateTime> publishedTime, Optional<PageDateTime> modifiedTime) {
    this(url, title, subtitle, section, authors, dateline, published, modified, zone, language, direction,
        pageLanguage, siteName, publisherLogo, description, accessibleForFree, tags, images, body, provenance,
        publishedTime, modifiedTime, List.of());
  }

  private static Locale language(Locale locale, String where) {
    if (locale.getLanguage().isEmpty()) {
      throw new IllegalArgumentException(where + " must name a language: '" + locale.toLanguageTag() + "'");
    }
    return locale;
  }

  /** A builder for a new article with no values set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this article's values, to derive a changed copy. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * The body's running text: each block's text, blocks separated by a blank line. A figure's caption and credit
   * are left out (as trafilatura and most extractors leave them out): they describe the image, which holds them
   * ({@link Figure#image()}), and read between two paragraphs they break the article's sentences apart.
   */
  @JsonProperty(value = "text", access = JsonProperty.Access.READ_ONLY)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public String text() {
    StringBuilder sb = new StringBuilder();
    for (Block block : body) {
      if (block instanceof Figure) continue;
      String text = block.text();
      if (text.isEmpty()) continue;
      if (sb.length() > 0) sb.append("\n\n");
      sb.append(text);
    }
    return sb.toString();
  }

  /** The number of words in {@link #text()}, segmented by word boundaries that suit Hebrew, Arabic and Latin text. */
  @JsonProperty(value = "wordCount", access = JsonProperty.Access.READ_ONLY)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public int wordCount() {
    return WordCounter.count(text(), language.orElse(Locale.ROOT));
  }

  /** The time an adult takes to read the body at 230 words a minute, rounded up to whole minutes. */
  public Duration readingTime() {
    int words = wordCount();
    return Duration.ofMinutes((words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
  }

  /** The first image, which pages present as the lead image. */
  public Optional<Image> leadImage() {
    return images.isEmpty() ? Optional.empty() : Optional.of(images.get(0));
  }

  /**
   * Builds an {@link Article}. Setters reject {@code null}; to leave a value absent, do not set it.
   * Not thread-safe: use one builder per article.
   */
  public static final class Builder {
    private Optional<URI> url = Optional.empty();
    private Optional<String> title = Optional.empty();
    private Optional<String> subtitle = Optional.empty();
    private Optional<String> section = Optional.empty();
    private final List<Author> authors = new ArrayList<>();
    private Optional<Dateline> dateline = Optional.empty();
    private Optional<PageDateTime> published = Optional.empty();
    private Optional<PageDateTime> modified = Optional.empty();
    private Optional<ZoneId> zone = Optional.empty();
    private Optional<Locale> language = Optional.empty();
    private Optional<TextDirection> direction = Optional.empty();
    private Optional<Locale> pageLanguage = Optional.empty();
    private Optional<String> siteName = Optional.empty();
    private Optional<URI> publisherLogo = Optional.empty();
    private Optional<String> description = Optional.empty();
    private Optional<Boolean> accessibleForFree = Optional.empty();
    private final List<String> tags = new ArrayList<>();
    private final List<Image> images = new ArrayList<>();
    private final List<Block> body = new ArrayList<>();
    private final Map<String, FieldSource> provenance = new LinkedHashMap<>();
    private final List<Comment> comments = new ArrayList<>();

    private Builder() {}

    private Builder(Article a) {
      url = a.url;
      title = a.title;
      subtitle = a.subtitle;
      section = a.section;
      authors.addAll(a.authors);
      dateline = a.dateline;
      published = a.publishedTime;
      modified = a.modifiedTime;
      zone = a.zone;
      language = a.language;
      direction = a.direction;
      pageLanguage = a.pageLanguage;
      siteName = a.siteName;
      publisherLogo = a.publisherLogo;
      description = a.description;
      accessibleForFree = a.accessibleForFree;
      tags.addAll(a.tags);
      images.addAll(a.images);
      body.addAll(a.body);
      provenance.putAll(a.provenance);
      comments.addAll(a.comments);
    }

    /** Sets the canonical URL from a string; it must be an absolute http(s) URI. */
    public Builder url(String url) {
      this.url = Optional.of(Checks.parseWebUri(url, "Article.url"));
      return this;
    }

    /** Sets the canonical URL; it must be an absolute http(s) URI. */
    public Builder url(URI url) {
      this.url = Optional.of(Checks.notNull(url, "Article.url"));
      return this;
    }

    /** Sets the headline. */
    public Builder title(String title) {
      this.title = Optional.of(Checks.notNull(title, "Article.title"));
      return this;
    }

    /** Sets the subtitle. */
    public Builder subtitle(String subtitle) {
      this.subtitle = Optional.of(Checks.notNull(subtitle, "Article.subtitle"));
      return this;
    }

    /** Sets the section, kicker or genre line. */
    public Builder section(String section) {
      this.section = Optional.of(Checks.notNull(section, "Article.section"));
      return this;
    }

    /** Adds an author after those already added. */
    public Builder addAuthor(Author author) {
      authors.add(Checks.notNull(author, "Article.authors[]"));
      return this;
    }

    /** Replaces the authors. */
    public Builder authors(List<Author> authors) {
      this.authors.clear();
      Checks.notNull(authors, "Article.authors").forEach(this::addAuthor);
      return this;
    }

    /** Sets the dateline. */
    public Builder dateline(Dateline dateline) {
      this.dateline = Optional.of(Checks.notNull(dateline, "Article.dateline"));
      return this;
    }

    /** Sets the first publication time, an instant with the offset the page gave. */
    public Builder published(OffsetDateTime published) {
      this.published = Optional.of(PageDateTime.of(Checks.notNull(published, "Article.published")));
      return this;
    }

    /** Sets the first publication time as precisely as the page gave it: a day, a local date-time or an instant. */
    public Builder published(PageDateTime published) {
      this.published = Optional.of(Checks.notNull(published, "Article.published"));
      return this;
    }

    /** Sets the last modification time, an instant with the offset the page gave. */
    public Builder modified(OffsetDateTime modified) {
      this.modified = Optional.of(PageDateTime.of(Checks.notNull(modified, "Article.modified")));
      return this;
    }

    /** Sets the last modification time as precisely as the page gave it. */
    public Builder modified(PageDateTime modified) {
      this.modified = Optional.of(Checks.notNull(modified, "Article.modified"));
      return this;
    }

    /** Sets the time zone the article's dates were given in. */
    public Builder zone(ZoneId zone) {
      this.zone = Optional.of(Checks.notNull(zone, "Article.zone"));
      return this;
    }

    /** Sets the language of the article text. */
    public Builder language(Locale language) {
      this.language = Optional.of(Checks.notNull(language, "Article.language"));
      return this;
    }

    /** Sets the base direction of the article text. */
    public Builder direction(TextDirection direction) {
      this.direction = Optional.of(Checks.notNull(direction, "Article.direction"));
      return this;
    }

    /** Sets the language of the site around the article. */
    public Builder pageLanguage(Locale pageLanguage) {
      this.pageLanguage = Optional.of(Checks.notNull(pageLanguage, "Article.pageLanguage"));
      return this;
    }

    /** Sets the publication's name. */
    public Builder siteName(String siteName) {
      this.siteName = Optional.of(Checks.notNull(siteName, "Article.siteName"));
      return this;
    }

    /** Sets the address of the publication's logo; it must be an absolute http(s) URI. */
    public Builder publisherLogo(URI publisherLogo) {
      this.publisherLogo = Optional.of(
          Checks.webUri(Checks.notNull(publisherLogo, "Article.publisherLogo"), "Article.publisherLogo"));
      return this;
    }

    /** Sets whether the article can be read without a subscription, as the page says. */
    public Builder accessibleForFree(boolean accessibleForFree) {
      this.accessibleForFree = Optional.of(accessibleForFree);
      return this;
    }

    /** Sets the description. */
    public Builder description(String description) {
      this.description = Optional.of(Checks.notNull(description, "Article.description"));
      return this;
    }

    /** Adds a tag unless it is already present. */
    public Builder addTag(String tag) {
      Checks.notNull(tag, "Article.tags[]");
      if (!tags.contains(tag)) tags.add(tag);
      return this;
    }

    /** Replaces the tags; repeated tags are kept once. */
    public Builder tags(List<String> tags) {
      this.tags.clear();
      Checks.notNull(tags, "Article.tags").forEach(this::addTag);
      return this;
    }

    /** Adds an image after those already added. */
    public Builder addImage(Image image) {
      images.add(Checks.notNull(image, "Article.images[]"));
      return this;
    }

    /** Replaces the images. */
    public Builder images(List<Image> images) {
      this.images.clear();
      Checks.notNull(images, "Article.images").forEach(this::addImage);
      return this;
    }

    /** Adds a block at the end of the body. */
    public Builder addBlock(Block block) {
      body.add(Checks.notNull(block, "Article.body[]"));
      return this;
    }

    /** Replaces the body. */
    public Builder body(List<? extends Block> body) {
      this.body.clear();
      Checks.notNull(body, "Article.body").forEach(this::addBlock);
      return this;
    }

    /** Adds a reader's comment after those already added. */
    public Builder addComment(Comment comment) {
      comments.add(Checks.notNull(comment, "Article.comments[]"));
      return this;
    }

    /** Replaces the readers' comments. */
    public Builder comments(List<Comment> comments) {
      this.comments.clear();
      Checks.notNull(comments, "Article.comments").forEach(this::addComment);
      return this;
    }

    /** Records where the value of a field (named as in JSON, such as {@code "published"}) came from. */
    public Builder source(String field, FieldSource source) {
      provenance.put(Checks.notBlank(field, "provenance field"), Checks.notNull(source, "provenance source"));
      return this;
    }

    /** Validates and builds the article; throws {@link IllegalArgumentException} naming the bad field. */
    public Article build() {
      return new Article(url, title, subtitle, section, authors, dateline, Optional.empty(), Optional.empty(), zone,
          language, direction, pageLanguage, siteName, publisherLogo, description, accessibleForFree, tags, images, body,
          provenance, published, modified, comments);
    }
  }
}
