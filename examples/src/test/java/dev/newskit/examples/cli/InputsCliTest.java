package dev.newskit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** How {@code extract} finds, reads and refuses its inputs, and where it writes. */
class InputsCliTest {
  private static final String PAGE = "<html><head><title>T</title></head><body><article><h1>Title %s</h1>"
      + "<p>%s is a paragraph long enough to count as the body of an article, with a few more words.</p></article></body></html>";

  private static Path page(Path dir, String name) throws Exception {
    Files.createDirectories(dir);
    return Files.writeString(dir.resolve(name), String.format(PAGE, name, name));
  }

  @Test
  void aMissingWarcIsBadInputLikeAMissingPage() {
    CliRunner.Result r = CliRunner.run("extract", "nope.warc.gz");
    assertEquals(2, r.code(), r.err());
    assertEquals("error: nope.warc.gz: no such file", r.err().strip());
    assertEquals("", r.out());
    r = CliRunner.run("extract", "nope.html");
    assertEquals(2, r.code(), r.err());
    assertEquals("error: nope.html: no such file", r.err().strip());
  }

  @Test
  void aFileOverTheInputLimitFailsAsTheLimitBeforeItIsRead(@TempDir Path dir) throws Exception {
    Path huge = dir.resolve("huge.html");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(3L << 30); // sparse, so no disk: larger than any array, reading it whole throws OutOfMemoryError
    }
    CliRunner.Result r = CliRunner.run("extract", huge.toString());
    assertEquals(2, r.code(), r.err());
    assertEquals("error: " + huge + ": page exceeds maxInputChars: " + (3L << 30) + " > " + Inputs.MAX_BYTES, r.err().strip());
    page(dir, "ok.html");
    r = CliRunner.run("extract", "--format", "jsonl", dir.toString());
    assertEquals(3, r.code(), r.err());
    assertTrue(r.err().lines().anyMatch(l -> l.startsWith("error: " + huge + ": page exceeds maxInputChars")), r.err());
    assertEquals(2, r.out().strip().split("\n").length, r.out());
  }

  @Test
  void symlinkedDirectoriesAreFollowedAndLoopsAndBrokenLinksAreReported(@TempDir Path dir) throws Exception {
    Path real = dir.resolve("real");
    page(real, "a.html");
    Path tree = dir.resolve("tree");
    page(tree, "b.html");
    Files.createSymbolicLink(tree.resolve("linked"), real);
    CliRunner.Result r = CliRunner.run("extract", "--format", "jsonl", tree.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(List.of(tree + "/b.html", tree + "/linked/a.html"), sources(r.out()));

    Files.createSymbolicLink(tree.resolve("loop"), tree);
    Files.createSymbolicLink(tree.resolve("gone.html"), dir.resolve("missing.html"));
    r = CliRunner.run("extract", "--format", "jsonl", tree.toString());
    assertEquals(3, r.code(), r.err());
    assertEquals(List.of(tree + "/b.html", tree + "/gone.html", tree + "/linked/a.html", tree + "/loop"), sources(r.out()));
    assertTrue(r.err().lines().anyMatch(l -> l.equals("error: " + tree + "/gone.html: broken symbolic link to " + dir.resolve("missing.html"))), r.err());
    assertTrue(r.err().lines().anyMatch(l -> l.startsWith("error: " + tree + "/loop: symbolic link loop")), r.err());
    assertTrue(r.err().contains("done 2, failed 2"), r.err());

    r = CliRunner.run("extract", tree.resolve("gone.html").toString());
    assertEquals(2, r.code(), r.err());
    assertEquals("error: " + tree + "/gone.html: broken symbolic link to " + dir.resolve("missing.html"), r.err().strip());
  }

  @Test
  void standardInputIsReadOnceAndASecondDashIsRefused(@TempDir Path dir) throws Exception {
    String page = String.format(PAGE, "stdin", "stdin");
    Path a = page(dir, "a.html");
    for (String[] args : List.of(new String[] {"extract", "-", "-"}, new String[] {"extract", "-", a.toString(), "-"},
        new String[] {"extract", "--input-file", "-", "-"})) {
      CliRunner.Result r = CliRunner.withStdin(page, args);
      assertEquals(2, r.code(), Arrays.toString(args) + ": " + r.err());
      assertEquals("error: standard input (-) can be read only once, but it was given 2 times", r.err().strip(), Arrays.toString(args));
      assertEquals("", r.out());
    }
    Path list = Files.writeString(dir.resolve("list.txt"), "-\n" + a + "\n");
    CliRunner.Result r = CliRunner.withStdin(page, "extract", "--input-file", list.toString(), "-");
    assertEquals(2, r.code(), r.err());
    r = CliRunner.withStdin(page, "extract", "--format", "jsonl", "-", a.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(List.of("-", a.toString()), sources(r.out()));
  }

  @Test
  void inputFileListsOnePathOrUrlPerLine(@TempDir Path dir) throws Exception {
    Path a = page(dir, "a.html");
    Path b = page(dir, "b.html");
    Path list = Files.writeString(dir.resolve("list.txt"), "# pages\n" + a + "\n\n  " + b + "  \n");
    CliRunner.Result r = CliRunner.run("extract", "--format", "jsonl", "--input-file", list.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(List.of(a.toString(), b.toString()), sources(r.out()));
    r = CliRunner.withStdin(a + "\n", "extract", "--format", "jsonl", "--input-file", "-", b.toString());
    assertEquals(List.of(b.toString(), a.toString()), sources(r.out()), "positional inputs first, then the listed ones");
    r = CliRunner.run("extract", "--input-file", dir.resolve("none.txt").toString());
    assertEquals(2, r.code());
    assertEquals("error: " + dir.resolve("none.txt") + ": no such file", r.err().strip());
    r = CliRunner.run("extract");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("error: no input"), r.err());
  }

  @Test
  void outputDirWritesOneSafelyNamedFilePerInput(@TempDir Path dir) throws Exception {
    Path a = page(dir.resolve("x"), "story.html");
    Path b = page(dir.resolve("y"), "story.html");
    Path odd = page(dir, "..odd name;rm -rf.htm");
    Path out = dir.resolve("out");
    CliRunner.Result r = CliRunner.run("extract", "--format", "markdown", "--output-dir", out.toString(),
        a.toString(), b.toString(), odd.toString(), dir.resolve("missing.html").toString());
    assertEquals(3, r.code(), r.err());
    assertEquals("", r.out());
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(List.of("odd_name_rm_-rf.md", "story-2.md", "story.md"),
          files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList()));
    }
    assertTrue(Files.readString(out.resolve("story.md")).contains("# Title story.html"));
    assertTrue(r.err().contains("missing.html: no such file"), r.err());

    r = CliRunner.run("extract", "--output-dir", out.toString(), a.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.readString(out.resolve("story.json")).contains("\"title\""), "a single input goes to the directory too");
    assertEquals("page", OutputFiles.safe("../.."));
    assertEquals("www.example.com_news_1", OutputFiles.safe("www.example.com/news/1"));
  }

  @Test
  void quietKeepsOnlyErrorsAndVerboseSaysEachInput(@TempDir Path dir) throws Exception {
    Path a = page(dir, "a.html");
    CliRunner.Result r = CliRunner.run("extract", "--quiet", "--format", "jsonl", a.toString(), dir.resolve("gone.html").toString());
    assertEquals(3, r.code());
    assertEquals("error: " + dir.resolve("gone.html") + ": no such file", r.err().strip());
    r = CliRunner.run("extract", "-v", "--format", "jsonl", a.toString(), a.toString());
    assertEquals(0, r.code());
    assertEquals(List.of("ok " + a, "ok " + a, "done 2, failed 0"),
        Arrays.stream(r.err().strip().split("\n")).map(l -> l.replaceAll(", [0-9.]+ pages/s$", "")).collect(Collectors.toList()));
    r = CliRunner.run("extract", "-q", "-v", a.toString());
    assertEquals(2, r.code());
  }

  static List<String> sources(String jsonl) {
    return Arrays.stream(jsonl.strip().split("\n")).map(line -> {
      JsonNode node = JsonLines.MAPPER.readTree(line);
      return node.get("source").asString();
    }).collect(Collectors.toList());
  }

  @Test
  void terminalControlsNeverReachTextOrMarkdown(@TempDir Path dir) throws Exception {
    String hostile = "<html><body><article><h1>Title\u001b]0;pwned\u0007 here</h1><p>Paragraph \u001b[2J\u001b[31mred\u001b[0m text, "
        + "long enough to be the body of an article \u009b1;1H with C1 \u0085 and a bell \u0007 and a carriage\rreturn.</p></article></body></html>";
    Path page = Files.writeString(dir.resolve("hostile.html"), hostile);
    for (String format : new String[] {"text", "markdown", "html"}) {
      CliRunner.Result r = CliRunner.run("extract", "--format", format, page.toString());
      assertEquals(0, r.code(), r.err());
      assertFalse(r.out().chars().anyMatch(c -> (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f)),
          format + ": " + r.out().replace("\u001b", "ESC"));
      assertTrue(r.out().contains("red"), r.out());
      // HTML writes a control character as an entity (&#x1b;), which a terminal does not act on.
      if (!format.equals("html")) assertFalse(r.out().contains("[2J") || r.out().contains("1;1H"), format + ": " + r.out());
    }
    CliRunner.Result r = CliRunner.withStdin("<p>x\u001b[2Jy</p>", "clean");
    assertEquals("<p>x&#x1b;[2Jy</p>", r.out().strip(), "an entity, which a terminal does not act on");
    r = CliRunner.run("extract", "no\u001b[2Jpe.html");
    assertEquals("error: nope.html: no such file", r.err().strip());
  }
}
