package dev.newskit.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The files {@code --output-dir} writes, one per input, named after the input: a file's name, a URL's
 * host and path, a WARC record's file and offset. Names keep only letters, digits, {@code .}, {@code
 * -} and {@code _}, never start with a dot, are at most 120 characters, and are made unique within
 * the run, so no input can write outside the directory or over another input's result. Names are
 * given in input order (call {@link #nameFor} from one thread); writing is thread-safe.
 */
final class OutputFiles {
  private static final int MAX_NAME = 120;

  private final Path dir;
  private final String extension;
  private final Set<String> used = new HashSet<>();

  OutputFiles(Path dir, String extension) {
    this.dir = dir;
    this.extension = extension;
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new BadInputException(dir + ": cannot create output directory: " + e.getMessage(), e);
    }
  }

  /** The file for the input named {@code source}, unique among the names given so far. */
  Path nameFor(String source) {
    String stem = safe(stemOf(source));
    String name = stem + extension;
    for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) name = stem + "-" + n + extension;
    return dir.resolve(name);
  }

  /** Writes one result. */
  static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot write: " + e.getMessage(), e);
    }
  }

  private static String stemOf(String source) {
    if (source.equals("-")) return "stdin";
    if (Inputs.isUrl(source)) {
      String rest = source.replaceFirst("(?i)^https?://", "").replaceFirst("[?#].*$", "");
      return rest.replaceFirst("/+$", "");
    }
    int at = source.lastIndexOf('@');
    String file = at > 0 && Inputs.isWarc(source.substring(0, at)) ? source.substring(0, at) : source;
    String name = Path.of(file).getFileName() == null ? file : Path.of(file).getFileName().toString();
    String stem = name.replaceFirst("(?i)\\.(html?|warc|warc\\.gz)$", "");
    return at > 0 && file != source ? stem + "@" + source.substring(at + 1) : stem;
  }

  static String safe(String stem) {
    String s = stem.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+", "");
    if (s.length() > MAX_NAME) s = s.substring(0, MAX_NAME);
    s = s.replaceAll("[._]+$", "");
    return s.isEmpty() ? "page" : s;
  }
}
