package dev.newskit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The two jars {@code package} makes: the library without the job's command line or any reference to
 * picocli, and the job jar whose manifest runs it and names class-path jars that all exist.
 */
class JarsIT {
  private static final Path TARGET = Path.of(System.getProperty("newskit.spark.target", "target"));

  @Test
  void theLibraryJarHasNoCommandLineAndNoPicocli() throws IOException {
    List<String> offending = new ArrayList<>();
    int classes = 0;
    String moduleName;
    try (JarFile jar = new JarFile(TARGET.resolve("newskit-spark.jar").toFile())) {
      moduleName = jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name");
      for (JarEntry entry : jar.stream().toList()) {
        if (!entry.getName().endsWith(".class")) continue;
        classes++;
        // A class that uses picocli names it in its constant pool as picocli/...; ISO-8859-1 keeps every byte.
        String bytes = new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.ISO_8859_1);
        if (entry.getName().startsWith("dev/newskit/spark/job/") || bytes.contains("picocli/")) offending.add(entry.getName());
      }
    }
    assertTrue(classes > 10, "the library jar holds " + classes + " classes");
    assertEquals(List.of(), offending, "classes of the job's command line in the library jar");
    assertEquals("dev.newskit.spark", moduleName);
  }

  @Test
  void theJobJarRunsTheCommandLineWithEveryDependencyBesideIt() throws IOException {
    try (JarFile jar = new JarFile(TARGET.resolve("newskit-spark-job.jar").toFile())) {
      Attributes manifest = jar.getManifest().getMainAttributes();
      assertEquals("dev.newskit.spark.job.WarcExtractJob", manifest.getValue(Attributes.Name.MAIN_CLASS));
      assertTrue(manifest.getValue("Add-Opens").contains("java.base/sun.nio.ch"), manifest.getValue("Add-Opens"));
      assertTrue(jar.getEntry("dev/newskit/spark/job/WarcExtractJob.class") != null, "the job's main class");
      assertTrue(jar.getEntry("dev/newskit/spark/NewskitSpark.class") != null, "the library's classes");
      List<String> classPath = List.of(manifest.getValue(Attributes.Name.CLASS_PATH).trim().split(" +"));
      for (String name : List.of("lib/picocli-", "lib/spark-sql_2.13-", "lib/newskit-html-", "lib/newskit-i18n-")) {
        assertTrue(classPath.stream().anyMatch(e -> e.startsWith(name)), name + "* in " + classPath);
      }
      List<String> missing = classPath.stream().filter(e -> !Files.isRegularFile(TARGET.resolve(e))).toList();
      assertEquals(List.of(), missing, "Class-Path entries with no jar in " + TARGET);
      assertFalse(classPath.stream().anyMatch(e -> e.contains("junit")), "test jars on the job's class path");
    }
  }
}
