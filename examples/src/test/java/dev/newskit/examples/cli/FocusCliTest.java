package dev.newskit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.html.TestPages;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --precision} and {@code --recall} pick the extractor's presets, and exclude each other. */
class FocusCliTest {
  private static final String PAGE = TestPages.text("quay.html");

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
