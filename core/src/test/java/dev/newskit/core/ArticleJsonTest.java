package dev.newskit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

class ArticleJsonTest {

  @Test
  void roundTripOfEveryBlockTypeIsLossless() {
    Article seed = SampleArticles.seed();
    Set<String> types = new TreeSet<>();
    for (JsonNode block : ArticleJson.toTree(seed).get("body")) types.add(block.get("type").asString());
    assertEquals(new TreeSet<>(List.of("paragraph", "heading", "quote", "list", "figure", "table", "embed")), types);

    assertEquals(seed, ArticleJson.read(ArticleJson.write(seed)));
    assertEquals(seed, ArticleJson.read(ArticleJson.writePretty(seed)));
    assertEquals(seed, ArticleJson.fromTree(ArticleJson.toTree(seed)));
    assertEquals(seed, ArticleJson.read(new ByteArrayInputStream(ArticleJson.write(seed).getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void writingToAWriterGivesTheSameTextAndLeavesTheWriterOpen() {
    Article seed = SampleArticles.seed();
    java.io.StringWriter compact = new java.io.StringWriter();
    java.io.StringWriter pretty = new java.io.StringWriter();
    class Tracked extends java.io.FilterWriter {
      boolean closed;

      Tracked(java.io.Writer w) {
        super(w);
      }

      @Override
      public void close() {
        closed = true;
      }
    }
    Tracked tracked = new Tracked(compact);
    ArticleJson.write(seed, tracked);
    ArticleJson.writePretty(seed, pretty);
    assertEquals(ArticleJson.write(seed), compact.toString());
    assertEquals(ArticleJson.writePretty(seed), pretty.toString());
    assertFalse(tracked.closed, "the caller's writer stays open");
  }

  @Test
  void fieldNamesAndValuesFollowTheDocumentedFormat() {
    JsonNode json = ArticleJson.toTree(SampleArticles.seed());
    assertEquals("2026-04-10T07:15:00+03:00", json.get("published").asString());
    assertEquals("Asia/Jerusalem", json.get("zone").asString());
    assertEquals("en", json.get("language").asString());
    assertEquals("he", json.get("pageLanguage").asString());
    assertEquals("ltr", json.get("direction").asString());
    assertEquals("Washington", json.get("dateline").get("location").asString());
    assertEquals("Said Arikat", json.get("authors").get(0).get("name").asString());
    assertEquals("visible-text", json.get("provenance").get("published").asString());
    assertEquals(SampleArticles.seed().wordCount(), json.get("wordCount").asInt());
    assertEquals(SampleArticles.seed().text(), json.get("text").asString());
    List<String> names = new java.util.ArrayList<>();
    json.propertyNames().forEach(names::add);
    assertEquals(List.of("url", "title", "subtitle", "section", "authors", "dateline", "published", "modified",
        "zone", "language", "direction", "pageLanguage", "siteName", "publisherLogo", "description",
        "accessibleForFree", "tags", "images", "body",
        "text", "wordCount", "comments", "provenance"), names);
  }

  @Test
  void absentValuesAreOmittedNotNull() {
    String json = ArticleJson.write(Article.builder().title("Only a title").build());
    assertEquals("{\"title\":\"Only a title\",\"text\":\"\",\"wordCount\":0}", json);
    assertFalse(json.contains("null"));
  }

  @Test
  void unknownAndDerivedFieldsAreIgnoredOnRead() {
    Article a = ArticleJson.read("{\"title\":\"T\",\"text\":\"ignored\",\"wordCount\":99,\"futureField\":{\"x\":1},"
        + "\"body\":[{\"type\":\"paragraph\",\"text\":\"Body.\",\"extra\":true}]}");
    assertEquals("T", a.title().orElseThrow());
    assertEquals("Body.", a.text());
  }

  @Test
  void offsetsAreKeptAsWrittenNotNormalisedToUtc() {
    // 01:30 happens twice in Jerusalem that night: first at +03:00, an hour later at +02:00.
    Article a = ArticleJson.read("{\"published\":\"2026-10-25T01:30:00+03:00\",\"modified\":\"2026-10-25T01:30:00+02:00\"}");
    assertEquals("+03:00", a.published().orElseThrow().getOffset().getId());
    assertEquals("+02:00", a.modified().orElseThrow().getOffset().getId());
    assertEquals(3600, a.modified().orElseThrow().toEpochSecond() - a.published().orElseThrow().toEpochSecond());
    assertThrows(JacksonException.class, () -> ArticleJson.read(
        "{\"published\":\"2026-10-25T01:30:00+03:00\",\"modified\":\"2026-10-25T01:00:00+03:00\"}"));
  }

  @Test
  void badInputGivesTypedErrorsThatNameTheField() {
    var e = assertThrows(JacksonException.class, () -> ArticleJson.read("{\"url\":\"javascript:alert(1)\"}"));
    assertTrue(e.getMessage().contains("Article.url"), e.getMessage());
    e = assertThrows(JacksonException.class, () -> ArticleJson.read("{\"body\":[{\"type\":\"poem\",\"text\":\"x\"}]}"));
    assertTrue(e.getMessage().contains("poem"), e.getMessage());
    e = assertThrows(JacksonException.class, () -> ArticleJson.read("{\"language\":\"\"}"));
    assertTrue(e.getMessage().contains("BCP-47"), e.getMessage());
    e = assertThrows(JacksonException.class, () -> ArticleJson.read("{\"title\": "));
    assertTrue(e.getMessage().contains("end-of-input"), e.getMessage());
    assertThrows(JacksonException.class, () -> ArticleJson.read(""));
    assertThrows(JacksonException.class, () -> ArticleJson.read("[" .repeat(5000)));
  }

  @Test
  void numbersAndBooleansAreNotStringsWhereTheFormatWantsAString() {
    for (String json : List.of("{\"title\": 5}", "{\"title\": true}", "{\"title\": 2.5}")) {
      var e = assertThrows(JacksonException.class, () -> ArticleJson.read(json));
      assertTrue(e.getMessage().contains("Expected a string at title, got "), e.getMessage());
      assertTrue(e.getMessage().endsWith("Expected a string at title, got " + (json.contains("true") ? "BOOLEAN" : "NUMBER")),
          "the field's path says where, and nothing after it: " + e.getMessage());
    }
    var e = assertThrows(JacksonException.class,
        () -> ArticleJson.read("{\"body\":[{\"type\":\"paragraph\",\"text\":false}]}"));
    assertTrue(e.getMessage().contains("Expected a string at body[0].text, got BOOLEAN"), e.getMessage());
    e = assertThrows(JacksonException.class, () -> ArticleJson.read("{\"tags\":[1]}"));
    assertTrue(e.getMessage().contains("Expected a string at tags[0], got NUMBER"), e.getMessage());
  }

  @Test
  void languageTagsAreBcp47() {
    Article a = Article.builder().language(java.util.Locale.forLanguageTag("zh-Hant-TW")).build();
    assertTrue(ArticleJson.write(a).contains("\"language\":\"zh-Hant-TW\""));
    assertEquals(a, ArticleJson.read(ArticleJson.write(a)));
  }
}
