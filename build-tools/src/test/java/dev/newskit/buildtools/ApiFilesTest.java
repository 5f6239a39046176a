package dev.newskit.buildtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each published module's compiled API matches its committed {@code api/<module>.api} file. */
class ApiFilesTest {

  private static final Path ROOT = Path.of(System.getProperty("newskit.root", "..")).toAbsolutePath().normalize();

  static List<String> modules() {
    return ApiDump.MODULES;
  }

  @ParameterizedTest
  @MethodSource("modules")
  void apiFileIsUpToDate(String module) throws IOException {
    Path file = ApiDump.apiFile(ROOT, module);
    String actual = ApiDump.of(ROOT.resolve(module).resolve("target/classes"), getClass().getClassLoader());
    assertTrue(actual.lines().count() > 5, "suspiciously small API for " + module + ":\n" + actual);
    if (!Files.exists(file)) {
      fail(ROOT.relativize(file) + " is missing. Write it with (from the repository root):\n  "
          + ApiDump.UPDATE_COMMAND);
    }
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      fail("The public API of newskit-" + module + " differs from " + ROOT.relativize(file)
          + " (- in the file, + in the code):\n" + LineDiff.of(expected, actual)
          + "\nIf the change is intended, rewrite the file and commit it with the change (from the repository root):\n  "
          + ApiDump.UPDATE_COMMAND);
    }
    assertEquals(expected, actual);
  }
}
