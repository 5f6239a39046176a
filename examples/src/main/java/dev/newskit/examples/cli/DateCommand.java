package dev.newskit.examples.cli;

import dev.newskit.core.DateContext;
import dev.newskit.core.DateParseException;
import dev.newskit.core.DateTextParser;
import dev.newskit.examples.dates.DateStyles;
import dev.newskit.i18n.JerusalemTime;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.JsonNode;

/** {@code newskit date parse|format}: read and print the dates Hebrew news pages use. */
@Command(name = "date", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Parse or format Hebrew and Jerusalem dates.",
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
  @Command(name = "parse", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
      description = "Parse date texts (Hebrew, numeric, English, relative, Hebrew calendar, ISO) into ISO-8601, "
          + "one result per line: 2026-04-10T07:15:00+03:00, or 2026-04-10 for a date without time.")
  static final class Parse implements java.util.concurrent.Callable<Integer> {
    @ParentCommand DateCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--now", paramLabel = "ISO", description = "Reference instant for relative texts (default: now).")
    @Nullable String now;

    @Option(names = "--zone", paramLabel = "ZONE", description = "Zone for local times (default: Asia/Jerusalem for Hebrew text; none for other text, numeric dates included).")
    @Nullable String zone;

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
  @Command(name = "format", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
      description = "Format instants in Hebrew. Styles: CLDR's as ICU prints them for he_IL (date-full, date-long, "
          + "date-medium, date-short, time-short, time-medium, datetime-full, datetime-long, datetime-medium, "
          + "datetime-short, zone-generic-long, zone-specific-long); the Hebrew calendar (hebrew-date-full, "
          + "hebrew-date-long, hebrew-date-long-with-thousands, hebrew-date-kosherjava, hebrew-year, "
          + "hebrew-year-with-thousands); hebrew-numeral (formats --number); relative, relative-numeric, "
          + "relative-auto and calendar (against --now); holiday (Israel's calendar; empty when none); parsha (the weekly Torah portion of the "
          + "date's week in Israel, read on it or the coming Shabbat; empty when that Shabbat reads a festival's); pattern (--pattern, CLDR syntax or {field} braces); and "
          + "the presets full, long, medium, short, time24, time12, datetime, datetime-zone, datetime-offset, "
          + "dateline, hebrew, hebrew-full.")
  static final class Format implements java.util.concurrent.Callable<Integer> {
    @ParentCommand DateCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--style", paramLabel = "STYLE", defaultValue = "full", description = "Style (default: full).")
    String style;

    @Option(names = "--now", paramLabel = "ISO", description = "Reference instant for the relative styles.")
    @Nullable String now;

    @Option(names = "--zone", paramLabel = "ZONE", description = "Zone to print in (default: Asia/Jerusalem).")
    @Nullable String zone;

    @Option(names = "--pattern", paramLabel = "PATTERN",
        description = "Pattern for --style pattern: CLDR syntax (d בMMMM y HH:mm) or braces ({d} ב{month} {yyyy}).")
    @Nullable String pattern;

    @Option(names = "--number", paramLabel = "N", description = "The number for --style hebrew-numeral.")
    @Nullable Long number;

    @Option(names = "--jsonl", description = "Read {\"instant\", \"style\", \"pattern\", \"now\", \"number\"} "
        + "per line from stdin; write {\"value\": ...} or {\"error\": ...} per line.")
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
            String s = line.hasNonNull("style") ? line.get("style").asString() : style;
            String p = line.hasNonNull("pattern") ? line.get("pattern").asString() : pattern;
            Long n = number;
            if (line.hasNonNull("number")) {
              if (!line.get("number").canConvertToLong()) return JsonLines.error("\"number\" is not an integer");
              n = line.get("number").asLong();
            }
            Instant r = line.hasNonNull("now") ? instant(line.get("now").asString(), "now") : reference;
            JsonNode i = line.get("instant");
            if (s.equalsIgnoreCase("hebrew-numeral")) return JsonLines.value(format(null, s, p, n, z, r));
            if (i == null || !i.isString()) return JsonLines.error("missing \"instant\" string");
            return JsonLines.value(format(instant(i.asString(), "instant"), s, p, n, z, r));
          } catch (BadInputException e) {
            return JsonLines.error(e.getMessage());
          }
        });
        return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
      }
      if (style.equalsIgnoreCase("hebrew-numeral")) {
        out.println(format(null, style, pattern, number, z, reference));
        return ExitCodes.OK;
      }
      if (instants.isEmpty()) throw new BadInputException("no INSTANT given (or use --jsonl)");
      for (String i : instants) out.println(format(instant(i, "INSTANT"), style, pattern, number, z, reference));
      return ExitCodes.OK;
    }

    /** {@link DateStyles#format}, a value it cannot use being bad input that names its flag. */
    static String format(Instant instant, String style, @Nullable String pattern, @Nullable Long number, ZoneId zone,
        Instant reference) {
      try {
        return DateStyles.format(instant, style, pattern, number, zone, reference);
      } catch (DateStyles.BadValue e) {
        throw new BadInputException("--" + e.field() + ": " + e.getMessage());
      }
    }
  }
}
