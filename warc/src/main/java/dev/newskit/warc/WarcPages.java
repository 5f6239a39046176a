package dev.newskit.warc;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A reader of the HTML pages in one WARC file, plain or gzip'd, one record at a time.
 *
 * <p>It yields a {@link WarcPage} for every successful ({@code 2xx}) HTML response record and every
 * HTML resource record, with the HTTP body decoded (chunked transfer, gzip/deflate/brotli content
 * encodings). Other records (requests, metadata, redirects, images, revisits) are counted in {@link
 * #records()} and skipped. Nothing fails silently and nothing is thrown while iterating: a record whose
 * HTTP message cannot be parsed or decoded, or whose body is larger than the page limit, becomes a page
 * with an {@link WarcPage#error() error}. Damage to the file itself (a corrupt gzip member, a mangled
 * record header) becomes one such page giving the damaged range of bytes, and reading goes on at the
 * next gzip member that decompresses to a WARC record (in an uncompressed file, the next line that
 * starts one); a truncated file ends with one.
 *
 * <p>Memory stays bounded by the page limit: records are streamed, never the whole file. Instances are
 * not thread-safe; use one per file.
 *
 * <pre>{@code
 * try (WarcPages pages = WarcPages.open(Path.of("CC-NEWS-20260410.warc.gz"))) {
 *   for (WarcPage page : pages) {
 *     if (page.error().isEmpty()) extractor.extract(page.html(), page.url(), ...);
 *   }
 * }
 * }</pre>
 */
public final class WarcPages implements Iterable<WarcPage>, Closeable {
  /** The default page limit: bodies above 32 MiB are reported, not read (newskit-html's default too). */
  public static final int DEFAULT_MAX_PAGE_BYTES = 32 * 1024 * 1024;

  private final String source;
  private final ReplayInput in;
  private final int maxPageBytes;
  private @Nullable WarcReader reader;
  /** The offset in the file where {@link #reader} began (past the last damage). */
  private long readerStart;
  private boolean gzip;
  private @Nullable WarcPage lookahead;
  private boolean done;
  private boolean iterated;
  private long records;
  private long pages;
  private long ordinal;
  private int stripe;
  private int stripes = 1;

  private WarcPages(InputStream in, String source, int maxPageBytes) {
    this.in = new ReplayInput(Objects.requireNonNull(in, "in"));
    this.source = Objects.requireNonNull(source, "source");
    if (maxPageBytes < 1) throw new IllegalArgumentException("maxPageBytes must be positive: " + maxPageBytes);
    this.maxPageBytes = maxPageBytes;
  }

  /**
   * Opens a WARC file for reading.
   *
   * @throws IOException if the file cannot be opened (a damaged file opens, and reports its damage as
   *     a failed page)
   */
  public static WarcPages open(Path file) throws IOException {
    return new WarcPages(Files.newInputStream(Objects.requireNonNull(file, "file")), file.toString(), DEFAULT_MAX_PAGE_BYTES);
  }

  /**
   * Reads a WARC stream; {@code source} names it in pages and errors. Closing the reader closes the
   * stream.
   */
  public static WarcPages read(InputStream in, String source) {
    return read(in, source, DEFAULT_MAX_PAGE_BYTES);
  }

  /** Reads a WARC stream, reporting bodies larger than {@code maxPageBytes} as failed pages. */
  public static WarcPages read(InputStream in, String source, int maxPageBytes) {
    return new WarcPages(in, source, maxPageBytes);
  }

  /**
   * Makes this reader take only its share of the file's records: those whose ordinal, counted from 0,
   * leaves {@code index} when divided by {@code count}. {@code count} readers of one file, each with its
   * own index, read every page exactly once between them: parallel readers of a large file each
   * decompress all of it, but parse and decode only their share. Only the reader with index 0 reports
   * damage to the file itself, so a truncated file gives one failure, not {@code count}.
   *
   * @return this reader
   * @throws IllegalArgumentException unless {@code 0 <= index < count}
   * @throws IllegalStateException if reading has begun
   */
  public WarcPages stripe(int index, int count) {
    if (count < 1 || index < 0 || index >= count) {
      throw new IllegalArgumentException("stripe " + index + " of " + count + ": need 0 <= index < count");
    }
    if (iterated) throw new IllegalStateException(source + ": stripe before iterating");
    this.stripe = index;
    this.stripes = count;
    return this;
  }

  /** The records read so far, of every type (in a stripe: the stripe's records). */
  public long records() {
    return records;
  }

  /** The pages returned so far, failed ones included. */
  public long pages() {
    return pages;
  }

  /**
   * The pages, in file order; an iterator can be taken only once, as the file is read as it goes.
   *
   * @throws IllegalStateException if called a second time
   */
  @Override
  public Iterator<WarcPage> iterator() {
    if (iterated) throw new IllegalStateException(source + ": a WARC reader can be iterated once");
    iterated = true;
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        if (lookahead == null && !done) lookahead = readNext();
        return lookahead != null;
      }

      @Override
      public WarcPage next() {
        if (!hasNext()) throw new NoSuchElementException(source + ": no more pages");
        WarcPage page = lookahead;
        lookahead = null;
        pages++;
        return page;
      }
    };
  }

  /** The pages as a sequential stream; closing the stream does not close this reader. */
  public Stream<WarcPage> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  @Override
  public void close() throws IOException {
    done = true;
    in.close();
  }

  private @Nullable WarcPage readNext() {
    while (!done) {
      WarcPage page = readUntilDamage();
      if (page != null) return page;
    }
    return null;
  }

  /** The next page, a failure naming damage, or null at the end or at damage another stripe reports. */
  private @Nullable WarcPage readUntilDamage() {
    long position = readerStart;
    try {
      if (reader == null) {
        gzip = RecordFinder.isGzip(in);
        reader = newReader();
      }
      while (true) {
        position = readerStart + reader.position();
        Optional<WarcRecord> next = reader.next();
        if (next.isEmpty()) {
          done = true;
          return null;
        }
        if (ordinal++ % stripes != stripe) continue;
        records++;
        WarcPage page = pageOrFailure(next.get());
        if (page != null) return page;
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      // A record that fails to parse has already moved the reader to where it began.
      if (reader != null) position = Math.max(position, readerStart + reader.position());
      return damaged(position, e);
    }
  }

  /**
   * Steps past damage found at {@code position}: reading starts again at the next intact record, and
   * the failure names the bytes skipped. Only stripe 0 reports it; every stripe resumes at the same place.
   */
  private @Nullable WarcPage damaged(long position, Exception e) {
    String what = "corrupt WARC record at offset " + position + ": " + describe(e);
    OptionalLong resume;
    try {
      resume = RecordFinder.next(in, Math.max(position, readerStart) + 1, gzip);
    } catch (IOException | RuntimeException again) {
      resume = OptionalLong.empty();
    }
    String message;
    if (resume.isPresent()) {
      readerStart = resume.getAsLong();
      try {
        reader = newReader();
      } catch (UncheckedIOException again) {
        done = true;
      }
      message = what + "; bytes " + position + "-" + readerStart + " skipped, reading resumed at offset " + readerStart;
    } else {
      done = true;
      message = what + "; bytes " + position + "-" + in.position() + " (the end) hold no readable record";
    }
    if (stripe != 0) return null;
    return WarcPage.failed(source, position, "", Optional.empty(), message);
  }

  private WarcReader newReader() {
    try {
      WarcReader r = new WarcReader(new Unclosed(in));
      r.onWarning(message -> { }); // lenient parsing notes, not failures
      return r;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shared stream, left open when a reader abandoned at damage is closed or collected. */
  private static final class Unclosed extends java.io.FilterInputStream {
    Unclosed(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // closed by WarcPages.close
    }
  }

  /** As {@link #pageOf}, with a record too malformed for jwarc's accessors reported as a failed page. */
  private @Nullable WarcPage pageOrFailure(WarcRecord record) throws IOException {
    try {
      return pageOf(record);
    } catch (RuntimeException e) {
      return WarcPage.failed(source, (readerStart + record.position()), "", dateOf(record), "malformed WARC record: " + describe(e));
    }
  }

  /** The page a record holds, a failed page, or null when the record is not an HTML page. */
  private @Nullable WarcPage pageOf(WarcRecord record) throws IOException {
    if (record instanceof WarcResponse response && isHttp(response.contentType())) {
      long offset = (readerStart + record.position());
      String url = response.target();
      Optional<Instant> fetched = dateOf(record);
      if (url == null) return WarcPage.failed(source, offset, "", fetched, "response record without WARC-Target-URI");
      HttpResponse http;
      try {
        http = response.http();
      } catch (IOException | RuntimeException e) {
        return WarcPage.failed(source, offset, url, fetched, "malformed HTTP response: " + describe(e));
      }
      if (http.status() < 200 || http.status() > 299) return null;
      Optional<MediaType> type = http.headers().first("Content-Type").map(MediaType::parseLeniently);
      if (type.isPresent() && !isHtml(type.get())) return null;
      byte[] body;
      try (InputStream stream = http.bodyDecoded().stream()) {
        body = stream.readNBytes(maxPageBytes + 1);
      } catch (IOException | RuntimeException e) {
        return WarcPage.failed(source, offset, url, fetched, "cannot decode HTTP body: " + describe(e));
      }
      if (body.length > maxPageBytes) return tooLarge(offset, url, fetched);
      if (type.isEmpty() && !looksLikeHtml(body)) return null;
      Optional<String> charset = type.map(t -> t.parameters().get("charset")).filter(c -> !c.isBlank());
      return new WarcPage(source, offset, url, fetched, charset, body, Optional.empty());
    }
    if (record instanceof WarcResource resource && isHtml(resource.contentType())) {
      long offset = (readerStart + record.position());
      Optional<Instant> fetched = dateOf(record);
      if (resource.target() == null) return WarcPage.failed(source, offset, "", fetched, "resource record without WARC-Target-URI");
      byte[] body;
      try (InputStream stream = resource.body().stream()) {
        body = stream.readNBytes(maxPageBytes + 1);
      }
      if (body.length > maxPageBytes) return tooLarge(offset, resource.target(), fetched);
      Optional<String> charset = Optional.ofNullable(resource.contentType().parameters().get("charset"));
      return new WarcPage(source, offset, resource.target(), fetched, charset, body, Optional.empty());
    }
    return null;
  }

  private WarcPage tooLarge(long offset, String url, Optional<Instant> fetched) {
    return WarcPage.failed(source, offset, url, fetched, "page larger than " + maxPageBytes + " bytes");
  }

  private static Optional<Instant> dateOf(WarcRecord record) {
    try {
      return Optional.of(record.date());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static boolean isHttp(MediaType type) {
    return type.base().equals(MediaType.HTTP) && !"request".equals(type.parameters().get("msgtype"));
  }

  private static boolean isHtml(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  /** For responses that declare no type: HTML if it starts, after whitespace or a BOM, with markup. */
  private static boolean looksLikeHtml(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
        .replace("\u00ef\u00bb\u00bf", "").stripLeading().toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
        || head.startsWith("<!--");
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
  }
}
