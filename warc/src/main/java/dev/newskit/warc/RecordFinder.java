package dev.newskit.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import java.util.zip.GZIPInputStream;

/**
 * Finds where the next intact WARC record starts after damage: the next gzip member that decompresses
 * to a WARC record header, or in an uncompressed file the next line that starts one.
 */
final class RecordFinder {
  private static final byte[] WARC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
  /** Compressed bytes a candidate member may take to yield its first decompressed bytes. */
  private static final int PROBE_BYTES = 16 * 1024;

  private RecordFinder() {}

  /** Whether the stream, read from its start, is gzip'd; leaves it at its start. */
  static boolean isGzip(ReplayInput in) throws IOException {
    int a = in.read();
    int b = a < 0 ? -1 : in.read();
    in.rewind(0);
    return a == 0x1f && b == 0x8b;
  }

  /**
   * The offset of the first record start at or after {@code from} (or the earliest offset still held,
   * if later), leaving {@code in} there; empty at the end of the stream.
   */
  static OptionalLong next(ReplayInput in, long from, boolean gzip) throws IOException {
    long at = Math.max(from, in.oldest());
    in.rewind(at);
    int previous = at == 0 ? '\n' : -1;
    while (true) {
      long candidate = in.position();
      int b = in.read();
      if (b < 0) return OptionalLong.empty();
      boolean starts = gzip ? b == 0x1f : b == 'W' && previous == '\n';
      previous = b;
      if (!starts) continue;
      boolean record = gzip ? gzipRecordAt(in, candidate) : plainRecordAt(in, candidate);
      if (record) {
        in.rewind(candidate);
        return OptionalLong.of(candidate);
      }
      in.rewind(candidate + 1);
    }
  }

  private static boolean plainRecordAt(ReplayInput in, long at) throws IOException {
    in.rewind(at);
    return startsWithWarc(in);
  }

  private static boolean gzipRecordAt(ReplayInput in, long at) throws IOException {
    in.rewind(at);
    byte[] head = in.readNBytes(3);
    if (head.length < 3 || (head[1] & 0xff) != 0x8b || head[2] != 8) return false;
    in.rewind(at);
    try (GZIPInputStream member = new GZIPInputStream(new Bounded(in, PROBE_BYTES), 512)) {
      return startsWithWarc(member);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static boolean startsWithWarc(InputStream in) throws IOException {
    byte[] head = in.readNBytes(WARC.length);
    return java.util.Arrays.equals(head, WARC);
  }

  /** At most {@code limit} bytes of a stream, which stays open. */
  private static final class Bounded extends InputStream {
    private final InputStream in;
    private int left;

    Bounded(InputStream in, int limit) {
      this.in = in;
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) return -1;
      int b = in.read();
      if (b >= 0) left--;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) return -1;
      int n = in.read(b, off, Math.min(len, left));
      if (n > 0) left -= n;
      return n;
    }

    @Override
    public void close() {
      // the underlying stream goes on being read
    }
  }
}
