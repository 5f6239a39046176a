package dev.newskit.html.internal;

import dev.newskit.html.NotHtmlException;

/**
 * Recognises input that is not HTML — the usual binary formats by their leading bytes, anything else by
 * control characters, which text never holds in number — so that it is refused instead of being read as
 * an "article" of garbage.
 */
public final class NotHtml {
  private static final int SAMPLE = 4096;

  private record Magic(String what, int[] bytes) {}

  private static final Magic[] MAGICS = {
      new Magic("a PNG image", new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
      new Magic("a JPEG image", new int[] {0xFF, 0xD8, 0xFF}),
      new Magic("a GIF image", new int[] {'G', 'I', 'F', '8'}),
      new Magic("a RIFF file (WebP, WAV or AVI)", new int[] {'R', 'I', 'F', 'F'}),
      new Magic("a PDF document", new int[] {'%', 'P', 'D', 'F', '-'}),
      new Magic("an ELF executable", new int[] {0x7F, 'E', 'L', 'F'}),
      new Magic("a Java class or Mach-O file", new int[] {0xCA, 0xFE, 0xBA, 0xBE}),
      new Magic("a ZIP archive (or a format built on ZIP)", new int[] {'P', 'K', 0x03, 0x04}),
      new Magic("gzip-compressed data", new int[] {0x1F, 0x8B}),
      new Magic("bzip2-compressed data", new int[] {'B', 'Z', 'h'}),
      new Magic("xz-compressed data", new int[] {0xFD, '7', 'z', 'X', 'Z', 0x00}),
      new Magic("zstd-compressed data", new int[] {0x28, 0xB5, 0x2F, 0xFD}),
      new Magic("a 7-Zip archive", new int[] {'7', 'z', 0xBC, 0xAF, 0x27, 0x1C}),
  };

  private NotHtml() {}

  /** Throws {@link NotHtmlException} when {@code bytes} start like a binary format. */
  public static void check(byte[] bytes) {
    for (Magic m : MAGICS) {
      if (startsWith(bytes, m.bytes)) throw new NotHtmlException(m.what);
    }
    if (bytes.length >= 64 && bytes[0] == 'M' && bytes[1] == 'Z' && indexOfNul(bytes, 64) >= 0) {
      throw new NotHtmlException("a Windows executable");
    }
  }

  /**
   * Throws {@link NotHtmlException} when {@code text} starts like a binary format read as text (a byte over
   * 0x7F may have become U+FFFD), or when its start holds control characters no text page has.
   */
  public static void check(CharSequence text) {
    for (Magic m : MAGICS) {
      if (startsWith(text, m.bytes)) throw new NotHtmlException(m.what);
    }
    int n = Math.min(text.length(), SAMPLE);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) || c == 0x7F) controls++;
    }
    if (controls >= 4 && controls * 50 > n) {
      throw new NotHtmlException(text.length() >= 2 && text.charAt(0) == 'M' && text.charAt(1) == 'Z'
          ? "a Windows executable" : "binary data (" + controls + " control characters in the first " + n + ")");
    }
  }

  private static boolean startsWith(byte[] bytes, int[] prefix) {
    if (bytes.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
    return true;
  }

  private static boolean startsWith(CharSequence text, int[] prefix) {
    if (text.length() < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) {
      char c = text.charAt(i);
      if (c != prefix[i] && !(prefix[i] > 0x7F && c == '\uFFFD')) return false;
    }
    return true;
  }

  private static int indexOfNul(byte[] bytes, int within) {
    for (int i = 0; i < Math.min(within, bytes.length); i++) if (bytes[i] == 0) return i;
    return -1;
  }
}
