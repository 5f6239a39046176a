package dev.newskit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ArticleJsonLdTest {

  @Test
  void seedArticleBecomesANewsArticle() {
    JsonNode ld = ArticleJsonLd.toTree(SampleArticles.seed());
    assertEquals("https://schema.org", ld.get("@context").asString());
    assertEquals("NewsArticle", ld.get("@type").asString());
    assertEquals("Ceasefire talks stall as Washington weighs its next step", ld.get("headline").asString());
    assertEquals("2026-04-10T07:15:00+03:00", ld.get("datePublished").asString());
    assertEquals("2026-04-10T09:40:12+03:00", ld.get("dateModified").asString());
    assertEquals("Person", ld.get("author").get(0).get("@type").asString());
    assertEquals("Said Arikat", ld.get("author").get(0).get("name").asString());
    assertEquals("News Analysis", ld.get("articleSection").asString());
    assertEquals("Washington, ארצות הברית, مفاوضات", ld.get("keywords").asString());
    assertEquals("en", ld.get("inLanguage").asString());
    assertEquals("https://cdn.alquds.com/img/lead.jpg", ld.get("image").get(0).get("url").asString());
    assertEquals("Reuters", ld.get("image").get(0).get("creditText").asString());
    assertEquals("Washington", ld.get("dateline").asString());
    assertEquals("אל-קודס", ld.get("publisher").get("name").asString());
    assertEquals("https://www.alquds.com/en/articles/news-analysis-washington",
        ld.get("mainEntityOfPage").get("@id").asString());
    assertTrue(ld.get("articleBody").asString().startsWith("The talks stalled on Thursday"));
  }

  @Test
  void absentFieldsAreLeftOut() {
    JsonNode ld = ArticleJsonLd.toTree(Article.builder().title("Only").build());
    assertFalse(ld.has("author"));
    assertFalse(ld.has("datePublished"));
    assertFalse(ld.has("articleBody"));
    assertTrue(ArticleJsonLd.write(Article.builder().build()).contains("\"NewsArticle\""));
  }
}
