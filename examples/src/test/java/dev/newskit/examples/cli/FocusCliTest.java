package dev.newskit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --precision} and {@code --recall} pick the extractor's presets, and exclude each other. */
class FocusCliTest {
  private static final String LONG = "The harbour authority said on Monday that the new quay would open in the spring, "
      + "after two years of building work that closed part of the waterfront, moved the ferry terminal and cost more "
      + "than the city had planned, according to figures published last week.";
  private static final String PAGE = "<html><body><div id=wrap>"
      + "<div class=story><h1>New quay opens in spring</h1><p>" + LONG + "</p><p>" + LONG.replace("Monday", "Tuesday")
      + "</p><p>" + LONG.replace("Monday", "Friday") + "</p><p>" + LONG.replace("Monday", "Sunday") + "</p>"
      + "<p>Related: <a href='https://x.example/1'>Ferry times change for the summer season</a> "
      + "<a href='https://x.example/2'>Waterfront cafes reopen</a></p></div>"
      + "<div><p>Residents near the works, who have lived with the noise, will be offered a discount on parking "
      + "for a year, the city said.</p></div>"
      + "</div></body></html>";

  @Test
  void precisionAndRecallMoveTheBodysBorders(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("quay.html");
    Files.writeString(page, PAGE);
    CliRunner.Result balanced = CliRunner.run("extract", "--format", "text", page.toString());
    CliRunner.Result precision = CliRunner.run("extract", "--format", "text", "--precision", page.toString());
    CliRunner.Result recall = CliRunner.run("extract", "--format", "text", "--recall", page.toString());
    assertEquals(0, balanced.code(), balanced.err());
    assertEquals(0, precision.code(), precision.err());
    assertEquals(0, recall.code(), recall.err());
    assertTrue(balanced.out().contains("Waterfront cafes reopen"), balanced.out());
    assertFalse(precision.out().contains("Waterfront cafes reopen"), precision.out());
    assertFalse(balanced.out().contains("discount on parking"), balanced.out());
    assertTrue(recall.out().contains("discount on parking"), recall.out());
  }

  @Test
  void bothTogetherAreBadInput(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("quay.html");
    Files.writeString(page, PAGE);
    CliRunner.Result r = CliRunner.run("extract", "--precision", "--recall", page.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("error: --precision and --recall cannot be given together"), r.err());
  }
}
