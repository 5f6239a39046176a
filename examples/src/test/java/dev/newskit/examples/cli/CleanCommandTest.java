package dev.newskit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CleanCommandTest {

  @Test
  void cleansStdinUnderEachPolicy() {
    String html = "<p dir=rtl onclick=alert(1)>שלום <a href=/x?utm_source=a>קישור</a></p><script>alert(1)</script>";
    CliRunner.Result r = CliRunner.withStdin(html, "clean", "--base-url", "https://news.example/");
    assertEquals(0, r.code(), r.err());
    assertEquals("<p dir=\"rtl\">שלום <a href=\"https://news.example/x\" rel=\"noopener noreferrer nofollow\">קישור</a></p>",
        r.out().strip());
    r = CliRunner.withStdin(html, "clean", "--policy", "text");
    assertEquals("שלום קישור", r.out().strip());
  }

  @Test
  void refusesABaseThatIsNotAnAbsoluteHttpUrl() {
    String html = "<p><a href=\"/x\">x</a> <img src=\"/i.jpg\"></p>";
    for (String base : new String[] {"notaurl", "javascript:alert(1)"}) {
      CliRunner.Result r = CliRunner.withStdin(html, "clean", "--base-url", base);
      assertEquals(2, r.code(), r.err());
      assertEquals("error: --base-url: baseUrl must be an absolute http(s) URL: " + base, r.err().strip());
      assertEquals("", r.out());
      r = CliRunner.withStdin("\"<p>x</p>\"\n", "clean", "--jsonl", "--base-url", base);
      assertEquals(2, r.code(), "refused before the lines are read: " + r.err());
    }
  }

  @Test
  void cleansTheSamplePage() {
    CliRunner.Result r = CliRunner.run("clean", "--policy", "basic", "samples/alquds-news-analysis.html");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("At a time of escalating field sensitivity"));
    assertFalse(r.out().contains("<script"));
  }

  @Test
  void jsonlCleansOneStringPerLine() {
    CliRunner.Result r = CliRunner.withStdin("\"<b onclick=x>a</b>\"\n{\"not\":\"a string\"}\n\"<i>b</i>\"\n", "clean", "--jsonl");
    String[] lines = r.out().strip().split("\n");
    assertEquals("\"<b>a</b>\"", lines[0]);
    assertTrue(lines[1].startsWith("{\"error\""), lines[1]);
    assertEquals("\"<i>b</i>\"", lines[2]);
    assertEquals(3, r.code());
  }
}
