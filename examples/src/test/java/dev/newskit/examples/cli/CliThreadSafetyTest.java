package dev.newskit.examples.cli;

import static dev.newskit.testing.SharedUse.THREADS;
import static dev.newskit.testing.SharedUse.onEveryThread;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's types documented as thread-safe, one instance shared by 16 threads that start
 * together: {@link Log} writes every line whole and none twice, and {@link OutputFiles} writes every
 * result to its own file (names are given from one thread, as its Javadoc asks).
 */
class CliThreadSafetyTest {
  private static final int LINES = 300;

  @Test
  void oneLogWritesEveryLineWhole() throws Exception {
    StringWriter sink = new StringWriter();
    Log log = new Log(new PrintWriter(sink), Log.Level.NORMAL);
    AtomicInteger threadIds = new AtomicInteger();
    onEveryThread(1, () -> {
      int t = threadIds.getAndIncrement();
      for (int i = 0; i < LINES; i++) {
        String payload = ("thread " + t + " line " + i + " ").repeat(4);
        if (i % 3 == 0) log.error(payload);
        else log.info(payload);
        log.verbose("left out at the normal level " + i);
      }
      return null;
    });
    List<String> lines = sink.toString().lines().toList();
    assertEquals(THREADS * LINES, lines.size(), "no verbose line, no line lost");
    Set<String> distinct = new HashSet<>(lines);
    assertEquals(lines.size(), distinct.size(), "no line written twice");
    for (int t = 0; t < THREADS; t++) {
      for (int i = 0; i < LINES; i++) {
        String payload = ("thread " + t + " line " + i + " ").repeat(4);
        String expected = i % 3 == 0 ? "error: " + payload.strip() : payload;
        if (!distinct.contains(expected) && !distinct.contains(expected.strip())) {
          throw new AssertionError("missing or broken line: " + expected);
        }
      }
    }
  }

  @Test
  void outputFilesWrittenFromSixteenThreads(@TempDir Path dir) throws Exception {
    OutputFiles files = new OutputFiles(dir, ".json");
    List<Path> names = new ArrayList<>();
    for (int i = 0; i < THREADS * 20; i++) names.add(files.nameFor("https://news.example/story?page=" + i));
    assertEquals(THREADS * 20, new HashSet<>(names).size(), "unique names");
    AtomicInteger threadIds = new AtomicInteger();
    onEveryThread(1, () -> {
      int t = threadIds.getAndIncrement();
      for (int i = t; i < names.size(); i += THREADS) OutputFiles.write(names.get(i), "{\"n\":" + i + "}");
      return null;
    });
    for (int i = 0; i < names.size(); i++) {
      assertEquals("{\"n\":" + i + "}", Files.readString(names.get(i), StandardCharsets.UTF_8));
    }
  }
}
