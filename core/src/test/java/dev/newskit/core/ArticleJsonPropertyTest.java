package dev.newskit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random articles, in Hebrew, Arabic, English and emoji, with every block type, survive write then read. */
class ArticleJsonPropertyTest {

  @Property(tries = 300)
  void writeThenReadIsIdentity(@ForAll("articles") Article article) {
    assertEquals(article, ArticleJson.read(ArticleJson.write(article)));
  }

  @Provide
  Arbitrary<Article> articles() {
    Arbitrary<Optional<String>> optText = text().optional(0.7);
    Arbitrary<List<Block>> body = block().list().ofMaxSize(8);
    Arbitrary<List<Author>> authors = text().map(Author::of).list().ofMaxSize(3);
    Arbitrary<Optional<PageDateTime>> date = pageDateTime().optional(0.7);
    Arbitrary<List<String>> tags = text().list().ofMaxSize(4).uniqueElements();
    Arbitrary<Optional<Locale>> language = Arbitraries.of("en", "he", "ar", "fa", "en-GB", "zh-Hant-TW")
        .map(Locale::forLanguageTag).optional(0.8);
    Arbitrary<List<Comment>> comments = Combinators.combine(optText, date, text(), Arbitraries.integers().between(0, 3))
        .as(Comment::new).list().ofMaxSize(3);
    return Combinators.combine(optText, optText, body, authors, date, tags, language,
            Arbitraries.of(TextDirection.class).optional(0.8))
        .as((title, section, blocks, people, published, tagList, lang, dir) -> {
          Article.Builder b = Article.builder().body(blocks).authors(people).tags(tagList);
          title.ifPresent(b::title);
          section.ifPresent(b::section);
          // Both values of accessibleForFree and a logo, varied by the generated text.
          title.ifPresent(t -> b.accessibleForFree(t.length() % 2 == 0));
          section.ifPresent(s -> b.publisherLogo(java.net.URI.create("https://news.example/logo-" + s.length() + ".png")));
          published.ifPresent(b::published);
          published.ifPresent(p -> b.modified(later(p)));
          lang.ifPresent(b::language);
          dir.ifPresent(b::direction);
          if (published.isPresent()) b.zone(ZoneId.of("Asia/Jerusalem")).source("published", FieldSource.JSON_LD);
          return b.build();
        })
        .flatMap(a -> comments.map(readers -> a.toBuilder().comments(readers).build()));
  }

  private static Arbitrary<String> text() {
    Arbitrary<String> hebrew = Arbitraries.strings().withCharRange('\u05D0', '\u05EA').ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> arabic = Arbitraries.strings().withCharRange('\u0621', '\u064A').ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> latin = Arbitraries.strings().alpha().numeric().withChars(" .,\"'\\").ofMinLength(1).ofMaxLength(20);
    Arbitrary<String> emoji = Arbitraries.of("👋", "🇮🇱", "👩‍💻", "\u200F", "\u2067x\u2069");
    return Arbitraries.oneOf(hebrew, arabic, latin, emoji).list().ofMinSize(1).ofMaxSize(4)
        .map(parts -> String.join(" ", parts))
        .filter(s -> !s.isBlank());
  }

  /** A day, a local date-time or an instant with offset, as pages give them. */
  private static Arbitrary<PageDateTime> pageDateTime() {
    return dateTime().flatMap(t -> Arbitraries.of(
        PageDateTime.of(t), PageDateTime.of(t.toLocalDateTime()), PageDateTime.of(t.toLocalDate())));
  }

  private static PageDateTime later(PageDateTime p) {
    return switch (p.precision()) {
      case DAY -> PageDateTime.of(p.date().plusDays(1));
      case LOCAL -> PageDateTime.of(p.localDateTime().orElseThrow().plusMinutes(5));
      case OFFSET -> PageDateTime.of(p.offsetDateTime().orElseThrow().plusMinutes(5));
    };
  }

  private static Arbitrary<OffsetDateTime> dateTime() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 4_102_444_800L),
            Arbitraries.integers().between(-12 * 4, 14 * 4).map(q -> ZoneOffset.ofTotalSeconds(q * 900)),
            Arbitraries.integers().between(0, 999_999_999))
        .as((sec, offset, nanos) -> OffsetDateTime.ofInstant(Instant.ofEpochSecond(sec, nanos), offset));
  }

  private static Arbitrary<URI> url() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10)
        .map(s -> URI.create("https://example.com/" + s));
  }

  /** An image's address: absolute, or one of the relative forms kept when the page's address is unknown. */
  private static Arbitrary<URI> imageUrl() {
    Arbitrary<String> segment = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10);
    return Arbitraries.oneOf(url(), segment.map(s -> URI.create("/img/" + s + ".jpg")), segment.map(s -> URI.create(s + ".png")),
        segment.map(s -> URI.create("//cdn.example/" + s)), segment.map(s -> URI.create("../" + s + "?w=3")));
  }

  private static Arbitrary<Image> image() {
    return Combinators.combine(imageUrl(), text().optional(), text().optional(), Arbitraries.integers().between(1, 5000).optional())
        .as((u, caption, credit, w) -> {
          Image.Builder b = Image.builder(u.toString());
          caption.ifPresent(b::caption);
          credit.ifPresent(b::credit);
          w.ifPresent(x -> b.size(x, x + 1));
          return b.build();
        });
  }

  private static Arbitrary<Block> block() {
    Arbitrary<List<Link>> links = Combinators.combine(text(), url()).as(Link::new).list().ofMaxSize(2);
    return Arbitraries.oneOf(
        Combinators.combine(text(), links).as(Paragraph::new),
        Combinators.combine(Arbitraries.integers().between(1, 6), text(), links).as(Heading::new),
        Combinators.combine(text(), text().optional(), links).as(Quote::new),
        Combinators.combine(Arbitraries.of(true, false), text().list().ofMinSize(1).ofMaxSize(4), links)
            .as(ListBlock::new),
        image().map(Figure::new),
        Combinators.combine(text().optional(), text().list().ofMaxSize(3),
                text().list().ofMinSize(1).ofMaxSize(3).list().ofMinSize(1).ofMaxSize(3))
            .as(Table::new),
        Combinators.combine(Arbitraries.of("youtube", "x", "instagram"), url(), text().optional()).as(Embed::new));
  }
}
