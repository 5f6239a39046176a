package dev.newskit.warc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcPagesTest {
  private static final Instant FETCHED = Instant.parse("2026-04-10T04:20:00Z");
  private static final String HEBREW_PAGE = "<html lang=he><body><p>שלום עולם</p></body></html>";

  @Test
  void readsHtmlResponsesAndSkipsEverythingElse() throws IOException {
    byte[] warc = warc(WarcCompression.NONE,
        request("https://example.com/a"),
        response("https://example.com/a", 200, "text/html; charset=UTF-8", HEBREW_PAGE.getBytes(StandardCharsets.UTF_8)),
        response("https://example.com/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
        response("https://example.com/moved", 301, "text/html", "<a href=/b>moved</a>".getBytes(StandardCharsets.US_ASCII)),
        response("https://example.com/missing", 404, "text/html", "<h1>Not found</h1>".getBytes(StandardCharsets.US_ASCII)),
        resource("https://example.com/saved", "text/html", "<p>saved</p>".getBytes(StandardCharsets.US_ASCII)));

    try (WarcPages pages = WarcPages.read(new ByteArrayInputStream(warc), "test.warc")) {
      List<WarcPage> read = pages.stream().toList();
      assertEquals(2, read.size(), read.toString());
      WarcPage first = read.get(0);
      assertEquals("https://example.com/a", first.url());
      assertEquals(Optional.of(FETCHED), first.fetched());
      assertEquals(Optional.of("UTF-8"), first.charset());
      assertEquals(HEBREW_PAGE, new String(first.html(), StandardCharsets.UTF_8));
      assertEquals(Optional.empty(), first.error());
      assertEquals("test.warc", first.source());
      assertEquals("https://example.com/saved", read.get(1).url());
      assertEquals(6, pages.records());
      assertEquals(2, pages.pages());
    }
  }

  @Test
  void readsGzippedWarcsAndDecodesChunkedGzipBodies() throws IOException {
    byte[] html = "<html><body><p>Washington – Said Arikat - 10/4/2026</p></body></html>".getBytes(StandardCharsets.UTF_8);
    byte[] encoded = chunked(gzip(html));
    HttpResponse http = new HttpResponse.Builder(200, "OK")
        .addHeader("Content-Type", "text/html")
        .addHeader("Content-Encoding", "gzip")
        .addHeader("Transfer-Encoding", "chunked")
        .body(null, encoded)
        .build();
    byte[] warc = warc(WarcCompression.GZIP, new WarcResponse.Builder(URI.create("https://example.com/gz"))
        .date(FETCHED).body(http).build());

    try (WarcPages pages = WarcPages.read(new ByteArrayInputStream(warc), "test.warc.gz")) {
      List<WarcPage> read = pages.stream().toList();
      assertEquals(1, read.size(), read.toString());
      assertArrayEquals(html, read.get(0).html());
      assertEquals(Optional.empty(), read.get(0).charset());
    }
  }

  @Test
  void aMalformedHttpRecordBecomesAFailedPageAndReadingGoesOn() throws IOException {
    WarcResponse broken = new WarcResponse.Builder(URI.create("https://example.com/broken"))
        .date(FETCHED)
        .body(MediaType.HTTP_RESPONSE, "this is not an HTTP response\r\n\r\n".getBytes(StandardCharsets.US_ASCII))
        .build();
    byte[] warc = warc(WarcCompression.GZIP, broken,
        response("https://example.com/ok", 200, "text/html", "<p>ok</p>".getBytes(StandardCharsets.US_ASCII)));

    try (WarcPages pages = WarcPages.read(new ByteArrayInputStream(warc), "mixed.warc.gz")) {
      List<WarcPage> read = pages.stream().toList();
      assertEquals(2, read.size(), read.toString());
      WarcPage failed = read.get(0);
      assertEquals("https://example.com/broken", failed.url());
      assertTrue(failed.error().orElseThrow().startsWith("malformed HTTP response"), failed.toString());
      assertEquals(0, failed.html().length);
      assertEquals(Optional.empty(), read.get(1).error());
    }
  }

  @Test
  void aTruncatedFileEndsWithAFailureThatSaysWhere() throws IOException {
    byte[] page = ("<html><body>" + "<p>paragraph</p>".repeat(500) + "</body></html>").getBytes(StandardCharsets.US_ASCII);
    byte[] whole = warc(WarcCompression.GZIP,
        response("https://example.com/1", 200, "text/html", page),
        response("https://example.com/2", 200, "text/html", page));
    byte[] cut = Arrays.copyOf(whole, whole.length - 40);

    try (WarcPages pages = WarcPages.read(new ByteArrayInputStream(cut), "cut.warc.gz")) {
      List<WarcPage> read = pages.stream().toList();
      assertEquals(2, read.size(), read.toString());
      assertEquals(Optional.empty(), read.get(0).error());
      String error = read.get(1).error().orElseThrow();
      assertTrue(error.startsWith("corrupt WARC record at offset "), error);
      assertTrue(error.endsWith("; bytes " + read.get(1).offset() + "-" + cut.length + " (the end) hold no readable record"), error);
      assertTrue(read.get(1).offset() > 0, read.get(1).toString());
    }
  }

  @Test
  void aCorruptGzipMemberIsReportedWithItsRangeAndTheRecordsAfterItAreRead() throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    long[] starts = new long[9];
    for (int i = 0; i < 8; i++) {
      starts[i] = file.size();
      file.write(warc(WarcCompression.GZIP, response("https://example.com/" + i, 200, "text/html", page(i))));
    }
    starts[8] = file.size();
    byte[] bytes = file.toByteArray();
    long fifth = starts[4];
    int middle = (int) (fifth + (starts[5] - fifth) / 2);
    Arrays.fill(bytes, middle, middle + 64, (byte) 0x5a);

    for (boolean stream : new boolean[] {true, false}) {
      List<WarcPage> read;
      java.nio.file.Path path = java.nio.file.Files.createTempFile("damaged", ".warc.gz");
      try {
        java.nio.file.Files.write(path, bytes);
        try (WarcPages pages = stream ? WarcPages.read(new ByteArrayInputStream(bytes), "damaged.warc.gz") : WarcPages.open(path)) {
          read = pages.stream().toList();
        }
      } finally {
        java.nio.file.Files.delete(path);
      }
      List<String> urls = read.stream().filter(p -> p.error().isEmpty()).map(WarcPage::url).toList();
      assertEquals(List.of("https://example.com/0", "https://example.com/1", "https://example.com/2", "https://example.com/3",
          "https://example.com/5", "https://example.com/6", "https://example.com/7"), urls, read.toString());
      List<WarcPage> failed = read.stream().filter(p -> p.error().isPresent()).toList();
      assertEquals(1, failed.size(), read.toString());
      assertEquals(fifth, failed.get(0).offset(), failed.toString());
      assertTrue(failed.get(0).error().orElseThrow().endsWith("; bytes " + fifth + "-" + starts[5] + " skipped, reading resumed at offset " + starts[5]),
          failed.toString());
      assertEquals(starts[5], read.get(5).offset(), "offsets after the damage are still offsets in the file");
      assertEquals(new String(page(7), StandardCharsets.US_ASCII), new String(read.get(7).html(), StandardCharsets.US_ASCII));
    }

    List<String> seen = new java.util.ArrayList<>();
    int failures = 0;
    for (int index = 0; index < 3; index++) {
      try (WarcPages pages = WarcPages.read(new ByteArrayInputStream(bytes), "damaged.warc.gz").stripe(index, 3)) {
        for (WarcPage page : pages) {
          if (page.error().isPresent()) failures++;
          else seen.add(page.url());
        }
      }
    }
    assertEquals(7, seen.size(), seen.toString());
    assertEquals(1, failures, "stripe 0 alone reports the damage");
  }

  @Test
  void aMangledRecordOfAPlainWarcIsSkippedToTheNextRecordLine() throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    long[] starts = new long[4];
    for (int i = 0; i < 3; i++) {
      starts[i] = file.size();
      file.write(warc(WarcCompression.NONE, response("https://example.com/" + i, 200, "text/html", page(i))));
    }
    starts[3] = file.size();
    byte[] bytes = file.toByteArray();
    int header = (int) starts[1];
    Arrays.fill(bytes, header, header + 12, (byte) '?');

    try (WarcPages pages = WarcPages.read(new ByteArrayInputStream(bytes), "mangled.warc")) {
      List<WarcPage> read = pages.stream().toList();
      assertEquals(3, read.size(), read.toString());
      assertEquals("https://example.com/0", read.get(0).url());
      assertTrue(read.get(1).error().orElseThrow().endsWith("skipped, reading resumed at offset " + starts[2]), read.toString());
      assertEquals("https://example.com/2", read.get(2).url());
      assertEquals(starts[2], read.get(2).offset());
    }
  }

  private static byte[] page(int i) {
    StringBuilder html = new StringBuilder("<html><body>");
    java.util.Random random = new java.util.Random(i);
    for (int p = 0; p < 60; p++) html.append("<p>").append(i).append(' ').append(Long.toString(random.nextLong(), 36)).append("</p>");
    return html.append("</body></html>").toString().getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void notAWarcAtAllIsOneFailureNotAnException() throws IOException {
    try (WarcPages pages = WarcPages.read(new ByteArrayInputStream("<html>just a page</html>".getBytes(StandardCharsets.US_ASCII)), "page.html")) {
      List<WarcPage> read = pages.stream().toList();
      assertEquals(1, read.size());
      assertTrue(read.get(0).error().orElseThrow().startsWith("corrupt WARC record at offset 0"), read.toString());
    }
    try (WarcPages empty = WarcPages.read(new ByteArrayInputStream(new byte[0]), "empty.warc")) {
      assertEquals(List.of(), empty.stream().toList());
    }
  }

  @Test
  void aBodyOverTheLimitIsReportedNotRead() throws IOException {
    byte[] warc = warc(WarcCompression.NONE,
        response("https://example.com/huge", 200, "text/html", new byte[4096]),
        response("https://example.com/small", 200, "text/html", "<p>small</p>".getBytes(StandardCharsets.US_ASCII)));
    try (WarcPages pages = WarcPages.read(new ByteArrayInputStream(warc), "t.warc", 1024)) {
      List<WarcPage> read = pages.stream().toList();
      assertEquals("page larger than 1024 bytes", read.get(0).error().orElseThrow());
      assertEquals(Optional.empty(), read.get(1).error());
    }
  }

  @Test
  void iteratesOnceAndCopiesTheBody() throws IOException {
    byte[] warc = warc(WarcCompression.NONE, response("https://example.com/a", 200, "text/html", "<p>a</p>".getBytes(StandardCharsets.US_ASCII)));
    try (WarcPages pages = WarcPages.read(new ByteArrayInputStream(warc), "t.warc")) {
      WarcPage page = pages.iterator().next();
      page.html()[0] = 'X';
      assertEquals('<', page.html()[0]);
      assertThrows(IllegalStateException.class, pages::iterator);
    }
  }

  @Test
  void stripesShareTheRecordsOfOneFileWithoutOverlap() throws IOException {
    WarcRecord[] records = new WarcRecord[7];
    for (int i = 0; i < records.length; i++) {
      records[i] = response("https://example.com/" + i, 200, "text/html", ("<p>" + i + "</p>").getBytes(StandardCharsets.US_ASCII));
    }
    byte[] whole = warc(WarcCompression.GZIP, records);
    byte[] cut = Arrays.copyOf(whole, whole.length - 20);
    List<String> seen = new java.util.ArrayList<>();
    int failures = 0;
    long counted = 0;
    for (int index = 0; index < 3; index++) {
      try (WarcPages pages = WarcPages.read(new ByteArrayInputStream(cut), "cut.warc.gz").stripe(index, 3)) {
        for (WarcPage page : pages) {
          if (page.error().isPresent()) failures++;
          else seen.add(page.url());
        }
        counted += pages.records();
      }
    }
    java.util.Collections.sort(seen);
    assertEquals(List.of("https://example.com/0", "https://example.com/1", "https://example.com/2", "https://example.com/3",
        "https://example.com/4", "https://example.com/5"), seen);
    assertEquals(1, failures, "the truncated last record is reported once, by stripe 0");
    assertEquals(6, counted);
    assertThrows(IllegalArgumentException.class, () -> WarcPages.read(new ByteArrayInputStream(whole), "w").stripe(3, 3));
  }

  static byte[] warc(WarcCompression compression, WarcRecord... records) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), compression)) {
      for (WarcRecord record : records) writer.write(record);
    }
    return out.toByteArray();
  }

  static WarcResponse response(String url, int status, String contentType, byte[] body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
        .body(MediaType.parse(contentType), body)
        .build();
    return new WarcResponse.Builder(URI.create(url)).date(FETCHED).body(http).build();
  }

  private static WarcRequest request(String url) throws IOException {
    HttpRequest http = new HttpRequest.Builder("GET", URI.create(url).getPath()).addHeader("Host", "example.com").build();
    return new WarcRequest.Builder(URI.create(url)).date(FETCHED).body(http).build();
  }

  private static WarcResource resource(String url, String contentType, byte[] body) {
    return new WarcResource.Builder(URI.create(url)).date(FETCHED).body(MediaType.parse(contentType), body).build();
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private static byte[] chunked(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int half = bytes.length / 2;
    for (byte[] chunk : new byte[][] {Arrays.copyOfRange(bytes, 0, half), Arrays.copyOfRange(bytes, half, bytes.length)}) {
      out.writeBytes((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.writeBytes(chunk);
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }
}
