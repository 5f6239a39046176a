package dev.newskit.warc;

import static dev.newskit.testing.NullArguments.call;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newskit.testing.NullArguments;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** newskit's null convention in warc: a null argument is a {@link NullPointerException} naming the parameter. */
class NullArgumentsTest {
  private static final Optional<Instant> WHEN = Optional.of(Instant.EPOCH);

  static Stream<Arguments> entryPoints() {
    return Stream.of(
        call("WarcPages.open", "file", () -> WarcPages.open((Path) null)),
        call("WarcPages.read(in, source)", "in", () -> WarcPages.read((InputStream) null, "s")),
        call("WarcPages.read(in, source) source", "source", () -> WarcPages.read(empty(), null)),
        call("WarcPages.read(in, source, max)", "source", () -> WarcPages.read(empty(), null, 10)),
        call("WarcPage source", "source", () -> new WarcPage(null, 0, "u", WHEN, Optional.empty(), new byte[0], Optional.empty())),
        call("WarcPage url", "url", () -> new WarcPage("s", 0, null, WHEN, Optional.empty(), new byte[0], Optional.empty())),
        call("WarcPage fetched", "fetched", () -> new WarcPage("s", 0, "u", null, Optional.empty(), new byte[0], Optional.empty())),
        call("WarcPage charset", "charset", () -> new WarcPage("s", 0, "u", WHEN, null, new byte[0], Optional.empty())),
        call("WarcPage html", "html", () -> new WarcPage("s", 0, "u", WHEN, Optional.empty(), null, Optional.empty())),
        call("WarcPage error", "error", () -> new WarcPage("s", 0, "u", WHEN, Optional.empty(), new byte[0], null)));
  }

  private static InputStream empty() {
    return new ByteArrayInputStream(new byte[0]);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entryPoints")
  void aNullArgumentIsANullPointerExceptionNamingTheParameter(String entryPoint, String parameter, Executable call) {
    assertEquals(parameter, NullArguments.assertNamesParameter(entryPoint, parameter, call).getMessage(), entryPoint);
  }
}
