package dev.newskit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

  @Test
  void helpListsTheCommands() {
    CliRunner.Result r = CliRunner.run("--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("extract"), r.out());
    assertTrue(r.out().contains("date"), r.out());
    assertTrue(r.out().contains("Exit codes"), r.out());
    String serve = r.out().lines().filter(l -> l.strip().startsWith("serve")).findFirst().orElse("");
    assertTrue(serve.strip().endsWith("Serve newskit over HTTP (Jetty)."), "a whole sentence, not cut at a comma: " + serve);
  }

  @Test
  void versionNamesTheRelease() {
    CliRunner.Result r = CliRunner.run("--version");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("newskit 0.1.0-SNAPSHOT"), r.out());
  }

  @Test
  void everySubcommandPrintsTheVersion() {
    List<List<String>> paths = new ArrayList<>();
    subcommands(new CommandLine(new NewskitCommand(InputStream.nullInputStream())), List.of(), paths);
    assertTrue(paths.size() >= 7, paths.toString());
    for (List<String> path : paths) {
      for (String flag : List.of("-V", "--version")) {
        List<String> args = new ArrayList<>(path);
        args.add(flag);
        CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), args + ": " + r.err());
        assertTrue(r.out().startsWith("newskit 0.1.0-SNAPSHOT"), args + ": " + r.out());
      }
    }
  }

  private static void subcommands(CommandLine command, List<String> path, List<List<String>> out) {
    command.getSubcommands().forEach((name, sub) -> {
      List<String> next = new ArrayList<>(path);
      next.add(name);
      out.add(next);
      subcommands(sub, next, out);
    });
  }

  @Test
  void unknownCommandIsBadInputWithOneErrorLine() {
    CliRunner.Result r = CliRunner.run("frobnicate");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("error: Unmatched argument at index 0: 'frobnicate'"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void noCommandIsBadInput() {
    CliRunner.Result r = CliRunner.run();
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("error: missing command"), r.err());
  }
}
