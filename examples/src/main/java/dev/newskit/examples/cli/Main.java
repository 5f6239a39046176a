package dev.newskit.examples.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of {@code newskit.jar}. */
public final class Main {
  private Main() {}

  /** Runs the CLI with the process's streams and exits with its code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(args, System.in, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the CLI on the given streams and returns the exit code, without exiting; tests and embedding
   * programs call this.
   */
  public static int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new NewskitCommand(stdin));
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler((e, a) -> {
      err.println("error: " + oneLine(e.getMessage()));
      err.println("usage: " + e.getCommandLine().getCommandSpec().qualifiedName() + " --help");
      return ExitCodes.BAD_INPUT;
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof BadInputException) {
        err.println("error: " + oneLine(e.getMessage()));
        return ExitCodes.BAD_INPUT;
      }
      err.println("error: internal failure: " + e);
      e.printStackTrace(err);
      return ExitCodes.INTERNAL;
    });
    int code;
    try {
      code = cli.execute(args);
    } catch (OutOfMemoryError e) {
      // What filled the heap is unreachable once the command has unwound, so there is room to say so.
      out.flush();
      err.println("error: out of memory: give Java a larger heap (java -Xmx2g -jar newskit.jar ...)");
      code = ExitCodes.INTERNAL;
    }
    out.flush();
    err.flush();
    return code;
  }

  /** A message as one line, safe to print on a terminal (messages can quote page text and URLs). */
  static String oneLine(String message) {
    return message == null ? "" : TerminalText.strip(message.replaceAll("\\s*[\\r\\n]+\\s*", " ")).strip();
  }
}
