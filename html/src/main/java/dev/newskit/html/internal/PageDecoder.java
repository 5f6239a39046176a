package dev.newskit.html.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns page bytes into text: a byte-order mark wins, then a {@code <meta charset>} in the first
 * 4 KiB, then the caller's hint, then UTF-8. A page that declares a legacy charset but is valid UTF-8
 * with non-ASCII text is read as UTF-8 (saved pages often keep a stale declaration). Bytes that do not
 * decode become U+FFFD, so nothing fails on broken encodings.
 */
public final class PageDecoder {
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);

  private PageDecoder() {}

  public static String decode(byte[] bytes, Optional<Charset> hint) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return decode(bytes, 3, StandardCharsets.UTF_8);
    if (startsWith(bytes, 0xFE, 0xFF)) return decode(bytes, 2, StandardCharsets.UTF_16BE);
    if (startsWith(bytes, 0xFF, 0xFE)) return decode(bytes, 2, StandardCharsets.UTF_16LE);
    Optional<Charset> declared = declared(bytes);
    Charset chosen = declared.or(() -> hint).orElse(StandardCharsets.UTF_8);
    if (!chosen.equals(StandardCharsets.UTF_8) && isNonAsciiUtf8(bytes)) chosen = StandardCharsets.UTF_8;
    return decode(bytes, 0, chosen);
  }

  private static Optional<Charset> declared(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) return Optional.empty();
    String name = m.group(1).toLowerCase(Locale.ROOT);
    try {
      return Optional.of(Charset.forName(name.equals("utf8") ? "UTF-8" : name));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static boolean isNonAsciiUtf8(byte[] bytes) {
    boolean nonAscii = false;
    for (byte b : bytes) {
      if (b < 0) {
        nonAscii = true;
        break;
      }
    }
    if (!nonAscii) return false;
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static String decode(byte[] bytes, int offset, Charset charset) {
    return new String(bytes, offset, bytes.length - offset, charset);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
    return true;
  }
}
