package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The same pages extracted in two JVMs give byte-identical JSON. The second JVM gives every object the
 * same identity hash, so any choice that follows identity-hash order (an {@code IdentityHashMap}
 * iterated for ties) comes out differently there. Uses the seed pages, a page of two containers that
 * score exactly alike, and, when {@code ../shared/corpus} is there, its rtl pages.
 */
class TwoJvmTest {
  @Test
  void twoForksGiveTheSameBytes() throws Exception {
    List<String> pages = new ArrayList<>(List.of("resource:pages/seed-with-metadata.html", "resource:pages/seed-no-metadata.html",
        "resource:pages/tied-bodies.html"));
    Path corpus = Path.of("../../shared/corpus").toAbsolutePath().normalize();
    if (!Files.isDirectory(corpus)) corpus = Path.of("../shared/corpus").toAbsolutePath().normalize();
    if (Files.isDirectory(corpus)) {
      for (String set : List.of("rtl")) {
        try (Stream<Path> files = Files.walk(corpus.resolve(set))) {
          files.filter(p -> p.getFileName().toString().equals("source.html")).sorted().map(Path::toString).forEach(pages::add);
        }
      }
    } else {
      System.out.println("TwoJvmTest: ../shared/corpus not found, comparing the seed pages only");
    }
    byte[] a = run(pages, List.of());
    byte[] b = run(pages, List.of("-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=2"));
    assertTrue(a.length > 1000, "the fork printed the articles");
    assertEquals(new String(a, java.nio.charset.StandardCharsets.UTF_8).lines().count(),
        new String(b, java.nio.charset.StandardCharsets.UTF_8).lines().count());
    assertArrayEquals(a, b);
  }

  private static byte[] run(List<String> pages, List<String> jvmOptions) throws IOException, InterruptedException {
    String classpath = String.join(File.pathSeparator, System.getProperty("jdk.module.path", ""),
        System.getProperty("java.class.path", ""));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-Xmx256m", "-cp", classpath, ExtractOnce.class.getName()));
    command.addAll(pages);
    Path err = Files.createTempFile("two-jvm", ".err");
    try {
      Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
      byte[] out = p.getInputStream().readAllBytes();
      assertTrue(p.waitFor(5, TimeUnit.MINUTES), "fork finished");
      assertEquals(0, p.exitValue(), () -> "fork failed: " + readQuietly(err));
      return out;
    } finally {
      Files.deleteIfExists(err);
    }
  }

  private static String readQuietly(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      return e.toString();
    }
  }
}
