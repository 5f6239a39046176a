package dev.newskit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.Article;
import dev.newskit.core.ArticleJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import tools.jackson.databind.JsonNode;

class ExtractCommandTest {
  /** The sample page shipped in the repository, which the README's run command uses. */
  static final Path SAMPLE = Path.of("samples/alquds-news-analysis.html");
  static final String URL = "https://www.alquds.com/en/articles/trump-asks-netanyahu-de-escalate";

  @Test
  void extractsTheSamplePageAsJson() {
    CliRunner.Result r = CliRunner.run("extract", "--url", URL, SAMPLE.toString());
    assertEquals(0, r.code(), r.err());
    Article a = ArticleJson.read(r.out());
    assertEquals("Said Arikat", a.authors().get(0).name());
    assertEquals("Washington", a.dateline().orElseThrow().location().orElseThrow());
    assertEquals("2026-04-10T07:15+03:00", a.published().orElseThrow().toString());
    assertEquals("en", a.language().orElseThrow().toLanguageTag());
  }

  @Test
  void jsonlAddsTheSourceAndKeepsGoingPastAFailure() throws Exception {
    String html = Files.readString(SAMPLE);
    CliRunner.Result r = CliRunner.withStdin(html, "extract", "--format", "jsonl", SAMPLE.toString(), "missing.html", "-");
    assertEquals(3, r.code());
    String[] lines = r.out().strip().split("\n");
    assertEquals(3, lines.length);
    JsonNode first = JsonLines.MAPPER.readTree(lines[0]);
    assertEquals(SAMPLE.toString(), first.get("source").asString());
    assertEquals("{\"source\":\"missing.html\",\"error\":\"no such file\"}", lines[1], "the source named once");
    assertEquals("-", JsonLines.MAPPER.readTree(lines[2]).get("source").asString());
    assertTrue(r.err().lines().anyMatch(l -> l.equals("error: missing.html: no such file")), "the source named once: " + r.err());
  }

  @Test
  void otherFormats() {
    CliRunner.Result r = CliRunner.run("extract", "--format", "jsonld", SAMPLE.toString());
    assertTrue(r.out().contains("\"@type\" : \"NewsArticle\""), r.out());
    r = CliRunner.run("extract", "--format", "text", SAMPLE.toString());
    assertTrue(r.out().startsWith("Trump asks Netanyahu"), r.out());
    r = CliRunner.run("extract", "--format", "markdown", SAMPLE.toString());
    assertTrue(r.out().contains("# Trump asks Netanyahu"), r.out());
    assertTrue(r.out().contains("_Said Arikat · Washington · 2026-04-10T07:15:00+03:00_"), r.out());
    r = CliRunner.run("extract", "--format", "html", "--url", URL, SAMPLE.toString());
    assertTrue(r.out().startsWith("<figure><img alt=\"The White House\" height=\"800\" src=\"https://www.alquds.com/uploads/2026/04/white-house.jpg\""), r.out());
    assertTrue(r.out().contains("<p>At a time of escalating field sensitivity"), r.out());
    assertTrue(!r.out().contains("תגים") && !r.out().contains("<script"), r.out());
  }

  @Test
  void withoutUrlImagesAreKeptAsThePageGaveThem() {
    CliRunner.Result r = CliRunner.run("extract", SAMPLE.toString());
    assertEquals(0, r.code(), r.err());
    Article a = ArticleJson.read(r.out());
    assertEquals("/uploads/2026/04/white-house.jpg", a.images().get(0).url().toString());
    assertEquals("The White House", a.images().get(0).alt().orElseThrow());
    r = CliRunner.run("extract", "--format", "markdown", SAMPLE.toString());
    assertTrue(r.out().contains("![The White House](/uploads/2026/04/white-house.jpg)"), r.out());
    r = CliRunner.run("extract", "--format", "html", SAMPLE.toString());
    assertTrue(r.out().startsWith("<figure><img alt=\"The White House\" height=\"800\" src=\"/uploads/2026/04/white-house.jpg\""), r.out());
    r = CliRunner.run("extract", "--format", "jsonld", SAMPLE.toString());
    assertTrue(!r.out().contains("white-house"), "JSON-LD would read a relative address against the embedding page: " + r.out());
    r = CliRunner.run("extract", "--url", URL, SAMPLE.toString());
    assertEquals("https://www.alquds.com/uploads/2026/04/white-house.jpg",
        ArticleJson.read(r.out()).images().get(0).url().toString());
  }

  @Test
  void extractsEveryHtmlPageOfAWarcAndReportsItsBadRecords(@TempDir Path dir) throws Exception {
    byte[] html = Files.readAllBytes(SAMPLE);
    Path warc = dir.resolve("crawl.warc.gz");
    try (WarcWriter writer = new WarcWriter(Files.newByteChannel(warc, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      writer.write(new WarcResponse.Builder(URI.create(URL))
          .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"), html).build()).build());
      writer.write(new WarcResponse.Builder(URI.create("https://www.alquds.com/logo.png"))
          .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), new byte[] {1, 2}).build()).build());
      writer.write(new WarcResponse.Builder(URI.create("https://www.alquds.com/broken"))
          .body(MediaType.HTTP_RESPONSE, "garbage\r\n\r\n".getBytes(StandardCharsets.US_ASCII)).build());
    }
    CliRunner.Result r = CliRunner.run("extract", "--format", "jsonl", warc.toString());
    assertEquals(3, r.code(), r.err());
    String[] lines = r.out().strip().split("\n");
    assertEquals(2, lines.length, r.out());
    JsonNode article = JsonLines.MAPPER.readTree(lines[0]);
    assertEquals(warc + "@0", article.get("source").asString());
    assertEquals(URL, article.get("url").asString());
    assertEquals("Said Arikat", article.get("authors").get(0).get("name").asString());
    JsonNode failed = JsonLines.MAPPER.readTree(lines[1]);
    assertTrue(failed.get("source").asString().startsWith(warc + "@"), lines[1]);
    assertTrue(failed.get("error").asString().contains("https://www.alquds.com/broken: malformed HTTP response"), lines[1]);
    assertFalse(failed.get("error").asString().contains(warc.toString()), "the record is named once, in source: " + lines[1]);
    String source = failed.get("source").asString();
    assertTrue(r.err().lines().anyMatch(l -> l.startsWith("error: " + source + ": https://www.alquds.com/broken: ")), r.err());
    assertTrue(r.err().contains("done 1, failed 1"), r.err());
  }

  @Test
  void aMissingFileIsBadInput() {
    CliRunner.Result r = CliRunner.run("extract", "nope.html");
    assertEquals(2, r.code());
    assertEquals("error: nope.html: no such file", r.err().strip());
  }

  @Test
  void anAddressTheLibraryRefusesIsBadInputNamingThePage() {
    CliRunner.Result r = CliRunner.run("extract", "--url", "https://example.com/a%zz", SAMPLE.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().strip().startsWith("error: " + SAMPLE + ": "), r.err());
    assertTrue(r.err().contains("%zz"), r.err());
  }
}
