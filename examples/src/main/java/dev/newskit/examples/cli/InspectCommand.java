package dev.newskit.examples.cli;

import dev.newskit.examples.inspect.InspectReport;
import dev.newskit.html.ArticleExtractor;
import dev.newskit.html.Explanation;
import dev.newskit.html.HtmlInputException;
import dev.newskit.html.PageInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newskit inspect}: one page in, a self-contained HTML report of how it was extracted out. */
@Command(name = "inspect", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Show why a page came out as it did: a self-contained HTML report with every text block of the page "
        + "marked kept, dropped (and why) or lifted into a field, beside the article and each field's candidates.")
final class InspectCommand implements Callable<Integer> {
  @ParentCommand NewskitCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--url", paramLabel = "URL", description = "The page's address, to resolve relative links (for files and stdin).")
  @Nullable String url;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
  @Nullable Path output;

  @Parameters(paramLabel = "PAGE", description = "A file, an http(s) URL, or - for standard input.")
  String input;

  @Override
  public Integer call() {
    Inputs.Page page = Inputs.read(input, root.stdin());
    String address = url != null ? url : page.url().orElse(null);
    PageInput pageInput;
    try {
      pageInput = PageInput.of(page.bytes()).withUrl(address);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--url: " + e.getMessage(), e);
    }
    Explanation explanation;
    try {
      explanation = ArticleExtractor.create().explain(pageInput.withCharset(page.charset().orElse(null))
          .withReferenceInstant(page.fetched().orElse(null)));
    } catch (HtmlInputException e) {
      throw new BadInputException(input + ": " + e.getMessage(), e);
    }
    String report = InspectReport.render(explanation, address != null ? address : input);
    if (output == null) {
      spec.commandLine().getOut().print(report);
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
    try {
      Files.writeString(output, report, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException(output + ": cannot write: " + e.getMessage(), e);
    }
    return ExitCodes.OK;
  }
}
