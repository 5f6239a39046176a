package dev.newskit.examples.cli;

import dev.newskit.core.Article;
import dev.newskit.core.ArticleJson;
import dev.newskit.core.ArticleJsonLd;
import dev.newskit.html.ArticleExtractor;
import dev.newskit.html.HtmlInputException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/** {@code newskit extract}: pages in, articles out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract articles from news pages (files, WARC files, http(s) URLs, or - for stdin).")
final class ExtractCommand implements Callable<Integer> {
  enum Format { json, jsonl, jsonld, text, markdown, html }

  @ParentCommand NewskitCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--url", paramLabel = "URL", description = "The page's address, to resolve relative links (for files and stdin; URLs and WARC records carry their own).")
  String url;

  @Option(names = "--format", defaultValue = "json",
      description = "Output: json (pretty, one article), jsonl (one compact article per line with its \"source\"), "
          + "jsonld (schema.org NewsArticle), text, markdown, html (the body as clean HTML). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--threads", paramLabel = "N", description = "Inputs extracted in parallel. Default: the number of cores.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Parameters(paramLabel = "INPUT", arity = "1..*",
      description = "Files, WARC files (.warc, .warc.gz: every HTML page in them), directories (searched for *.html, *.htm "
          + "and WARC files), http(s) URLs, or - for standard input.")
  List<String> inputs = new ArrayList<>();

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (threads < 1) throw new BadInputException("--threads must be at least 1: " + threads);
    List<String> expanded = Inputs.expand(inputs);
    ArticleExtractor extractor = ArticleExtractor.create();
    boolean one = expanded.size() == 1 && !Inputs.isWarc(expanded.get(0));
    Format effective = !one && format == Format.json ? Format.jsonl : format;
    if (one) {
      // One page: its failure is the command's failure, reported as bad input.
      out.print(render(extractor, effective, new Inputs.Source(expanded.get(0), () -> Inputs.read(expanded.get(0), root.stdin()))));
      out.flush();
      return ExitCodes.OK;
    }
    int total = expanded.stream().anyMatch(Inputs::isWarc) ? -1 : expanded.size();
    Batch batch = new Batch(threads, total, err, System.console() != null);
    int failed;
    try (Sources sources = new Sources(expanded, root.stdin())) {
      failed = batch.run(sources, source -> render(extractor, effective, source), (source, error) -> {
        err.println("error: " + source + ": " + error);
        return effective == Format.jsonl
            ? JsonLines.MAPPER.writeValueAsString(JsonLines.MAPPER.createObjectNode().put("source", source).put("error", error)) + "\n"
            : "";
      }, out);
    }
    out.flush();
    return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }

  private String render(ArticleExtractor extractor, Format format, Inputs.Source input) {
    String source = input.name();
    try {
      Inputs.Page page = input.read();
      String base = page.url().orElse(url);
      if (format == Format.html) {
        return extractor.extractPage(page.bytes(), base, page.charset().orElse(null)).bodyHtml() + "\n";
      }
      Article article = extractor.extract(page.bytes(), base, page.charset().orElse(null));
      java.io.StringWriter buffer = new java.io.StringWriter();
      write(new PrintWriter(buffer), format, source, article);
      return buffer.toString();
    } catch (HtmlInputException | IllegalArgumentException e) {
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
        out.println(ArticleJson.writePretty(article));
        break;
      case jsonl: {
        ObjectNode node = ArticleJson.toTree(article);
        node.put("source", source);
        out.println(JsonLines.MAPPER.writeValueAsString(node));
        break;
      }
      case jsonld:
        out.println(ArticleJsonLd.write(article));
        break;
      case text:
        article.title().ifPresent(t -> out.println(t + "\n"));
        out.println(article.text());
        break;
      case markdown:
        out.print(Markdown.of(article));
        break;
      default:
        throw new IllegalStateException(format.toString().toLowerCase(Locale.ROOT));
    }
  }
}
