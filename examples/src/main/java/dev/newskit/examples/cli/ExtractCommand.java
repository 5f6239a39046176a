package dev.newskit.examples.cli;

import dev.newskit.core.Article;
import dev.newskit.core.ArticleJson;
import dev.newskit.core.ArticleJsonLd;
import dev.newskit.html.ArticleExtractor;
import dev.newskit.html.ExtractionFocus;
import dev.newskit.html.ExtractedPage;
import dev.newskit.html.HtmlInputException;
import dev.newskit.html.PageInput;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/** {@code newskit extract}: pages in, articles out. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Extract articles from news pages (files, WARC files, http(s) URLs, or - for stdin).")
final class ExtractCommand implements Callable<Integer> {
  enum Format { json, jsonl, jsonld, text, markdown, html }

  @ParentCommand NewskitCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--url", paramLabel = "URL", description = "The page's address, to resolve relative links and images (for files and stdin; URLs and WARC records carry their own). Without it, relative links are dropped and images keep the addresses the page gave.")
  @Nullable String url;

  @Option(names = "--format", defaultValue = "json",
      description = "Output: json (pretty, one article), jsonl (one compact article per line with its \"source\"), "
          + "jsonld (schema.org NewsArticle), text, markdown, html (the body as clean HTML). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--threads", paramLabel = "N", description = "Inputs extracted in parallel. Default: the number of cores.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--input-file", paramLabel = "FILE",
      description = "Read inputs from FILE (- for standard input), one path or URL per line; blank lines and # comments are skipped.")
  @Nullable String inputFile;

  @Option(names = "--output-dir", paramLabel = "DIR",
      description = "Write one file per input into DIR (named after the input, made safe and unique) instead of standard output.")
  @Nullable Path outputDir;

  @Option(names = "--user-agent", paramLabel = "TEXT", description = "User-Agent header for URL inputs. Default: ${DEFAULT-VALUE}.")
  String userAgent = Fetcher.DEFAULT_USER_AGENT;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Connect and response timeout for URL inputs. Default: ${DEFAULT-VALUE}.")
  double timeout = 30;

  @Option(names = "--retries", paramLabel = "N",
      description = "Further attempts for a URL input after a network error, 429 or 5xx, with growing pauses. Default: ${DEFAULT-VALUE}.")
  int retries = 2;

  @Option(names = {"-q", "--quiet"}, description = "Print only errors on standard error: no progress line, no summary.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Also print each input as it is done, and each retry.")
  boolean verbose;

  @Option(names = "--precision", description = "Favour keeping boilerplate out of the body over keeping every line of it.")
  boolean precision;

  @Option(names = "--recall", description = "Favour keeping every line of the body over keeping boilerplate out.")
  boolean recall;

  @Parameters(paramLabel = "INPUT", arity = "0..*",
      description = "Files, WARC files (.warc, .warc.gz: every HTML page in them), directories (searched for *.html, *.htm "
          + "and WARC files, following symbolic links), http(s) URLs, or - for standard input.")
  List<String> inputs = new ArrayList<>();

  /** The extractor's focus for {@code --precision} and {@code --recall}, which exclude each other. */
  static ExtractionFocus focus(boolean precision, boolean recall) {
    if (precision && recall) throw new BadInputException("--precision and --recall cannot be given together");
    return precision ? ExtractionFocus.PRECISION : recall ? ExtractionFocus.RECALL : ExtractionFocus.BALANCED;
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Log log = new Log(err, Log.level(quiet, verbose));
    if (threads < 1) throw new BadInputException("--threads must be at least 1: " + threads);
    if (retries < 0) throw new BadInputException("--retries must not be negative: " + retries);
    if (!(timeout > 0) || timeout > 86_400) throw new BadInputException("--timeout must be between 0 and 86400 seconds: " + timeout);
    List<String> given = new ArrayList<>(inputs);
    if (inputFile != null) given.addAll(Inputs.listed(inputFile, root.stdin()));
    List<String> readers = new ArrayList<>(given);
    if (inputFile != null) readers.add(inputFile);
    Inputs.checkStdinOnce(readers);
    if (given.isEmpty()) throw new BadInputException("no input: give files, directories, URLs or -, or --input-file");
    Fetcher fetcher = new Fetcher(userAgent, Duration.ofMillis(Math.round(timeout * 1000)), retries, Inputs.MAX_BYTES, log);
    List<Inputs.Input> expanded = Inputs.expand(given);
    ArticleExtractor extractor = ArticleExtractor.builder().focus(focus(precision, recall)).build();
    boolean one = expanded.size() == 1 && !Inputs.isWarc(expanded.get(0).name());
    Format effective = !one && format == Format.json && outputDir == null ? Format.jsonl : format;
    OutputFiles files = outputDir == null ? null : new OutputFiles(outputDir, extension(effective));
    if (one) {
      // One page: its failure is the command's failure, reported as bad input.
      Inputs.Input input = expanded.get(0);
      input.problem().ifPresent(p -> {
        throw new BadInputException(p);
      });
      Inputs.Source source = new Inputs.Source(input.name(), () -> Inputs.read(input.name(), root.stdin(), fetcher));
      if (files != null) {
        OutputFiles.write(files.nameFor(input.name()), render(extractor, effective, source));
      } else {
        render(extractor, effective, source, out);
      }
      return ExitCodes.OK;
    }
    if (expanded.size() == 1) checkReadable(expanded.get(0).name());
    int total = expanded.stream().anyMatch(i -> Inputs.isWarc(i.name())) ? -1 : expanded.size();
    OptionalInt terminal = log.level() == Log.Level.QUIET ? OptionalInt.empty() : Terminal.stderrWidth();
    Batch batch = new Batch(threads, total, err, log, terminal);
    Map<Inputs.Source, Path> targets = new ConcurrentHashMap<>();
    int failed;
    try (Sources sources = new Sources(expanded, root.stdin(), fetcher)) {
      Iterator<Inputs.Source> named = files == null ? sources : new Iterator<>() {
        @Override
        public boolean hasNext() {
          return sources.hasNext();
        }

        @Override
        public Inputs.Source next() {
          Inputs.Source source = sources.next();
          targets.put(source, files.nameFor(source.name()));
          return source;
        }
      };
      failed = batch.run(named, source -> {
        String result = render(extractor, effective, source);
        if (files == null) return result;
        OutputFiles.write(targets.remove(source), result);
        return "";
      }, (source, error) -> {
        String why = withoutSource(source, error);
        log.error(source + ": " + why);
        return effective == Format.jsonl && files == null
            ? JsonLines.MAPPER.writeValueAsString(JsonLines.MAPPER.createObjectNode().put("source", source).put("error", why)) + "\n"
            : "";
      }, out);
    }
    out.flush();
    return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }

  /**
   * A batch input's error without the source it starts with: bad-input messages name their source (a
   * lone input's error line needs it), and the batch's error line and jsonl record name it once themselves.
   */
  static String withoutSource(String source, String error) {
    String prefix = source + ": ";
    return error.startsWith(prefix) ? error.substring(prefix.length()) : error;
  }

  /** A lone WARC that cannot be opened is bad input (exit 2), as a lone missing page is. */
  private static void checkReadable(String input) {
    if (!Inputs.isWarc(input)) return;
    Path path = Path.of(input);
    if (Files.isReadable(path) && !Files.isDirectory(path)) return;
    if (Files.isSymbolicLink(path) && !Files.exists(path)) throw new BadInputException(input + ": broken symbolic link");
    throw new BadInputException(input + (Files.exists(path) ? ": cannot read" : ": no such file"));
  }

  private static String extension(Format format) {
    return switch (format) {
      case json, jsonl -> ".json";
      case jsonld -> ".jsonld";
      case text -> ".txt";
      case markdown -> ".md";
      case html -> ".html";
    };
  }

  private String render(ArticleExtractor extractor, Format format, Inputs.Source input) {
    StringWriter buffer = new StringWriter();
    render(extractor, format, input, new PrintWriter(buffer));
    return buffer.toString();
  }

  /**
   * Extracts one input and writes it to {@code out} as it goes: a lone page's article is written straight to its
   * destination, never held as one more copy of its text (an article can run to tens of megabytes).
   */
  private void render(ArticleExtractor extractor, Format format, Inputs.Source input, PrintWriter out) {
    String source = input.name();
    try {
      Inputs.Page page = input.read();
      // A WARC record's capture time is the reference for relative dates ("2 hours ago") on its page.
      PageInput in = withAddress(PageInput.of(page.bytes()), page.url().orElse(url), source)
          .withCharset(page.charset().orElse(null))
          .withReferenceInstant(page.fetched().orElse(null));
      if (format == Format.html) {
        out.print(TerminalText.strip(extractor.extractPage(in).bodyHtml() + "\n"));
      } else if (format == Format.markdown) {
        ExtractedPage extracted = extractor.extractPage(in);
        out.print(TerminalText.strip(Markdown.of(extracted.article(), extracted.bodyHtml())));
      } else {
        write(out, format, source, extractor.extract(in.withBodyHtml(false)));
      }
      out.flush();
    } catch (HtmlInputException e) {
      throw new BadInputException(source + ": " + e.getMessage(), e);
    }
  }

  /**
   * {@code input} with the page's address, or bad input when the library refuses the address. Only the address is
   * the caller's to answer for: anything else the library throws while extracting is an internal error.
   */
  private static PageInput withAddress(PageInput input, @Nullable String address, String source) {
    try {
      return input.withUrl(address);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(source + ": " + e.getMessage(), e);
    }
  }

  private static void write(PrintWriter out, Format format, String source, Article article) {
    try {
      writeTo(out, format, source, article);
    } finally {
      out.flush();
    }
  }

  private static void writeTo(PrintWriter out, Format format, String source, Article article) {
    switch (format) {
      case json:
        ArticleJson.writePretty(article, out);
        out.println();
        break;
      case jsonl: {
        ObjectNode node = ArticleJson.toTree(article);
        node.put("source", source);
        JsonLines.MAPPER.writeValue(out, node);
        out.println();
        break;
      }
      case jsonld:
        out.println(ArticleJsonLd.write(article));
        break;
      case text:
        article.title().ifPresent(t -> out.println(TerminalText.strip(t) + "\n"));
        out.println(TerminalText.strip(article.text()));
        break;
      default:
        throw new IllegalStateException(format.toString().toLowerCase(Locale.ROOT));
    }
  }

}
