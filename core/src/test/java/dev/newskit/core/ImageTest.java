package dev.newskit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** An image's address: absolute http(s), or a relative reference kept when the page's address was unknown. */
class ImageTest {
  private static final List<String> RELATIVE =
      List.of("/img/a.jpg", "img/a.jpg", "../a.jpg", "./a:b.jpg", "//cdn.example/a.jpg", "a.jpg?w=300#x");

  @Test
  void relativeReferencesAreKeptAsGiven() {
    for (String ref : RELATIVE) {
      Image image = Image.of(ref);
      assertEquals(ref, image.url().toString());
      assertEquals(Optional.empty(), image.absoluteUrl(), ref);
    }
    Image absolute = Image.of("https://cdn.example/a.jpg");
    assertEquals(Optional.of(URI.create("https://cdn.example/a.jpg")), absolute.absoluteUrl());
  }

  @Test
  void otherSchemesAndReferencesToThePageItselfAreRefused() {
    for (String bad : List.of("javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)",
        "data:image/png;base64,iVBORw0KGgo=", "vbscript:msgbox", "file:///etc/passwd", "ftp://x.test/a.jpg",
        "blob:https://x.test/1", "", "#top", "?w=300", "java\tscript:alert(1)", "java\nscript:alert(1)", "\\\\evil.test/a.jpg")) {
      var e = assertThrows(IllegalArgumentException.class, () -> Image.of(bad), bad);
      assertTrue(e.getMessage().startsWith("Image.url "), e.getMessage());
    }
    var e = assertThrows(IllegalArgumentException.class, () -> new Image(URI.create("#top"), null, null, null, null, null));
    assertEquals("Image.url must be an absolute http(s) URI or a relative reference with a path: #top", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Image.of("javascript:alert(1)"));
    assertEquals("Image.url must be an absolute http(s) URI: javascript:alert(1)", e.getMessage());
  }

  @Test
  void resolvesAgainstThePageAddress() {
    URI page = URI.create("https://news.example/world/2026/story.html?id=7");
    assertEquals("https://news.example/img/a.jpg", Image.of("/img/a.jpg").resolve(page).url().toString());
    assertEquals("https://news.example/world/2026/img/a.jpg", Image.of("img/a.jpg").resolve(page).url().toString());
    assertEquals("https://news.example/world/a.jpg", Image.of("../a.jpg").resolve(page).url().toString());
    assertEquals("https://cdn.example/a.jpg", Image.of("//cdn.example/a.jpg").resolve(page).url().toString());
    assertEquals("https://news.example/a.jpg?w=3", Image.of("a.jpg?w=3").resolve(URI.create("https://news.example")).url().toString());
    assertEquals("https://news.example/a.jpg?w=3#x", Image.of("../../../../a.jpg?w=3#x").resolve(page).url().toString(),
        "RFC 3986: no climbing above the root");
    assertEquals("https://news.example/", Image.of("../../..").resolve(page).url().toString());

    Image captioned = Image.builder("/img/a.jpg").alt("alt").caption("A caption").credit("Reuters").size(640, 480).build();
    Image resolved = captioned.resolve(page);
    assertEquals(Image.builder("https://news.example/img/a.jpg").alt("alt").caption("A caption").credit("Reuters")
        .size(640, 480).build(), resolved);
    assertTrue(resolved.absoluteUrl().isPresent());

    Image absolute = Image.of("https://cdn.example/a.jpg");
    assertSame(absolute, absolute.resolve(page));
    var e = assertThrows(IllegalArgumentException.class, () -> Image.of("a.jpg").resolve(URI.create("/relative/base")));
    assertTrue(e.getMessage().startsWith("base must be an absolute http(s) URI"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Image.of("a.jpg").resolve(URI.create("file:///tmp/")));
  }

  @Test
  void jsonRoundTripsARelativeImageAndTheSchemaAcceptsIt() throws Exception {
    Article a = Article.builder()
        .addImage(Image.builder("/img/lead.jpg").caption("Lead").build())
        .addImage(Image.of("https://cdn.example/b.jpg"))
        .addBlock(new Figure(Image.builder("//cdn.example/c.jpg").alt("c").build()))
        .build();
    String json = ArticleJson.write(a);
    assertTrue(json.contains("\"url\":\"/img/lead.jpg\""), json);
    assertEquals(a, ArticleJson.read(json));
    assertEquals(List.of(), schemaErrors(ArticleJson.toTree(a)));
  }

  @Test
  void jsonAndTheSchemaRefuseOtherSchemes() throws Exception {
    var e = assertThrows(JacksonException.class,
        () -> ArticleJson.read("{\"images\":[{\"url\":\"javascript:alert(1)\"}]}"));
    assertTrue(e.getMessage().contains("Image.url"), e.getMessage());
    e = assertThrows(JacksonException.class, () -> ArticleJson.read("{\"images\":[{\"url\":\"#top\"}]}"));
    assertTrue(e.getMessage().contains("Image.url"), e.getMessage());
    for (String bad : List.of("javascript:alert(1)", "data:image/png;base64,AAAA", "#top", "?w=1", " /a.jpg", "")) {
      ObjectNode json = ArticleJson.toTree(Article.builder().addImage(Image.of("/a.jpg")).build());
      ((ObjectNode) json.get("images").get(0)).put("url", bad);
      assertFalse(schemaErrors(json).isEmpty(), bad);
    }
  }

  @Test
  void jsonLdLeavesOutRelativeImages() {
    Article a = Article.builder()
        .addImage(Image.of("/img/lead.jpg"))
        .addImage(Image.of("https://cdn.example/b.jpg"))
        .build();
    JsonNode ld = ArticleJsonLd.toTree(a);
    assertEquals(1, ld.get("image").size());
    assertEquals("https://cdn.example/b.jpg", ld.get("image").get(0).get("contentUrl").asString());
    assertFalse(ArticleJsonLd.write(a).contains("/img/lead.jpg"));
    JsonNode none = ArticleJsonLd.toTree(Article.builder().addImage(Image.of("/img/lead.jpg")).build());
    assertFalse(none.has("image"), none.toString());
  }

  private static List<String> schemaErrors(JsonNode json) throws Exception {
    try (InputStream in = ArticleJson.class.getResourceAsStream("article.schema.json")) {
      Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
      return schema.validate(json).stream().map(Error::toString).toList();
    }
  }
}
