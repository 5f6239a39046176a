package dev.newskit.warc;

import static dev.newskit.testing.SharedUse.sameOnEveryThread;
import static dev.newskit.warc.WarcPagesTest.response;
import static dev.newskit.warc.WarcPagesTest.warc;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;

/**
 * {@link WarcPages} is documented as one instance per file, not shared: 16 threads that start together,
 * each reading the same WARCs with its own instances (whole and in stripes), must each get the pages and
 * counts that one thread alone gets, so instances share no state.
 */
class ThreadSafetyTest {

  private static List<byte[]> files() throws IOException {
    List<WarcRecord> records = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String html = "<html><body><p>page " + i + " " + "word ".repeat(40 * (i + 1)) + "</p></body></html>";
      records.add(response("https://example.com/" + i, i % 5 == 4 ? 404 : 200, "text/html; charset=UTF-8",
          html.getBytes(StandardCharsets.UTF_8)));
    }
    byte[] gzip = warc(WarcCompression.GZIP, records.toArray(WarcRecord[]::new));
    byte[] plain = warc(WarcCompression.NONE, records.toArray(WarcRecord[]::new));
    // A plain file cut in its last record ends with a failure page.
    return List.of(gzip, plain, Arrays.copyOf(plain, plain.length - 40));
  }

  @Test
  void oneReaderPerFileOnEveryThread() throws Exception {
    List<byte[]> files = files();
    Callable<List<Object>> work = () -> {
      List<Object> out = new ArrayList<>();
      for (byte[] file : files) {
        try (WarcPages pages = WarcPages.read(new ByteArrayInputStream(file), "shared.warc")) {
          out.add(pages.stream().toList());
          out.add(pages.records());
          out.add(pages.pages());
        }
        for (int stripe = 0; stripe < 2; stripe++) {
          try (WarcPages pages = WarcPages.read(new ByteArrayInputStream(file), "shared.warc").stripe(stripe, 2)) {
            out.add(pages.stream().map(WarcPage::url).toList());
          }
        }
      }
      return out;
    };
    List<Object> alone = work.call();
    assertEquals(10, ((List<?>) alone.get(0)).size(), "the ten 200 responses of the gzip'd file are read: " + alone.get(0));
    sameOnEveryThread(2, work);
  }
}
