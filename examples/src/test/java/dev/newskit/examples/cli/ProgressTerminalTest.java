package dev.newskit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress line's terminal decision, on a real pseudo-terminal: util-linux {@code script} runs the
 * CLI in a new JVM with its standard streams on a pty, and each test redirects one of them away.
 */
class ProgressTerminalTest {
  private static final String PAGE = "<html><body><article><h1>Title %d</h1><p>Paragraph %d, long enough to be "
      + "the body of an article in this batch of pages.</p></article></body></html>";

  @TempDir static Path dir;
  private static List<String> pages = new ArrayList<>();

  @BeforeAll
  static void pages() throws Exception {
    for (int i = 0; i < 3; i++) pages.add(Files.writeString(dir.resolve("p" + i + ".html"), String.format(PAGE, i, i)).toString());
  }

  /** Runs the CLI under {@code script} with {@code redirect} appended; returns what reached the pty. */
  private static String onTerminal(String redirect) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script is not installed: no pseudo-terminal to test with");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String command = quote(java) + " -cp " + quote(System.getProperty("java.class.path"))
        + " dev.newskit.examples.cli.Main extract --threads 1 --format jsonl " + String.join(" ", pages) + " " + redirect;
    Process p = new ProcessBuilder("/usr/bin/script", "-qefc", command, "/dev/null")
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .redirectErrorStream(true)
        .start();
    byte[] screen = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "script did not finish");
    assertEquals(0, p.exitValue(), new String(screen, StandardCharsets.UTF_8));
    return new String(screen, StandardCharsets.UTF_8);
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  @Test
  void stdoutToAFileAndStderrOnTheTerminalShowsTheProgressLine() throws Exception {
    Path out = dir.resolve("out.jsonl");
    String screen = onTerminal("> " + quote(out.toString()));
    assertTrue(screen.contains("3/3") && screen.contains("[#"), "progress on the terminal: " + screen);
    assertTrue(screen.contains("done 3, failed 0"), screen);
    List<String> lines = Files.readAllLines(out);
    assertEquals(3, lines.size(), lines.toString());
    for (String line : lines) assertTrue(line.startsWith("{\"") && line.endsWith("}"), "nothing but JSON in the file: " + line);
  }

  @Test
  void stderrToAFileGetsNoProgressLine() throws Exception {
    Path err = dir.resolve("err.txt");
    String screen = onTerminal("2> " + quote(err.toString()));
    String log = Files.readString(err);
    assertFalse(log.contains("\r") || log.contains("[#") || log.contains("\u001b"), "no progress drawn into a file: " + log);
    assertTrue(log.startsWith("done 3, failed 0"), log);
    // Standard output is the terminal: every JSON line starts a line of its own.
    long json = screen.lines().filter(l -> l.startsWith("{\"")).count();
    assertEquals(3, json, screen);
  }

  @Test
  void bothOnTheTerminalNeverGlueAResultOntoTheBar() throws Exception {
    String screen = onTerminal("");
    for (String line : screen.split("\r?\n")) {
      if (!line.contains("{\"")) continue;
      // What the terminal shows: the text after the last carriage return and erase-line.
      String shown = line.substring(line.lastIndexOf('\r') + 1);
      String visible = shown.substring(shown.lastIndexOf("\u001b[K") < 0 ? 0 : shown.lastIndexOf("\u001b[K") + 3);
      assertTrue(visible.startsWith("{\""), "a JSON line shares the bar's line: " + line.replace("\u001b", "ESC").replace("\r", "CR"));
    }
    assertEquals(3, screen.split("\"source\":", -1).length - 1, screen);
  }
}
