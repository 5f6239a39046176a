package dev.newskit.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Builds WARC files for tests from the project's hand-written HTML fixtures, with jwarc. */
final class TestWarcs {
  static final Instant FETCHED = Instant.parse("2026-04-10T06:00:00Z");
  static final String SEED_URL = "https://www.alquds.com/en/articles/trump-asks-netanyahu-de-escalate";

  private TestWarcs() {}

  /** A fixture of newskit-html's tests, by its path under {@code dev/newskit/html/}. */
  static byte[] fixture(String path) {
    try (InputStream in = TestWarcs.class.getResourceAsStream("/dev/newskit/html/" + path)) {
      if (in == null) throw new IllegalStateException("no fixture " + path + " (newskit-html's test jar)");
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path file, WarcCompression compression, WarcRecord... records) throws IOException {
    Files.write(file, bytes(compression, records));
  }

  static byte[] bytes(WarcCompression compression, WarcRecord... records) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), compression)) {
      for (WarcRecord record : records) writer.write(record);
    }
    return out.toByteArray();
  }

  /** The same WARC with its last {@code bytes} cut off, as a crawl interrupted mid-write leaves it. */
  static void writeTruncated(Path file, int bytes, WarcRecord... records) throws IOException {
    byte[] whole = bytes(WarcCompression.GZIP, records);
    Files.write(file, Arrays.copyOf(whole, whole.length - bytes));
  }

  static WarcResponse html(String url, String contentType, byte[] body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(contentType), body).build();
    return new WarcResponse.Builder(URI.create(url)).date(FETCHED).body(http).build();
  }

  static WarcResponse image(String url) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/jpeg"), new byte[] {(byte) 0xff, (byte) 0xd8}).build();
    return new WarcResponse.Builder(URI.create(url)).date(FETCHED).body(http).build();
  }

  static WarcRequest request(String url) throws IOException {
    HttpRequest http = new HttpRequest.Builder("GET", URI.create(url).getRawPath()).addHeader("Host", URI.create(url).getHost()).build();
    return new WarcRequest.Builder(URI.create(url)).date(FETCHED).body(http).build();
  }

  /** A response record whose HTTP message is garbage: jwarc reads the record, not its message. */
  static WarcResponse malformed(String url) {
    return new WarcResponse.Builder(URI.create(url)).date(FETCHED)
        .body(MediaType.HTTP_RESPONSE, "HTTP/1.1 two hundred\r\nno colon here\r\n\r\n<p>x</p>".getBytes(StandardCharsets.US_ASCII))
        .build();
  }
}
