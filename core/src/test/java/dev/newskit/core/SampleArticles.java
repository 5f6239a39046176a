package dev.newskit.core;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Hand-written articles for tests, modelled on the seed page: an English analysis on a Hebrew site. */
final class SampleArticles {
  private SampleArticles() {}

  /** The seed article with one block of every kind. */
  static Article seed() {
    return Article.builder()
        .url("https://www.alquds.com/en/articles/news-analysis-washington")
        .title("Ceasefire talks stall as Washington weighs its next step")
        .subtitle("The administration is split over how hard to press")
        .section("News Analysis")
        .addAuthor(new Author("Said Arikat", Optional.of(URI.create("https://www.alquds.com/authors/said-arikat")),
            Optional.of("correspondent")))
        .dateline(Dateline.of("Washington", "Washington – Said Arikat - 10/4/2026"))
        .published(OffsetDateTime.parse("2026-04-10T07:15:00+03:00"))
        .modified(OffsetDateTime.parse("2026-04-10T09:40:12+03:00"))
        .zone(ZoneId.of("Asia/Jerusalem"))
        .language(Locale.ENGLISH)
        .direction(TextDirection.LTR)
        .pageLanguage(Locale.forLanguageTag("he"))
        .siteName("אל-קודס")
        .publisherLogo(URI.create("https://www.alquds.com/logo.png"))
        .description("An analysis of the stalled talks.")
        .accessibleForFree(false)
        .tags(List.of("Washington", "ארצות הברית", "مفاوضات"))
        .addImage(Image.builder("https://cdn.alquds.com/img/lead.jpg").alt("The White House")
            .caption("The White House on Thursday").credit("Reuters").size(1200, 800).build())
        .addBlock(new Paragraph("The talks stalled on Thursday, officials said, as the State Department weighed its options.",
            List.of(Link.of("State Department", "https://www.state.gov/"))))
        .addBlock(Heading.of(2, "What comes next"))
        .addBlock(new Quote("We are not there yet.", Optional.of("A senior official"), List.of()))
        .addBlock(ListBlock.of(true, List.of("A truce", "Prisoner exchange", "Aid corridors")))
        .addBlock(new Figure(Image.builder("https://cdn.alquds.com/img/map.png").caption("Map of the crossings")
            .credit("Al-Quds graphics").build()))
        .addBlock(new Table(Optional.of("Talks so far"), List.of("Round", "Date"),
            List.of(List.of("1", "2 March"), List.of("2", "19 March"))))
        .addBlock(new Embed("youtube", URI.create("https://www.youtube.com/watch?v=abc123"),
            Optional.of("Briefing")))
        .addBlock(Paragraph.of("שלום עולם — مرحبا بالعالم 👋 mixed-direction text."))
        .addComment(new Comment(Optional.of("Dana R."), Optional.of(PageDateTime.of(java.time.LocalDateTime.parse("2026-04-10T12:04"))),
            "Talks stall every spring. Nothing new here.", 0))
        .addComment(new Comment(Optional.empty(), Optional.empty(), "מסכים לגמרי.", 1))
        .source("published", FieldSource.VISIBLE_TEXT)
        .source("title", FieldSource.JSON_LD)
        .source("comments", FieldSource.VISIBLE_TEXT)
        .build();
  }
}
