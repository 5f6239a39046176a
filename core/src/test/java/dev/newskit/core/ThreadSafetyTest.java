package dev.newskit.core;

import static dev.newskit.testing.SharedUse.sameOnEveryThread;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every type core documents as thread-safe ({@link ArticleJson}, {@link ArticleJsonLd}, {@link Article}, {@link
 * PageDateTime}, {@link Image}, the date parsers, and the word counter that articles share), shared by 16
 * threads that start together: each thread's results equal the single-threaded ones. The articles are
 * shared instances too, so a value an article computes on first use is raced for.
 */
class ThreadSafetyTest {
  private static final int ROUNDS = 4;
  private static final DateContext CONTEXT =
      DateContext.of(Clock.fixed(Instant.parse("2026-04-10T12:00:00Z"), ZoneOffset.UTC));
  private static final List<String> DATES = List.of("2026-04-10T07:15:00+03:00", "2026-04-10T07:15+03:00",
      "2026-04-10T04:15:00Z", "2026-04-10 07:15:00", "2026-04-10", "Fri, 10 Apr 2026 04:15:00 GMT", "2026-02-31",
      "yesterday", "");


  private static List<Article> articles() {
    Article seed = SampleArticles.seed();
    return List.of(seed, seed.toBuilder().title("כותרת בעברית").language(java.util.Locale.forLanguageTag("he"))
        .direction(TextDirection.RTL).build(), Article.builder().title("Only a title").build());
  }

  @Test
  void articleJsonAndJsonLd() throws Exception {
    List<Article> shared = articles();
    sameOnEveryThread(ROUNDS, () -> {
      List<Object> out = new ArrayList<>();
      for (Article a : shared) {
        String json = ArticleJson.write(a);
        out.add(json);
        out.add(ArticleJson.writePretty(a));
        out.add(ArticleJson.read(json));
        out.add(ArticleJsonLd.write(a));
        out.add(ArticleJsonLd.scriptElement(a));
        out.add(a.text());
        out.add(a.wordCount());
      }
      return out;
    });
  }

  @Test
  void isoAndInstalledDateParsers() throws Exception {
    DateTextParser iso = DateTextParser.iso();
    DateTextParser installed = DateTextParser.installed();
    sameOnEveryThread(ROUNDS, () -> {
      List<String> out = new ArrayList<>();
      for (DateTextParser parser : List.of(iso, installed)) {
        for (String text : DATES) {
          try {
            out.add(parser.parse(text, CONTEXT).toIsoString());
          } catch (DateParseException e) {
            out.add("refused at " + e.index());
          }
          out.add(parser.find("published " + text + " updated", CONTEXT).toString());
        }
      }
      return out;
    });
  }

  @Test
  void pageDateTimes() throws Exception {
    List<PageDateTime> shared = new ArrayList<>();
    for (String text : List.of("2026-04-10", "2026-04-10T07:15", "2026-04-10T07:15:30+03:00", "2026-04-10T04:15Z",
        "2026-04-09T23:59-05:00", "2026-04-11", "2026-04-10T07:14:59")) {
      shared.add(PageDateTime.parse(text));
    }
    Article dated = Article.builder().title("Dated").published(shared.get(2)).modified(shared.get(1)).build();
    sameOnEveryThread(ROUNDS, () -> {
      List<Object> out = new ArrayList<>();
      for (PageDateTime d : shared) {
        out.add(d.toString());
        out.add(d.precision());
        out.add(d.localDateTime());
        out.add(d.offsetDateTime());
        out.add(d.hashCode());
        out.add(PageDateTime.parse(d.toString()).equals(d));
        for (PageDateTime other : shared) out.add(d.isCertainlyBefore(other));
      }
      out.add(ArticleJson.read(ArticleJson.write(dated)).publishedTime());
      return out;
    });
  }

  @Test
  void images() throws Exception {
    List<Image> shared = List.of(Image.of("/img/a.jpg"), Image.of("img/b.jpg?w=3"), Image.of("../../c.jpg#x"),
        Image.of("//cdn.example/d.jpg"), Image.of("../../../../../e.jpg"),
        Image.builder("f.png").alt("alt").caption("A caption").credit("Reuters").size(640, 480).build(),
        Image.of("https://cdn.example/g.jpg"));
    List<URI> bases = List.of(URI.create("https://news.example/world/2026/story.html"), URI.create("https://news.example"),
        URI.create("http://other.example/a/b/"));
    // Resolving is cheap: many rounds, so that the threads' calls overlap.
    sameOnEveryThread(ROUNDS * 50, () -> {
      List<Object> out = new ArrayList<>();
      for (Image image : shared) {
        out.add(image.absoluteUrl());
        out.add(image.hashCode());
        out.add(image.toBuilder().build().equals(image));
        for (URI base : bases) out.add(image.resolve(base));
      }
      return out;
    });
  }

  @Test
  void wordCounts() throws Exception {
    List<String> texts = List.of("The crews (all of them) went home at 7:15 on 10/4/2026.",
        "שביתת המעבורות הסתיימה אחרי 1,000.5 שעות", "مرحبا بالعالم في 2026-04-10", "room 7, floor 2 — 7: 15", "");
    List<Locale> locales = List.of(Locale.ROOT, Locale.ENGLISH, Locale.forLanguageTag("he"), Locale.forLanguageTag("ar"));
    sameOnEveryThread(ROUNDS, () -> {
      List<Integer> out = new ArrayList<>();
      for (String text : texts) for (Locale locale : locales) out.add(WordCounter.count(text, locale));
      return out;
    });
  }
}
