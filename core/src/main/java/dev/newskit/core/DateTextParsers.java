package dev.newskit.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Tries several parsers in order and reports the failure that read furthest into the text. */
final class DateTextParsers implements DateTextParser {
  private final List<DateTextParser> parsers;

  DateTextParsers(List<DateTextParser> parsers) {
    this.parsers = List.copyOf(parsers);
  }

  static DateTextParser discover() {
    List<DateTextParser> found = new ArrayList<>();
    ServiceLoader<DateTextParser> loader =
        ServiceLoader.load(DateTextParser.class, DateTextParser.class.getClassLoader());
    try {
      for (DateTextParser parser : loader) {
        if (!(parser instanceof IsoDateTextParser)) found.add(parser);
      }
    } catch (ServiceConfigurationError e) {
      throw new IllegalStateException("a DateTextParser service could not be loaded: " + e.getMessage(), e);
    }
    found.add(IsoDateTextParser.INSTANCE);
    return found.size() == 1 ? found.get(0) : new DateTextParsers(found);
  }

  @Override
  public ParsedDate parse(String text, DateContext context) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(context, "context");
    DateParseException furthest = null;
    for (DateTextParser parser : parsers) {
      try {
        return parser.parse(text, context);
      } catch (DateParseException e) {
        if (furthest == null || e.index() > furthest.index()) furthest = e;
      }
    }
    throw furthest;
  }

  /** Every parser's finds, in text order; where two overlap, the one of the parser tried first is kept. */
  @Override
  public List<FoundDate> find(String text, DateContext context) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(context, "context");
    List<FoundDate> kept = new ArrayList<>();
    for (DateTextParser parser : parsers) {
      for (FoundDate found : parser.find(text, context)) {
        boolean overlaps = false;
        for (FoundDate k : kept) overlaps |= found.start() < k.end() && k.start() < found.end();
        if (!overlaps) kept.add(found);
      }
    }
    kept.sort(java.util.Comparator.comparingInt(FoundDate::start));
    return List.copyOf(kept);
  }

  @Override
  public String toString() {
    return "DateTextParsers" + parsers;
  }
}
