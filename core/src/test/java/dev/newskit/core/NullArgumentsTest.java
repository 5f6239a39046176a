package dev.newskit.core;

import static dev.newskit.testing.NullArguments.call;

import dev.newskit.testing.NullArguments;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The null convention of every module: a null argument where none is allowed is a {@link NullPointerException}
 * whose message names the parameter, thrown by the entry point itself.
 */
class NullArgumentsTest {
  private static final DateContext CONTEXT = DateContext.of(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
  private static final Article ARTICLE = Article.builder().title("T").build();
  private static final PageDateTime DAY = PageDateTime.of(LocalDate.of(2026, 1, 2));

  static Stream<Arguments> entryPoints() {
    return Stream.of(
        call("Author.of(name)", "Author.name", () -> Author.of(null)),
        call("Author.of(name, url)", "Author.url", () -> Author.of("Dana", null)),
        call("Comment.of(text)", "Comment.text", () -> Comment.of(null)),
        call("Comment.signed(author, text)", "Comment.author", () -> Comment.signed(null, "First!")),
        call("Comment.signed(author, text) text", "Comment.text", () -> Comment.signed("Dana", null)),
        call("Dateline.of(location, text)", "Dateline.location", () -> Dateline.of(null, "Haifa")),
        call("Dateline.of(location, text) text", "Dateline.text", () -> Dateline.of("Haifa", null)),
        call("Heading.of", "Heading.text", () -> Heading.of(2, null)),
        call("Link.of", "Link.url", () -> Link.of("t", null)),
        call("ListBlock.of", "ListBlock.items", () -> ListBlock.of(false, null)),
        call("Paragraph.of", "Paragraph.text", () -> Paragraph.of(null)),
        call("Quote.of", "Quote.text", () -> Quote.of(null)),
        call("Image.of", "Image.url", () -> Image.of(null)),
        call("Image.Builder.alt", "Image.alt", () -> Image.builder("https://x.test/a.png").alt(null)),
        call("Image.resolve", "base", () -> Image.of("a.png").resolve(null)),
        call("PageDateTime.of(LocalDate)", "PageDateTime.day", () -> PageDateTime.of((LocalDate) null)),
        call("PageDateTime.of(OffsetDateTime)", "PageDateTime.dateTime", () -> PageDateTime.of((OffsetDateTime) null)),
        call("PageDateTime.parse", "PageDateTime.text", () -> PageDateTime.parse(null)),
        call("PageDateTime.isCertainlyBefore", "PageDateTime.other", () -> DAY.isCertainlyBefore(null)),
        call("ParsedDate.local", "ParsedDate.local", () -> ParsedDate.local(null, ParsedDate.Precision.DAY)),
        call("DateContext.of", "clock", () -> DateContext.of(null)),
        call("DateContext.withZone", "zone", () -> CONTEXT.withZone(null)),
        call("DateContext.withReference", "DateContext.reference", () -> CONTEXT.withReference(null)),
        call("FoundDate.textIn", "searched",
            () -> new FoundDate(ParsedDate.local(LocalDate.of(2026, 1, 2).atStartOfDay(), ParsedDate.Precision.DAY), 0, 1)
                .textIn(null)),
        call("DateTextParser.parse text", "text", () -> DateTextParser.iso().parse(null, CONTEXT)),
        call("DateTextParser.parse context", "context", () -> DateTextParser.iso().parse("2026-01-02", null)),
        call("DateTextParser.find", "text", () -> DateTextParser.iso().find(null, CONTEXT)),
        call("Article.Builder.title", "Article.title", () -> Article.builder().title(null)),
        call("Article.Builder.url(String)", "Article.url", () -> Article.builder().url((String) null)),
        call("Article.Builder.url(URI)", "Article.url", () -> Article.builder().url((URI) null)),
        call("Article.Builder.addAuthor", "Article.authors", () -> Article.builder().addAuthor(null)),
        call("Article.Builder.published", "Article.published", () -> Article.builder().published((PageDateTime) null)),
        call("Article.Builder.source", "provenance source", () -> Article.builder().source("title", null)),
        call("ArticleJson.write", "article", () -> ArticleJson.write(null)),
        call("ArticleJson.write(article, out)", "out", () -> ArticleJson.write(ARTICLE, null)),
        call("ArticleJson.writePretty(article, out)", "article", () -> ArticleJson.writePretty(null, new StringWriter())),
        call("ArticleJson.read(String)", "json", () -> ArticleJson.read((String) null)),
        call("ArticleJson.read(InputStream)", "json", () -> ArticleJson.read((InputStream) null)),
        call("ArticleJson.fromTree", "json", () -> ArticleJson.fromTree(null)),
        call("ArticleJsonLd.write", "article", () -> ArticleJsonLd.write(null)),
        call("ArticleJsonLd.scriptElement", "article", () -> ArticleJsonLd.scriptElement(null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entryPoints")
  void aNullArgumentIsANullPointerExceptionNamingTheParameter(String entryPoint, String parameter, Executable call) {
    NullArguments.assertNamesParameter(entryPoint, parameter, call);
  }
}
