package dev.newskit.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageDecoderTest {
  private static final Charset WINDOWS_1255 = Charset.forName("windows-1255");
  private static final String HEBREW = "<p>שלום עולם</p>";

  private static byte[] bytes(String s, Charset cs) {
    return s.getBytes(cs);
  }

  @Test
  void aByteOrderMarkWins() {
    byte[] utf8 = ("\uFEFF<meta charset=windows-1255>" + HEBREW).getBytes(StandardCharsets.UTF_8);
    assertEquals("<meta charset=windows-1255>" + HEBREW, PageDecoder.decode(utf8, Optional.of(WINDOWS_1255)));
    byte[] utf16 = ("\uFEFF" + HEBREW).getBytes(StandardCharsets.UTF_16BE);
    assertEquals(HEBREW, PageDecoder.decode(utf16, Optional.empty()));
    byte[] utf16le = ("\uFEFF" + HEBREW).getBytes(StandardCharsets.UTF_16LE);
    assertEquals(HEBREW, PageDecoder.decode(utf16le, Optional.empty()));
  }

  @Test
  void thenTheMetaCharsetThenTheHintThenUtf8() {
    String declared = "<meta http-equiv=Content-Type content='text/html; charset=windows-1255'>" + HEBREW;
    assertEquals(declared, PageDecoder.decode(bytes(declared, WINDOWS_1255), Optional.of(StandardCharsets.ISO_8859_1)));
    assertEquals(HEBREW, PageDecoder.decode(bytes(HEBREW, WINDOWS_1255), Optional.of(WINDOWS_1255)));
    assertEquals(HEBREW, PageDecoder.decode(bytes(HEBREW, StandardCharsets.UTF_8), Optional.empty()));
    String utf8Alias = "<meta charset=\"utf8\">" + HEBREW;
    assertEquals(utf8Alias, PageDecoder.decode(bytes(utf8Alias, StandardCharsets.UTF_8), Optional.of(WINDOWS_1255)));
  }

  @Test
  void aStaleLegacyDeclarationOnValidUtf8IsReadAsUtf8() {
    String page = "<meta charset=iso-8859-8>" + HEBREW;
    assertEquals(page, PageDecoder.decode(bytes(page, StandardCharsets.UTF_8), Optional.empty()));
    String ascii = "<meta charset=iso-8859-8><p>plain</p>";
    assertEquals(ascii, PageDecoder.decode(bytes(ascii, StandardCharsets.UTF_8), Optional.empty()));
  }

  @Test
  void anUnknownCharsetNameFallsBackAndBrokenBytesBecomeReplacementCharacters() {
    String page = "<meta charset=no-such-charset>" + HEBREW;
    assertEquals(page, PageDecoder.decode(bytes(page, StandardCharsets.UTF_8), Optional.empty()));
    String broken = PageDecoder.decode(bytes(HEBREW, WINDOWS_1255), Optional.empty());
    assertTrue(broken.startsWith("<p>\uFFFD"), broken);
    assertEquals("", PageDecoder.decode(new byte[0], Optional.empty()));
  }
}
