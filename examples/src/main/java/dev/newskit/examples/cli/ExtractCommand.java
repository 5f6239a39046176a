package dev.newskit.examples.cli;

import dev.newskit.core.Article;
import dev.newskit.core.ArticleJson;
import dev.newskit.core.ArticleJsonLd;
import dev.newskit.html.ArticleExtractor;
import dev.newskit.html.HtmlLimitException;
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
    description = "Extract articles from news pages (files, http(s) URLs, or - for stdin).")
final class ExtractCommand implements Callable<Integer> {
  enum Format { json, jsonl, jsonld, text, markdown, html }

  @ParentCommand NewskitCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--url", paramLabel = "URL", description = "The page's address, to resolve relative links (for files and stdin).")
  String url;

  @Option(names = "--format", defaultValue = "json",
      description = "Output: json (pretty, one article), jsonl (one compact article per line with its \"source\"), "
          + "jsonld (schema.org NewsArticle), text, markdown, html (the body as clean HTML). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files, http(s) URLs, or - for standard input.")
  List<String> inputs = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ArticleExtractor extractor = ArticleExtractor.create();
    Format effective = inputs.size() > 1 && format == Format.json ? Format.jsonl : format;
    int failed = 0;
    for (String input : inputs) {
      try {
        Inputs.Page page = Inputs.read(input, root.stdin());
        String base = url != null ? url : page.url().orElse(null);
        if (effective == Format.html) {
          out.println(extractor.extractPage(page.bytes(), base, page.charset().orElse(null)).bodyHtml());
          continue;
        }
        Article article = extractor.extract(page.bytes(), base, page.charset().orElse(null));
        write(out, effective, input, article);
      } catch (BadInputException | HtmlLimitException | IllegalArgumentException e) {
        if (inputs.size() == 1) throw new BadInputException(e.getMessage(), e);
        failed++;
        err.println("error: " + input + ": " + Main.oneLine(e.getMessage()));
        if (effective == Format.jsonl) {
          out.println(JsonLines.MAPPER.writeValueAsString(
              JsonLines.MAPPER.createObjectNode().put("source", input).put("error", Main.oneLine(e.getMessage()))));
        }
      }
    }
    out.flush();
    return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }

  private static void write(PrintWriter out, Format format, String source, Article article) {
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
