package dev.newskit.examples.cli;

import dev.newskit.html.HtmlLimits;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads the inputs commands accept: a file, an http(s) URL, {@code -} for standard input, or a WARC
 * file ({@code .warc}, {@code .warc.gz}), which stands for every HTML page in it.
 */
final class Inputs {
  /** The most bytes read from one input: newskit-html's input limit, checked before reading. */
  static final int MAX_BYTES = HtmlLimits.defaults().maxInputChars();

  private static final Pattern PAGE_NAME = Pattern.compile(".*\\.(html?|warc|warc\\.gz)");

  private Inputs() {}

  /** The bytes of one input, with the charset its source declared (an HTTP header), if any. */
  record Page(String source, byte[] bytes, Optional<Charset> charset, Optional<String> url, Optional<Instant> fetched) {
    /** A page with no capture time: relative dates on it ("2 hours ago") are left out. */
    Page(String source, byte[] bytes, Optional<Charset> charset, Optional<String> url) {
      this(source, bytes, charset, url, Optional.empty());
    }
  }

  /** One page to process: its name in output and errors, and how to read it (on a worker thread). */
  record Source(String name, Supplier<Page> reader) {
    Page read() {
      return reader.get();
    }
  }

  /**
   * One input after directories were listed: a file, URL or {@code -}, or an entry that could not be
   * listed (a broken symbolic link, a link back to a directory above it), which fails with {@code problem}.
   */
  record Input(String name, Optional<String> problem) {
    static Input of(String name) {
      return new Input(name, Optional.empty());
    }
  }

  /**
   * The inputs with directories replaced by the {@code .html}, {@code .htm}, {@code .warc} and {@code
   * .warc.gz} files under them, sorted, so that a batch runs in a stable order. Symbolic links are
   * followed; a link that loops back or points nowhere is kept as a failing input, never dropped.
   */
  static List<Input> expand(List<String> inputs) {
    List<Input> out = new ArrayList<>();
    for (String input : inputs) {
      Path path = input.equals("-") || isUrl(input) ? null : Path.of(input);
      if (path != null && Files.isDirectory(path)) {
        out.addAll(list(input, path));
      } else {
        out.add(Input.of(input));
      }
    }
    if (out.isEmpty()) throw new BadInputException("no input pages found in " + inputs);
    return out;
  }

  private static List<Input> list(String input, Path dir) {
    List<Input> found = new ArrayList<>();
    try {
      Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (!isPageName(file)) return FileVisitResult.CONTINUE;
          if (attrs.isSymbolicLink()) {
            // Attributes of the link itself: its target could not be read.
            found.add(new Input(file.toString(), Optional.of(file + ": broken symbolic link to " + target(file))));
          } else if (attrs.isRegularFile()) {
            found.add(Input.of(file.toString()));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          String why = e instanceof FileSystemLoopException ? "symbolic link loop: " + file + " leads back to a directory above it"
              : e instanceof AccessDeniedException ? "permission denied" : "cannot read: " + e.getMessage();
          found.add(new Input(file.toString(), Optional.of(file + ": " + why)));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new BadInputException(input + ": cannot list directory: " + e.getMessage(), e);
    }
    found.sort(Comparator.comparing(Input::name));
    return found;
  }

  private static boolean isPageName(Path file) {
    Path name = file.getFileName();
    return name != null && PAGE_NAME.matcher(name.toString().toLowerCase(Locale.ROOT)).matches();
  }

  private static String target(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException | UnsupportedOperationException e) {
      return "an unreadable target";
    }
  }

  /** Refuses standard input ({@code -}) named more than once among {@code readers}: it can be read only once. */
  static void checkStdinOnce(List<String> readers) {
    long times = readers.stream().filter("-"::equals).count();
    if (times > 1) throw new BadInputException("standard input (-) can be read only once, but it was given " + times + " times");
  }

  /** The lines of an {@code --input-file} ({@code -} for standard input): one path or URL each; blank lines and {@code #} comments skipped. */
  static List<String> listed(String file, InputStream stdin) {
    List<String> out = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        file.equals("-") ? stdin : Files.newInputStream(Path.of(file)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) out.add(entry);
      }
    } catch (NoSuchFileException e) {
      throw new BadInputException(file + ": no such file");
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot read: " + e.getMessage(), e);
    }
    return out;
  }

  static boolean isWarc(String input) {
    String lower = input.toLowerCase(Locale.ROOT);
    return !isUrl(input) && (lower.endsWith(".warc") || lower.endsWith(".warc.gz"));
  }

  /** Reads an input with the default fetcher (for commands without fetch options). */
  static Page read(String source, InputStream stdin) {
    return read(source, stdin, new Fetcher(Fetcher.DEFAULT_USER_AGENT, Duration.ofSeconds(30), 0, MAX_BYTES,
        new Log(new java.io.PrintWriter(java.io.OutputStream.nullOutputStream()), Log.Level.QUIET)));
  }

  /** Reads an input, refusing one larger than {@link #MAX_BYTES} before reading it into memory. */
  static Page read(String source, InputStream stdin, Fetcher fetcher) {
    if (source.equals("-")) {
      try {
        byte[] bytes = stdin.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) throw tooLarge(source, bytes.length, MAX_BYTES);
        return new Page(source, bytes, Optional.empty(), Optional.empty());
      } catch (IOException e) {
        throw new BadInputException("-: cannot read standard input: " + e.getMessage(), e);
      }
    }
    if (isUrl(source)) return fetcher.fetch(source);
    Path path = Path.of(source);
    try {
      long size = Files.size(path);
      if (size > MAX_BYTES) throw tooLarge(source, size, MAX_BYTES);
      byte[] bytes;
      try (InputStream in = Files.newInputStream(path)) {
        bytes = in.readNBytes(MAX_BYTES + 1); // a device or pipe reports no size
      }
      if (bytes.length > MAX_BYTES) throw tooLarge(source, bytes.length, MAX_BYTES);
      return new Page(source, bytes, Optional.empty(), Optional.empty());
    } catch (NoSuchFileException e) {
      if (Files.isSymbolicLink(path)) throw new BadInputException(source + ": broken symbolic link to " + target(path));
      throw new BadInputException(source + ": no such file");
    } catch (AccessDeniedException e) {
      throw new BadInputException(source + ": permission denied");
    } catch (IOException e) {
      throw new BadInputException(source + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** The input limit's failure, worded as newskit-html words it for text already read. */
  static BadInputException tooLarge(String source, long size, long limit) {
    return new BadInputException(source + ": page exceeds maxInputChars: " + size + " > " + limit);
  }

  static boolean isUrl(String input) {
    return input.matches("(?i)https?://.+");
  }

  static Optional<Charset> charsetOf(String contentType) {
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) return charsetNamed(p.substring(8).replace("\"", "").strip());
    }
    return Optional.empty();
  }

  static Optional<Charset> charsetNamed(String label) {
    try {
      return Optional.of(Charset.forName(label));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
