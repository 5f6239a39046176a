package dev.newskit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void helpListsTheCommands() {
    CliRunner.Result r = CliRunner.run("--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("extract"), r.out());
    assertTrue(r.out().contains("date"), r.out());
    assertTrue(r.out().contains("Exit codes"), r.out());
  }

  @Test
  void versionNamesTheRelease() {
    CliRunner.Result r = CliRunner.run("--version");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("newskit 0.1.0-SNAPSHOT"), r.out());
  }

  @Test
  void unknownCommandIsBadInputWithOneErrorLine() {
    CliRunner.Result r = CliRunner.run("frobnicate");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("error: Unmatched argument at index 0: 'frobnicate'"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void noCommandIsBadInput() {
    CliRunner.Result r = CliRunner.run();
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("error: missing command"), r.err());
  }
}
