package dev.newskit.moduletests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.Article;
import dev.newskit.core.DateContext;
import dev.newskit.core.DateParseException;
import dev.newskit.core.DateTextParser;
import dev.newskit.html.ArticleExtractor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * An application with newskit-html alone (run by the {@code html-alone} execution, which leaves
 * newskit-i18n and ICU4J off the class path): a Hebrew dateline gives no date, and no error.
 */
class HtmlAloneTest {
  @Test
  void newskitI18nAndIcuAreAbsent() {
    assertFalse(PublishedDate.class.getModule().isNamed(), "this execution runs on the class path");
    assertThrows(ClassNotFoundException.class, () -> Class.forName("dev.newskit.i18n.HebrewDateParser"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("com.ibm.icu.util.ULocale"));
    assertEquals(List.of(), ServiceLoader.load(DateTextParser.class).stream().map(p -> p.type().getName()).toList());
  }

  @Test
  void theSeedPagesHebrewDatelineGivesNoDateAndTheRestIsExtracted() {
    assertEquals(Optional.empty(), PublishedDate.of(SeedPage.html(), SeedPage.URL));
    Article article = ArticleExtractor.create().extract(SeedPage.html(), SeedPage.URL);
    assertEquals("Said Arikat", article.authors().get(0).name());
    assertTrue(article.title().orElseThrow().contains("Netanyahu"), article.title().toString());
    assertFalse(article.body().isEmpty());
  }

  @Test
  void theInstalledParsersRefuseTheHebrewDatelineWithATypedError() {
    DateContext at = DateContext.of(Clock.fixed(Instant.parse("2026-04-10T09:00:00Z"), ZoneOffset.UTC));
    assertThrows(DateParseException.class, () -> DateTextParser.installed().parse(SeedPage.DATELINE, at));
    assertEquals(List.of(), DateTextParser.installed().find(SeedPage.DATELINE, at));
  }
}
