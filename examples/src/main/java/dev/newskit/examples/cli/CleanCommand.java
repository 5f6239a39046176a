package dev.newskit.examples.cli;

import dev.newskit.html.HtmlInputException;
import dev.newskit.html.safety.CleaningPolicy;
import dev.newskit.html.safety.HtmlCleaner;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.StringNode;

/** {@code newskit clean}: HTML in, HTML safe to republish out. */
@Command(name = "clean", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Clean HTML so it is safe to republish (files, http(s) URLs, or - for stdin).")
final class CleanCommand implements Callable<Integer> {
  enum Policy { text, basic, article }

  @ParentCommand NewskitCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--policy", defaultValue = "article", description = "text, basic or article. Default: ${DEFAULT-VALUE}.")
  Policy policy;

  @Option(names = "--base-url", paramLabel = "URL", description = "Address to resolve relative links and images against: an absolute http(s) URL. Without it, relative links and images are dropped.")
  @Nullable String baseUrl;

  @Option(names = "--jsonl", description = "Each stdin line is a JSON string of HTML; each output line the JSON string of the cleaned HTML.")
  boolean jsonl;

  @Parameters(paramLabel = "INPUT", arity = "0..1", description = "A file, an http(s) URL, or - for standard input (default).")
  String input = "-";

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    HtmlCleaner cleaner = HtmlCleaner.of(switch (policy) {
      case text -> CleaningPolicy.TEXT;
      case basic -> CleaningPolicy.BASIC;
      case article -> CleaningPolicy.ARTICLE;
    });
    checkBase(cleaner, baseUrl);
    if (jsonl) {
      int failed = JsonLines.process(root.stdin(), out, line -> {
        if (!line.isString()) return JsonLines.error("each line must be a JSON string of HTML");
        try {
          return StringNode.valueOf(cleaner.clean(line.asString(), baseUrl));
        } catch (HtmlInputException e) {
          return JsonLines.error(e.getMessage());
        }
      });
      return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }
    Inputs.Page page = Inputs.read(input, root.stdin());
    String base = baseUrl != null ? baseUrl : page.url().orElse(null);
    try {
      out.println(TerminalText.strip(cleaner.clean(page.bytes(), base, page.charset().orElse(null))));
    } catch (HtmlInputException e) {
      throw new BadInputException(input + ": " + e.getMessage(), e);
    }
    return ExitCodes.OK;
  }

  /** Refuses a {@code --base-url} the cleaner refuses (it must be an absolute http(s) URL), before any input is read. */
  private static void checkBase(HtmlCleaner cleaner, String baseUrl) {
    if (baseUrl == null) return;
    try {
      cleaner.clean("", baseUrl);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--base-url: " + e.getMessage(), e);
    }
  }
}
