package dev.newskit.warc;

import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that keeps the last bytes it delivered so that reading can step back to any of them: after
 * damage, the WARC reader rewinds to look for the next record among bytes its decompressor already
 * consumed. It counts every byte, so positions are offsets in the underlying file.
 */
final class ReplayInput extends InputStream {
  /** How far back reading can step: a damaged gzip member larger than this is scanned from where the damage showed. */
  static final int WINDOW = 1 << 20;

  private final InputStream in;
  private byte[] ring = new byte[64 * 1024];
  private long pulled;
  private long position;

  ReplayInput(InputStream in) {
    this.in = in;
  }

  /** The offset of the next byte read. */
  long position() {
    return position;
  }

  /** The earliest offset {@link #rewind} can go back to. */
  long oldest() {
    return Math.max(0, pulled - ring.length);
  }

  /** Makes {@code offset}, which must lie between {@link #oldest()} and the furthest byte read, the next one read. */
  void rewind(long offset) {
    if (offset < oldest() || offset > pulled) throw new IllegalArgumentException("cannot step back to " + offset);
    position = offset;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) return 0;
    if (position < pulled) {
      int at = (int) (position % ring.length);
      int n = (int) Math.min(len, Math.min(pulled - position, ring.length - at));
      System.arraycopy(ring, at, b, off, n);
      position += n;
      return n;
    }
    int n = in.read(b, off, Math.min(len, ring.length / 2));
    if (n <= 0) return n;
    keep(b, off, n);
    position += n;
    return n;
  }

  private void keep(byte[] b, int off, int n) {
    if (pulled + n > ring.length && ring.length < WINDOW) grow();
    for (int done = 0; done < n; ) {
      int at = (int) ((pulled + done) % ring.length);
      int chunk = Math.min(n - done, ring.length - at);
      System.arraycopy(b, off + done, ring, at, chunk);
      done += chunk;
    }
    pulled += n;
  }

  /** Doubles the ring, keeping the bytes it holds at their offsets. */
  private void grow() {
    byte[] bigger = new byte[Math.min(WINDOW, ring.length * 2)];
    for (long p = oldest(); p < pulled; p++) bigger[(int) (p % bigger.length)] = ring[(int) (p % ring.length)];
    ring = bigger;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
