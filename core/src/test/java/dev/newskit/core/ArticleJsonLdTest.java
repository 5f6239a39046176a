package dev.newskit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
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
  void readersCommentsAreSchemaOrgComments() {
    JsonNode ld = ArticleJsonLd.toTree(SampleArticles.seed());
    JsonNode first = ld.get("comment").get(0);
    assertEquals("Comment", first.get("@type").asString());
    assertEquals("Person", first.get("author").get("@type").asString());
    assertEquals("Dana R.", first.get("author").get("name").asString());
    assertEquals("2026-04-10T12:04", first.get("dateCreated").asString());
    assertEquals("Talks stall every spring. Nothing new here.", first.get("text").asString());
    assertFalse(first.get("comment").get(0).has("author"), "the unsigned reply, under the comment it answers");
    assertFalse(ld.has("commentCount"), "the comments read are not all a thread may have");
    assertFalse(ld.get("articleBody").asString().contains("Nothing new here"));
    assertFalse(ArticleJsonLd.toTree(Article.builder().title("T").build()).has("comment"));
  }

  @Test
  void aReplyIsACommentOnTheCommentItAnswers() {
    Article a = Article.builder().title("T")
        .addComment(new Comment(Optional.of("Ann"), Optional.empty(), "First.", 0))
        .addComment(new Comment(Optional.of("Bob"), Optional.empty(), "Reply to Ann.", 1))
        .addComment(new Comment(Optional.of("Cy"), Optional.empty(), "Reply to Bob.", 2))
        .addComment(new Comment(Optional.of("Dee"), Optional.empty(), "Second reply to Ann.", 1))
        .addComment(new Comment(Optional.of("Eve"), Optional.empty(), "Second.", 0))
        .addComment(new Comment(Optional.of("Fay"), Optional.empty(), "Two levels under Eve, one missing.", 2))
        .build();
    JsonNode comments = ArticleJsonLd.toTree(a).get("comment");
    assertEquals(2, comments.size(), comments.toString());
    JsonNode ann = comments.get(0);
    assertEquals("First.", ann.get("text").asString());
    assertEquals(2, ann.get("comment").size());
    assertEquals("Reply to Ann.", ann.get("comment").get(0).get("text").asString());
    assertEquals("Reply to Bob.", ann.get("comment").get(0).get("comment").get(0).get("text").asString());
    assertEquals("Second reply to Ann.", ann.get("comment").get(1).get("text").asString());
    assertEquals("Two levels under Eve, one missing.", comments.get(1).get("comment").get(0).get("text").asString());
  }

  @Test
  void aDayIsPublishedAsADate() {
    Article a = Article.builder().published(PageDateTime.parse("2019-10-16")).modified(PageDateTime.parse("2019-10-17T08:00")).build();
    JsonNode ld = ArticleJsonLd.toTree(a);
    assertEquals("2019-10-16", ld.get("datePublished").asString());
    assertEquals("2019-10-17T08:00", ld.get("dateModified").asString());
  }

  @Test
  void absentFieldsAreLeftOut() {
    JsonNode ld = ArticleJsonLd.toTree(Article.builder().title("Only").build());
    assertFalse(ld.has("author"));
    assertFalse(ld.has("datePublished"));
    assertFalse(ld.has("articleBody"));
    assertFalse(ld.has("isAccessibleForFree"));
    assertFalse(ld.has("publisher"));
    assertTrue(ArticleJsonLd.write(Article.builder().build()).contains("\"NewsArticle\""));
  }

  @Test
  void nothingInTheTextCanEndTheScriptOrOpenAComment() {
    String hostile = "</script><img src=x onerror=alert(1)> <!-- & \u2028 \u2029 </SCRIPT >";
    Article a = Article.builder().url("https://news.example/a?x=%3C/script%3E").title(hostile).description(hostile)
        .addAuthor(Author.of(hostile)).addTag(hostile).addBlock(Paragraph.of(hostile)).siteName(hostile).build();
    String json = ArticleJsonLd.write(a);
    for (String c : List.of("<", ">", "&", "\u2028", "\u2029")) assertFalse(json.contains(c), c + " in " + json);
    assertTrue(json.contains("\\u003C/script\\u003E"), json);
    assertEquals(ArticleJsonLd.toTree(a), ArticleJsonReferenceTest.DATABIND.readTree(json));

    String element = ArticleJsonLd.scriptElement(a);
    assertTrue(element.startsWith("<script type=\"application/ld+json\">"), element);
    assertTrue(element.endsWith("</script>"), element);
    assertEquals(element.indexOf("</script"), element.lastIndexOf("</script"));
    assertEquals(1, element.split("<", -1).length - 2, "only the element's own two tags open with <");
  }

  /**
   * Google's structured data for articles lists no required properties and recommends {@code author} (with
   * {@code name} and {@code url}), {@code dateModified}, {@code datePublished}, {@code headline} and {@code image};
   * schema.org's NewsArticle adds {@code publisher} (with its {@code logo}), {@code description},
   * {@code articleBody}; Google reads {@code isAccessibleForFree} for paywalled content.
   */
  @Test
  void seedHasGooglesRecommendedNewsArticleProperties() {
    JsonNode ld = ArticleJsonLd.toTree(SampleArticles.seed());
    for (String property : List.of("headline", "image", "datePublished", "dateModified", "author", "publisher",
        "description", "articleBody", "mainEntityOfPage", "inLanguage")) {
      assertTrue(ld.has(property), property);
    }
    JsonNode author = ld.get("author").get(0);
    assertEquals("Person", author.get("@type").asString());
    assertEquals("https://www.alquds.com/authors/said-arikat", author.get("url").asString());
    JsonNode image = ld.get("image").get(0);
    assertEquals("ImageObject", image.get("@type").asString());
    assertEquals("https://cdn.alquds.com/img/lead.jpg", image.get("contentUrl").asString());
    assertEquals(1200, image.get("width").asInt());
    JsonNode publisher = ld.get("publisher");
    assertEquals("NewsMediaOrganization", publisher.get("@type").asString());
    assertEquals("https://www.alquds.com/", publisher.get("url").asString());
    assertEquals("ImageObject", publisher.get("logo").get("@type").asString());
    assertEquals("https://www.alquds.com/logo.png", publisher.get("logo").get("url").asString());
    assertTrue(ld.get("isAccessibleForFree").isBoolean());
    assertFalse(ld.get("isAccessibleForFree").booleanValue());
    assertEquals("An analysis of the stalled talks.", ld.get("description").asString());
    assertTrue(ld.get("headline").asString().length() <= 110, "Google shows at most 110 characters of a headline");
  }

  @Test
  void articleBodyIsTheProseWithoutCaptionsOrEmbedTitles() {
    Article a = Article.builder().language(java.util.Locale.ENGLISH)
        .addBlock(new Figure(Image.builder("https://x.example/a.jpg").caption("A caption first").build()))
        .addBlock(Paragraph.of("The story starts here."))
        .addBlock(new Embed("youtube", java.net.URI.create("https://www.youtube.com/watch?v=1"), java.util.Optional.of("Video")))
        .addBlock(Paragraph.of("And ends here."))
        .build();
    JsonNode ld = ArticleJsonLd.toTree(a);
    assertEquals("The story starts here.\n\nAnd ends here.", ld.get("articleBody").asString());
    assertEquals(7, ld.get("wordCount").asInt());
  }
}
