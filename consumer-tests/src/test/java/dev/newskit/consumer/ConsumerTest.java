package dev.newskit.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import dev.newskit.core.Article;
import dev.newskit.core.ArticleJson;
import dev.newskit.core.ArticleJsonLd;
import dev.newskit.core.Author;
import dev.newskit.core.Dateline;
import dev.newskit.core.Embed;
import dev.newskit.core.FieldSource;
import dev.newskit.core.Figure;
import dev.newskit.core.Heading;
import dev.newskit.core.Image;
import dev.newskit.core.Link;
import dev.newskit.core.ListBlock;
import dev.newskit.core.Paragraph;
import dev.newskit.core.Quote;
import dev.newskit.core.Table;
import dev.newskit.core.TextDirection;
import dev.newskit.html.ArticleExtractor;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * newskit as an application on Jackson 2 uses it: the extractor, ArticleJson and ArticleJsonLd work, and a plain
 * Jackson 2 mapper configured as the README says writes and reads the same bytes as ArticleJson. Surefire runs
 * this class once per Jackson 2 version (see the pom).
 */
class ConsumerTest {
  private static final Path SEED = Path.of("../html/src/test/resources/dev/newskit/html/pages/seed-with-metadata.html");
  private static final String SEED_URL = "https://www.alquds.com/en/articles/trump-asks-netanyahu-de-escalate";

  @Test
  void runsOnTheJackson2ThisExecutionIsFor() {
    assertEquals(System.getProperty("newskit.jackson2"), PackageVersion.VERSION.toString());
    String annotations = JsonProperty.class.getProtectionDomain().getCodeSource().getLocation().getPath();
    assertTrue(annotations.endsWith("jackson-annotations-" + System.getProperty("newskit.jackson2.annotations") + ".jar"),
        annotations);
    if (!annotations.contains("-2.21")) {
      // The trap is live: Jackson 3 databind's annotation introspector needs this 2.21 class.
      assertThrows(ClassNotFoundException.class, () -> Class.forName("com.fasterxml.jackson.annotation.JsonSerializeAs"));
    }
  }

  @Test
  void extractsTheSeedPage() throws Exception {
    Article a = ArticleExtractor.create().extract(Files.readString(SEED, StandardCharsets.UTF_8), SEED_URL);
    assertTrue(a.title().orElseThrow().contains("Netanyahu"), a.title().toString());
    assertEquals("Said Arikat", a.authors().get(0).name());
    assertTrue(a.published().isPresent());
    assertFalse(a.body().isEmpty());
    assertEquals(FieldSource.JSON_LD, a.provenance().get("title"));
    assertEquals(ArticleJson.write(a), Jackson2Mapper.MAPPER.writeValueAsString(a));
    assertEquals(a, Jackson2Mapper.MAPPER.readValue(ArticleJson.write(a), Article.class));
    assertEquals(a, ArticleJson.read(ArticleJson.write(a)));
    assertTrue(ArticleJsonLd.scriptElement(a).contains("\"NewsArticle\""));
  }

  @Test
  void roundTripsEveryFieldThroughPlainJackson2() throws Exception {
    Article a = everyField();
    String json = ArticleJson.write(a);
    assertEquals(json, Jackson2Mapper.MAPPER.writeValueAsString(a));
    Article back = Jackson2Mapper.MAPPER.readValue(json, Article.class);
    assertEquals(a, back);
    assertEquals("+03:00", back.published().orElseThrow().getOffset().getId());
    assertEquals(json, Jackson2Mapper.MAPPER.writeValueAsString(back));
    assertEquals(a, ArticleJson.read(Jackson2Mapper.MAPPER.writeValueAsString(a)));
  }

  @Test
  void theReadmeShowsThisMapper() throws Exception {
    String source = Files.readString(Path.of("src/test/java/dev/newskit/consumer/Jackson2Mapper.java"));
    String code = source.substring(source.indexOf("// README: Jackson 2 (begin)\n") + 28, source.indexOf("// README: Jackson 2 (end)"));
    assertTrue(Files.readString(Path.of("../README.md")).contains("```java\n" + code + "```\n"),
        "README's Jackson 2 block must be Jackson2Mapper.java between its markers");
  }

  private static Article everyField() {
    return Article.builder()
        .url("https://www.alquds.com/en/articles/1")
        .title("</script><img src=x onerror=alert(1)> & \u2028 headline")
        .subtitle("Sub")
        .section("News Analysis")
        .addAuthor(new Author("Said Arikat", Optional.of(URI.create("https://www.alquds.com/authors/said")), Optional.of("correspondent")))
        .dateline(Dateline.of("Washington", "Washington – 10/4/2026"))
        .published(OffsetDateTime.parse("2026-10-25T01:30:00.123456789+03:00"))
        .modified(OffsetDateTime.parse("2026-10-25T01:30:00+02:00"))
        .zone(ZoneId.of("Asia/Jerusalem"))
        .language(Locale.forLanguageTag("zh-Hant-TW"))
        .direction(TextDirection.RTL)
        .pageLanguage(Locale.forLanguageTag("he"))
        .siteName("אל-קודס")
        .publisherLogo(URI.create("https://www.alquds.com/logo.png"))
        .description("An analysis.")
        .accessibleForFree(false)
        .tags(List.of("Washington", "ארצות הברית"))
        .addImage(Image.builder("https://cdn.alquds.com/a.jpg").alt("Alt").caption("Cap").credit("Reuters").size(1200, 800).build())
        .addBlock(new Paragraph("Text.", List.of(Link.of("", "https://www.state.gov/"), Link.of("mail", "mailto:a@b.org"))))
        .addBlock(Heading.of(2, "Heading"))
        .addBlock(new Quote("Quote.", Optional.of("Someone"), List.of()))
        .addBlock(ListBlock.of(false, List.of("one", "two")))
        .addBlock(new Figure(Image.builder("https://cdn.alquds.com/b.png").caption("Map").build()))
        .addBlock(new Table(Optional.empty(), List.of(), List.of(List.of("1", ""), List.of())))
        .addBlock(new Embed("youtube", URI.create("https://www.youtube.com/watch?v=abc"), Optional.empty()))
        .source("published", FieldSource.VISIBLE_TEXT)
        .source("title", FieldSource.OPEN_GRAPH)
        .build();
  }
}
