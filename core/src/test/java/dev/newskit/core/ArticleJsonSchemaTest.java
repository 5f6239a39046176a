package dev.newskit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class ArticleJsonSchemaTest {
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in = ArticleJson.class.getResourceAsStream("article.schema.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  @Test
  void writtenSeedArticleWithEveryBlockTypeIsValid() {
    assertEquals(List.of(), messages(ArticleJson.toTree(SampleArticles.seed())));
  }

  @Test
  void eachBlockTypeAloneIsValid() {
    for (Block block : SampleArticles.seed().body()) {
      Article a = Article.builder().addBlock(block).build();
      assertEquals(List.of(), messages(ArticleJson.toTree(a)), block.getClass().getSimpleName());
    }
  }

  @Test
  void eachDatePrecisionIsValid() {
    for (String when : List.of("2019-10-16", "2019-10-16T10:30", "2019-10-16T10:30:15", "2019-10-16T10:30:00+02:00")) {
      Article a = Article.builder().published(PageDateTime.parse(when)).modified(PageDateTime.parse("2019-10-18")).build();
      assertEquals(List.of(), messages(ArticleJson.toTree(a)), when);
    }
  }

  @Test
  void emptyArticleIsValid() {
    assertEquals(List.of(), messages(ArticleJson.toTree(Article.builder().build())));
  }

  @Test
  void schemaRejectsWhatTheModelRejects() {
    ObjectNode json = ArticleJson.toTree(SampleArticles.seed());
    json.put("direction", "sideways");
    json.put("published", "10/4/2026");
    json.withArray("body").addObject().put("type", "heading").put("level", 9).put("text", "x");
    json.withArray("comments").addObject().put("text", " ").put("depth", -1);
    List<String> errors = messages(json);
    assertFalse(errors.isEmpty());
    for (String path : List.of("/direction:", "/published:", "/body/8/level:", "/comments/2/text:", "/comments/2/depth:")) {
      assertTrue(errors.stream().anyMatch(e -> e.startsWith(path)), path + " in " + errors);
    }
    assertFalse(errors.stream().anyMatch(e -> e.startsWith("/title")), errors.toString());
  }

  @Test
  void schemaDocumentsAnOptionalFieldOnce() {
    Article a = Article.builder().dateline(new Dateline(Optional.empty(), "Jerusalem")).build();
    assertEquals(List.of(), messages(ArticleJson.toTree(a)));
  }

  private static List<String> messages(tools.jackson.databind.JsonNode json) {
    return schema.validate(json).stream().map(Error::toString).toList();
  }
}
