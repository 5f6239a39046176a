package dev.newskit.buildtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiDumpTest {

  @Test
  void recordsPublicAndProtectedMembersOfReachableTypes(@TempDir Path classes) throws IOException, URISyntaxException {
    Path fixture = Path.of(ApiDumpTest.class.getResource("fixture").toURI());
    Path target = Files.createDirectories(classes.resolve("dev/newskit/buildtools/fixture"));
    try (Stream<Path> files = Files.list(fixture)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.copy(file, target.resolve(file.getFileName().toString()));
      }
    }
    String expected = """
        public sealed interface dev.newskit.buildtools.fixture.Shape permits dev.newskit.buildtools.fixture.Shape.Box, dev.newskit.buildtools.fixture.Shape.Circle
          public static final java.lang.String UNIT
          public default java.lang.String describe()
          public double area()
          public static <T extends java.lang.Comparable<? super T>> T largest(java.util.List<? extends T>)

        public static class dev.newskit.buildtools.fixture.Shape.Box implements dev.newskit.buildtools.fixture.Shape
          protected final double side
          protected Box(java.lang.String...) throws java.io.IOException
          public Box(double)
          @Deprecated protected <K, V extends java.lang.Number> java.util.Map<K, V[]> index(java.util.function.Function<? super K, V>)
          public double area()

        public record dev.newskit.buildtools.fixture.Shape.Circle implements dev.newskit.buildtools.fixture.Shape
          public Circle(double, java.util.List<java.lang.String>)
          public double area()
          public double radius()
          public final boolean equals(java.lang.Object)
          public final int hashCode()
          public final java.lang.String toString()
          public java.util.List<java.lang.String> tags()
          public static dev.newskit.buildtools.fixture.Shape.Circle.Builder builder()

        public static final class dev.newskit.buildtools.fixture.Shape.Circle.Builder
          public dev.newskit.buildtools.fixture.Shape.Circle build()
          public dev.newskit.buildtools.fixture.Shape.Circle.Builder radius(double)

        public enum dev.newskit.buildtools.fixture.Shape.Unit
          public static final dev.newskit.buildtools.fixture.Shape.Unit CM
          public static final dev.newskit.buildtools.fixture.Shape.Unit INCH
          public static dev.newskit.buildtools.fixture.Shape.Unit valueOf(java.lang.String)
          public static dev.newskit.buildtools.fixture.Shape.Unit[] values()
        """;
    assertEquals(expected, ApiDump.of(classes, getClass().getClassLoader()));
  }

  @Test
  void missingClassesSayWhereAndWhatToDo(@TempDir Path dir) {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ApiDump.of(dir.resolve("target/classes"), getClass().getClassLoader()));
    assertEquals("no compiled classes at " + dir.resolve("target/classes") + "; compile the module first", e.getMessage());
  }

  @Test
  void diffShowsRemovedAndAddedLinesOnly() {
    assertEquals("- b\n+ B\n+ e\n", LineDiff.of("a\nb\nc\nd\n", "a\nB\nc\nd\ne\n"));
    assertEquals("", LineDiff.of("same\n", "same\n"));
  }
}
