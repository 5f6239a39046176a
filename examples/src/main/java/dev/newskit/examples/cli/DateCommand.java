package dev.newskit.examples.cli;

import dev.newskit.core.DateContext;
import dev.newskit.core.DateParseException;
import dev.newskit.core.DateTextParser;
import dev.newskit.i18n.HebrewDateFormatter;
import dev.newskit.i18n.HebrewRelativeTime;
import dev.newskit.i18n.JerusalemTime;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.JsonNode;

/** {@code newskit date parse|format}: read and print the dates Hebrew news pages use. */
@Command(name = "date", mixinStandardHelpOptions = true, description = "Parse or format Hebrew and Jerusalem dates.",
    subcommands = {DateCommand.Parse.class, DateCommand.Format.class})
final class DateCommand implements Runnable {
  @ParentCommand NewskitCommand root;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing subcommand: parse or format");
  }

  static Instant instant(String text, String option) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeException e) {
      try {
        return Instant.parse(text);
      } catch (DateTimeException e2) {
        throw new BadInputException(option + ": not an ISO-8601 instant with offset: '" + text + "'");
      }
    }
  }

  static ZoneId zone(String text) {
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      throw new BadInputException("--zone: unknown time zone '" + text + "'");
    }
  }

  /** {@code newskit date parse}. */
  @Command(name = "parse", mixinStandardHelpOptions = true,
      description = "Parse date texts (Hebrew, numeric, English, relative, Hebrew calendar, ISO) into ISO-8601, "
          + "one result per line: 2026-04-10T07:15:00+03:00, or 2026-04-10 for a date without time.")
  static final class Parse implements java.util.concurrent.Callable<Integer> {
    @ParentCommand DateCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--now", paramLabel = "ISO", description = "Reference instant for relative texts (default: now).")
    String now;

    @Option(names = "--zone", paramLabel = "ZONE", description = "Zone for local times (default: Asia/Jerusalem).")
    String zone;

    @Option(names = "--strict", description = "Reject readable but inconsistent texts, such as a wrong day of week.")
    boolean strict;

    @Option(names = "--jsonl", description = "Read {\"text\": ..., \"now\": ...} per line from stdin; "
        + "write {\"value\": ...} or {\"error\": ...} per line.")
    boolean jsonl;

    @Parameters(paramLabel = "TEXT", arity = "0..*", description = "Date texts to parse.")
    List<String> texts = new ArrayList<>();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      DateTextParser parser = DateTextParser.installed();
      DateContext base = context(now == null ? Instant.now() : instant(now, "--now"));
      if (jsonl) {
        int failed = JsonLines.process(parent.root.stdin(), out, line -> parseLine(parser, base, line));
        return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
      }
      if (texts.isEmpty()) throw new BadInputException("no TEXT given (or use --jsonl)");
      for (String text : texts) {
        try {
          out.println(parser.parse(text, base).toIsoString());
        } catch (DateParseException e) {
          throw new BadInputException(e.getMessage(), e);
        }
      }
      return ExitCodes.OK;
    }

    private DateContext context(Instant reference) {
      DateContext c = new DateContext(reference, Optional.empty(), List.of(), strict);
      return zone == null ? c : c.withZone(DateCommand.zone(zone));
    }

    private JsonNode parseLine(DateTextParser parser, DateContext base, JsonNode line) {
      JsonNode text = line.get("text");
      if (text == null || !text.isString()) return JsonLines.error("missing \"text\" string");
      try {
        DateContext c = line.hasNonNull("now") ? base.withReference(instant(line.get("now").asString(), "now")) : base;
        return JsonLines.value(parser.parse(text.asString(), c).toIsoString());
      } catch (DateParseException | BadInputException e) {
        return JsonLines.error(e.getMessage());
      }
    }
  }

  /** {@code newskit date format}. */
  @Command(name = "format", mixinStandardHelpOptions = true,
      description = "Format instants in Hebrew. Styles: the presets of HebrewDateFormatter (full, long, medium, "
          + "short, time24, time12, datetime, datetime-zone, datetime-offset, dateline, hebrew, hebrew-full) and "
          + "relative (against --now).")
  static final class Format implements java.util.concurrent.Callable<Integer> {
    @ParentCommand DateCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--style", paramLabel = "STYLE", defaultValue = "full", description = "Style (default: full).")
    String style;

    @Option(names = "--now", paramLabel = "ISO", description = "Reference instant for the relative style.")
    String now;

    @Option(names = "--zone", paramLabel = "ZONE", description = "Zone to print in (default: Asia/Jerusalem).")
    String zone;

    @Option(names = "--jsonl", description = "Read {\"instant\": ..., \"style\": ...} per line from stdin.")
    boolean jsonl;

    @Parameters(paramLabel = "INSTANT", arity = "0..*", description = "ISO-8601 instants, such as 2026-04-10T04:15:00Z.")
    List<String> instants = new ArrayList<>();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      ZoneId z = zone == null ? JerusalemTime.ZONE : DateCommand.zone(zone);
      Instant reference = now == null ? Instant.now() : instant(now, "--now");
      if (jsonl) {
        int failed = JsonLines.process(parent.root.stdin(), out, line -> {
          try {
            JsonNode i = line.get("instant");
            if (i == null || !i.isString()) return JsonLines.error("missing \"instant\" string");
            String s = line.hasNonNull("style") ? line.get("style").asString() : style;
            return JsonLines.value(format(instant(i.asString(), "instant"), s, z, reference));
          } catch (BadInputException e) {
            return JsonLines.error(e.getMessage());
          }
        });
        return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
      }
      if (instants.isEmpty()) throw new BadInputException("no INSTANT given (or use --jsonl)");
      for (String i : instants) out.println(format(instant(i, "INSTANT"), style, z, reference));
      return ExitCodes.OK;
    }

    static String format(Instant instant, String style, ZoneId zone, Instant reference) {
      if (style.equalsIgnoreCase("relative")) return HebrewRelativeTime.format(instant, reference, zone);
      try {
        return HebrewDateFormatter.preset(style).withZone(zone).format(instant);
      } catch (IllegalArgumentException e) {
        throw new BadInputException("--style: " + e.getMessage() + " (or relative)");
      }
    }
  }
}
