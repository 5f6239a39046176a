package dev.newskit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleTest {

  @Test
  void emptyArticleHasNoValuesAndNoNulls() {
    Article a = Article.builder().build();
    assertTrue(a.title().isEmpty());
    assertTrue(a.authors().isEmpty());
    assertTrue(a.body().isEmpty());
    assertEquals("", a.text());
    assertEquals(0, a.wordCount());
    assertEquals(Duration.ZERO, a.readingTime());
    assertTrue(a.leadImage().isEmpty());
  }

  @Test
  void textJoinsBlocksWithBlankLineAndSkipsEmptyOnes() {
    Article a = Article.builder()
        .addBlock(Paragraph.of("First."))
        .addBlock(new Figure(Image.of("https://example.com/a.jpg")))
        .addBlock(ListBlock.of(false, List.of("one", "two")))
        .build();
    assertEquals("First.\n\none\ntwo", a.text());
  }

  @Test
  void textLeavesFigureCaptionsOut() {
    Image photo = Image.builder("https://example.com/a.jpg").caption("The harbour at dawn.").build();
    Article a = Article.builder()
        .addBlock(Paragraph.of("First."))
        .addBlock(new Figure(photo))
        .addBlock(Paragraph.of("Second."))
        .build();
    assertEquals("First.\n\nSecond.", a.text());
    assertEquals("The harbour at dawn.", a.body().get(1).text());
  }

  @Test
  void wordCountIsRightForEnglishHebrewAndArabic() {
    assertEquals(6, words("The talks stalled on Thursday, officials."));
    assertEquals(5, words("השיחות נתקעו ביום חמישי, אמרו."));
    assertEquals(4, words("توقفت المحادثات يوم الخميس."));
    assertEquals(3, words("7:15 am — 10/4/2026"));
    assertEquals(0, words(" — … !!! "));
  }

  private static int words(String text) {
    return Article.builder().addBlock(Paragraph.of(text)).build().wordCount();
  }

  @Test
  void readingTimeRoundsUpToWholeMinutes() {
    String words = "word ".repeat(231);
    Article a = Article.builder().addBlock(Paragraph.of(words)).build();
    assertEquals(Duration.ofMinutes(2), a.readingTime());
  }

  @Test
  void validationNamesTheFieldAndValue() {
    var e = assertThrows(IllegalArgumentException.class, () -> Article.builder().title("  ").build());
    assertEquals("Article.title must not be blank", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Article.builder().url("ftp://example.com/x"));
    assertEquals("Article.url must be an absolute http(s) URI: ftp://example.com/x", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Heading.of(7, "x"));
    assertEquals("Heading.level must be between 1 and 6: 7", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Article.builder()
        .published(OffsetDateTime.parse("2026-04-10T07:15:00+03:00"))
        .modified(OffsetDateTime.parse("2026-04-10T04:00:00Z")).build());
    assertTrue(e.getMessage().contains("Article.modified"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Article.builder().language(Locale.ROOT).build());
    assertTrue(e.getMessage().startsWith("Article.language must name a language"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Image.builder("https://x.test/a.png").size(0, 5).build());
    assertEquals("Image.width must be positive: 0", e.getMessage());
    var npe = assertThrows(NullPointerException.class, () -> new Paragraph(null, List.of()));
    assertEquals("Paragraph.text must not be null", npe.getMessage());
    npe = assertThrows(NullPointerException.class, () -> Article.builder().title(null));
    assertEquals("Article.title must not be null", npe.getMessage());
    List<String> items = new ArrayList<>();
    items.add("a");
    items.add(null);
    npe = assertThrows(NullPointerException.class, () -> ListBlock.of(false, items));
    assertEquals("ListBlock.items[1] must not be null", npe.getMessage());
  }

  @Test
  void datesKeepThePrecisionThePageGave() {
    Article day = Article.builder().published(PageDateTime.parse("2019-10-16")).build();
    assertEquals(Optional.empty(), day.published(), "a day is not an instant");
    assertEquals("2019-10-16", day.publishedTime().orElseThrow().toString());
    Article local = Article.builder().published(PageDateTime.parse("2019-10-16T10:30")).build();
    assertEquals(Optional.empty(), local.published(), "a time without offset is not an instant");
    assertEquals("2019-10-16T10:30", ArticleJson.read(ArticleJson.write(local)).publishedTime().orElseThrow().toString());
    Article instant = Article.builder().published(OffsetDateTime.parse("2019-10-16T10:30:00+02:00")).build();
    assertEquals(PageDateTime.parse("2019-10-16T10:30:00+02:00"), instant.publishedTime().orElseThrow());
    assertEquals(instant, instant.toBuilder().build());
  }

  @SuppressWarnings("deprecation")
  @Test
  void theInstantConstructorStillWorksAndTheTwoFormsMustAgree() {
    Article a = Article.builder().build();
    Optional<OffsetDateTime> when = Optional.of(OffsetDateTime.parse("2026-04-10T07:15:00+03:00"));
    Article old = new Article(a.url(), a.title(), a.subtitle(), a.section(), a.authors(), a.dateline(), when,
        Optional.empty(), a.zone(), a.language(), a.direction(), a.pageLanguage(), a.siteName(), a.publisherLogo(),
        a.description(), a.accessibleForFree(), a.tags(), a.images(), a.body(), a.provenance());
    assertEquals(PageDateTime.of(when.get()), old.publishedTime().orElseThrow());
    var e = assertThrows(IllegalArgumentException.class, () -> new Article(a.url(), a.title(), a.subtitle(),
        a.section(), a.authors(), a.dateline(), when, Optional.empty(), a.zone(), a.language(), a.direction(),
        a.pageLanguage(), a.siteName(), a.publisherLogo(), a.description(), a.accessibleForFree(), a.tags(),
        a.images(), a.body(), a.provenance(), Optional.of(PageDateTime.parse("2026-04-10")), Optional.empty()));
    assertTrue(e.getMessage().contains("disagree"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Article.builder()
        .published(PageDateTime.parse("2026-04-10T09:00")).modified(PageDateTime.parse("2026-04-10T08:59")).build());
    assertTrue(e.getMessage().contains("Article.modified"), e.getMessage());
  }

  @Test
  void collectionsAreCopiedAndUnmodifiable() {
    List<String> tags = new ArrayList<>(List.of("a", "b"));
    Article a = Article.builder().tags(tags).build();
    tags.add("c");
    assertEquals(List.of("a", "b"), a.tags());
    assertThrows(UnsupportedOperationException.class, () -> a.tags().add("d"));
    assertThrows(UnsupportedOperationException.class, () -> a.provenance().put("x", FieldSource.META));
  }

  @SuppressWarnings("deprecation")
  @Test
  void builderDropsRepeatedTagsButConstructorRejectsThem() {
    assertEquals(List.of("a"), Article.builder().addTag("a").addTag("a").build().tags());
    Article a = Article.builder().build();
    assertThrows(IllegalArgumentException.class, () -> new Article(a.url(), a.title(), a.subtitle(), a.section(),
        a.authors(), a.dateline(), a.published(), a.modified(), a.zone(), a.language(), a.direction(),
        a.pageLanguage(), a.siteName(), a.description(), List.of("x", "x"), a.images(), a.body(), a.provenance()));
  }

  @Test
  void commentsAreValidatedAndKeptOutOfTheText() {
    var e = assertThrows(IllegalArgumentException.class, () -> Comment.of("  "));
    assertTrue(e.getMessage().contains("Comment.text"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new Comment(Optional.empty(), Optional.empty(), "x", -1));
    assertTrue(e.getMessage().contains("Comment.depth"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new Comment(Optional.of(" "), Optional.empty(), "x", 0));
    assertTrue(e.getMessage().contains("Comment.author"), e.getMessage());
    Article a = Article.builder().addBlock(Paragraph.of("The story.")).addComment(Comment.signed("Dana", " First! ")).build();
    assertEquals("The story.", a.text());
    assertEquals(List.of(new Comment(Optional.of("Dana"), Optional.empty(), "First!", 0)), a.comments());
    assertEquals(List.of(), a.toBuilder().comments(List.of()).build().comments());
    assertEquals(a.comments(), a.toBuilder().title("T").build().comments());
  }

  @SuppressWarnings("deprecation")
  @Test
  void theTwoStringCommentFactoryIsSigned() {
    assertEquals(Comment.signed("Dana", "First!"), Comment.of("Dana", "First!"));
    assertEquals(Optional.of("Dana"), Comment.signed("Dana", "First!").author());
    assertEquals("First!", Comment.signed("Dana", "First!").text());
  }

  @SuppressWarnings("deprecation")
  @Test
  void theConstructorWithoutCommentsStillWorks() {
    Article a = SampleArticles.seed();
    Article old = new Article(a.url(), a.title(), a.subtitle(), a.section(), a.authors(), a.dateline(), Optional.empty(),
        Optional.empty(), a.zone(), a.language(), a.direction(), a.pageLanguage(), a.siteName(), a.publisherLogo(),
        a.description(), a.accessibleForFree(), a.tags(), a.images(), a.body(), a.provenance(), a.publishedTime(),
        a.modifiedTime());
    assertEquals(a.toBuilder().comments(List.of()).build(), old);
  }

  @Test
  void toBuilderDerivesAChangedCopyAndLeavesTheOriginal() {
    Article seed = SampleArticles.seed();
    Article changed = seed.toBuilder().title("Another title").build();
    assertEquals(Optional.of("Another title"), changed.title());
    assertEquals(Optional.of("Ceasefire talks stall as Washington weighs its next step"), seed.title());
    assertEquals(seed, seed.toBuilder().build());
  }
}
