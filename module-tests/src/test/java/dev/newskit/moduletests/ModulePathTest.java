package dev.newskit.moduletests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.core.DateTextParser;
import dev.newskit.html.ArticleExtractor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application module on the module path: newskit's modules resolve by name, newskit-i18n's Hebrew
 * date parser is found through {@link ServiceLoader}, and what the modules do not export stays out of reach.
 */
class ModulePathTest {
  private static final Module APP = PublishedDate.class.getModule();

  @Test
  void runsAsNamedModulesOnTheModulePath() {
    assertEquals("dev.newskit.moduletests", APP.getName(), "the tests must run inside the application module");
    assertEquals("dev.newskit.html", ArticleExtractor.class.getModule().getName());
    assertEquals("dev.newskit.core", DateTextParser.class.getModule().getName());
    assertTrue(ModuleLayer.boot().findModule("dev.newskit.i18n").isPresent());
  }

  @Test
  void theArabicAndHebrewDateParsersAreServicesOfNewskitI18n() {
    List<ServiceLoader.Provider<DateTextParser>> providers = ServiceLoader.load(DateTextParser.class).stream().toList();
    List<String> types = providers.stream().map(p -> p.type().getName()).toList();
    assertEquals(List.of("dev.newskit.i18n.HebrewDateParser", "dev.newskit.i18n.ArabicDateParser"), types);
    assertEquals("dev.newskit.i18n", providers.get(0).type().getModule().getName());
    assertEquals("dev.newskit.i18n", providers.get(1).type().getModule().getName());
  }

  @Test
  void theSeedPagesHebrewDatelineGivesThePublishedTime() {
    assertEquals(Optional.of(OffsetDateTime.parse("2026-04-10T07:15:00+03:00")), PublishedDate.of(SeedPage.html(), SeedPage.URL));
  }

  @Test
  void internalPackagesAreNotExportedToTheApplication() {
    Module html = ArticleExtractor.class.getModule();
    Module core = DateTextParser.class.getModule();
    assertTrue(html.isExported("dev.newskit.html"));
    assertFalse(html.isExported("dev.newskit.html.internal", APP));
    assertFalse(core.isExported("dev.newskit.core.internal", APP));
    assertTrue(core.isExported("dev.newskit.core.internal", html), "core's JSON tree reader is for newskit-html only");
  }

  @Test
  void reflectionCannotReachAnInternalClass() throws Exception {
    Class<?> texts = Class.forName("dev.newskit.html.internal.Texts");
    Method normalise = texts.getMethod("normalise", String.class);
    assertThrows(IllegalAccessException.class, () -> normalise.invoke(null, "x"));
    assertThrows(InaccessibleObjectException.class, () -> normalise.setAccessible(true));
  }

  @Test
  void codeThatUsesAnInternalPackageDoesNotCompile(@TempDir Path dir) throws Exception {
    String modulePath = System.getProperty("jdk.module.path");
    assertTrue(modulePath != null && modulePath.contains("newskit-html"), "module path: " + modulePath);
    Path src = dir.resolve("src");
    Files.createDirectories(src.resolve("consumer"));
    Files.writeString(src.resolve("module-info.java"), "module consumer { requires dev.newskit.html; }");
    Files.writeString(src.resolve("consumer/UsesInternal.java"),
        "package consumer; class UsesInternal { String key = dev.newskit.html.internal.Texts.key(\"x\"); }");
    Files.writeString(src.resolve("consumer/UsesPublic.java"),
        "package consumer; class UsesPublic { Object extractor = dev.newskit.html.ArticleExtractor.create(); }");
    ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
    StringWriter out = new StringWriter();
    int status = javac.run(new PrintWriter(out), new PrintWriter(out), "--module-path", modulePath,
        "-d", dir.resolve("out").toString(), src.resolve("module-info.java").toString(),
        src.resolve("consumer/UsesInternal.java").toString(), src.resolve("consumer/UsesPublic.java").toString());
    String text = out.toString();
    assertEquals(1, status, text);
    assertTrue(text.contains("package dev.newskit.html.internal is not visible"), text);
    assertTrue(text.contains("does not export it"), text);
    assertFalse(text.contains("UsesPublic.java"), "the public API compiles: " + text);
  }
}
