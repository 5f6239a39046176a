package dev.newskit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {
  @TempDir Path dir;

  @Test
  void writesTheReportOfTheSamplePage() throws Exception {
    Path out = dir.resolve("report.html");
    CliRunner.Result r = CliRunner.run("inspect", "--url", "https://www.alquds.com/en/articles/1",
        "samples/alquds-news-analysis.html", "-o", out.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
    String report = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(report.startsWith("<!DOCTYPE html>"));
    assertTrue(report.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"), report);
    assertTrue(report.contains("data-verdict=\"lifted\" data-tag=\"div\" data-fields=\"dateline authors\""), report);
    assertTrue(report.contains("https://www.alquds.com/en/articles/1"));
    assertFalse(report.contains("<script"), "the page's scripts appear only as text, and the report has none");
  }

  @Test
  void showsALocalDateAsTheArticleHasItAndTheReadersCommentsAsLifted() {
    String story = "<p>The council voted on Tuesday to close the old bridge, after engineers found cracks in two of its"
        + " piers, and the city will run a ferry while the bridge is rebuilt over the next two years.</p>";
    CliRunner.Result r = CliRunner.withStdin("<html><body><article><h1>Bridge closes for two years</h1>"
        + "<p class='date'>March 14, 2026 9:30 a.m.</p>" + story.repeat(4) + "</article><section class='comments'>"
        + "<div class='comment'><span class='comment-author'>Bob K.</span><p>Finally a ferry. The old bridge has been"
        + " shaking for years and nobody listened.</p></div></section></body></html>", "inspect", "-");
    assertEquals(0, r.code(), r.err());
    String published = r.out().substring(r.out().indexOf("<tr data-field=\"published\">"));
    published = published.substring(0, published.indexOf("</tr>"));
    assertTrue(published.contains("<div class=\"value\" dir=\"auto\">2026-03-14T09:30</div>"), published);
    assertFalse(published.contains("09:30:00Z"), published);
    assertTrue(r.out().contains("<tr data-field=\"comments\"><th>comments</th><td><div class=\"value\" dir=\"auto\">1 comment</div>"),
        r.out());
    assertTrue(r.out().contains("data-fields=\"comments\"><div class=\"meta\"><span class=\"badge\">lifted → comments</span>"),
        r.out());
  }

  @Test
  void writesToStandardOutputAndRefusesBadInputWithOneLine() {
    CliRunner.Result r = CliRunner.withStdin("<p onclick=alert(1)>Hello <script>alert(2)</script></p>", "inspect", "-");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Hello"), r.out());
    assertFalse(r.out().contains("onclick"), r.out());
    assertFalse(r.out().contains("<script"), r.out());

    r = CliRunner.run("inspect", "no-such-page.html");
    assertEquals(2, r.code());
    assertEquals("error: no-such-page.html: no such file", r.err().strip());
    r = CliRunner.run("inspect", "--url", "not a url", "samples/alquds-news-analysis.html");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("error: --url:"), r.err());
  }

  @Test
  void anAddressTheLibraryRefusesIsBadInputNotAnInternalFailure() {
    // A malformed %-escape: refused by the library (when the address is given or while extracting), never a crash.
    CliRunner.Result r = CliRunner.run("inspect", "--url", "https://e.com/%ZZ", "samples/alquds-news-analysis.html");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().startsWith("error: "), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertFalse(r.err().contains("internal failure"), r.err());
    assertEquals("", r.out());
  }
}
