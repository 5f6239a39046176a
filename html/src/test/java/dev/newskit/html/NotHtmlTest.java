package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Input that is not HTML is refused with a {@link NotHtmlException} saying what it looks like. */
class NotHtmlTest {
  private final ArticleExtractor extractor = ArticleExtractor.create();

  private String refused(byte[] bytes) {
    NotHtmlException e = assertThrows(NotHtmlException.class, () -> extractor.extract(bytes, "https://x.example/f"));
    assertTrue(e.getMessage().contains(e.detected()), e.getMessage());
    return e.detected();
  }

  private static byte[] withHeader(int[] header, int length) {
    byte[] bytes = new byte[length];
    new Random(7).nextBytes(bytes);
    for (int i = 0; i < header.length; i++) bytes[i] = (byte) header[i];
    return bytes;
  }

  @Test
  void randomBytes() {
    byte[] bytes = new byte[4000];
    new Random(42).nextBytes(bytes);
    assertTrue(refused(bytes).startsWith("binary data"));
    String asText = new String(bytes, StandardCharsets.UTF_8);
    assertThrows(NotHtmlException.class, () -> extractor.extract(asText));
  }

  @Test
  void png() {
    assertEquals("a PNG image", refused(withHeader(new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 2000)));
  }

  @Test
  void pdf() {
    byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("a PDF document", refused(pdf));
    assertThrows(NotHtmlException.class, () -> extractor.extract(new String(pdf, StandardCharsets.ISO_8859_1)));
  }

  @Test
  void executables() {
    assertEquals("an ELF executable", refused(withHeader(new int[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, 3000)));
    byte[] exe = withHeader(new int[] {'M', 'Z', 0x90, 0, 3, 0, 0, 0}, 3000);
    assertEquals("a Windows executable", refused(exe));
  }

  @Test
  void archives() throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip)) {
      z.putNextEntry(new ZipEntry("index.html"));
      z.write("<html><body><p>hello</p></body></html>".getBytes(StandardCharsets.UTF_8));
    }
    assertTrue(refused(zip.toByteArray()).contains("ZIP"));
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(gz)) {
      g.write("<html><body><p>hello</p></body></html>".getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertTrue(refused(gz.toByteArray()).contains("gzip"));
  }

  @Test
  void textPagesInAnyScriptAreNotRefused() {
    String hebrew = "<html><body><article><p>" + "שלום עולם, זו כתבה ארוכה מספיק כדי להיחשב גוף. ".repeat(20)
        + "</p></article></body></html>";
    String expected = "שלום עולם, זו כתבה ארוכה מספיק כדי להיחשב גוף.";
    assertTrue(extractor.extract(hebrew.getBytes(StandardCharsets.UTF_8), null).text().startsWith(expected));
    byte[] legacy = hebrew.getBytes(java.nio.charset.Charset.forName("windows-1255"));
    assertFalse(extractor.extract(legacy, null).body().isEmpty(), "undeclared windows-1255 is read, as U+FFFD, not refused");
    assertTrue(extractor.extract(legacy, null, java.nio.charset.Charset.forName("windows-1255")).text().startsWith(expected));
    assertTrue(extractor.extract("plain text, not markup\tat all\r\n\f").text().contains("plain text, not markup"));
  }

  @Test
  void theCommonTypeCoversLimitsToo() {
    HtmlInputException e = assertThrows(HtmlInputException.class,
        () -> ArticleExtractor.builder().limits(HtmlLimits.builder().maxInputChars(10).build()).build()
            .extract("<p>more than ten characters</p>"));
    assertTrue(e instanceof HtmlLimitException);
  }
}
