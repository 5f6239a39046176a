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

  /**
   * Every parser's finds, in text order; where two overlap, the longer is kept (it read more of what the text printed:
   * {@code 24/04/2020 09:22 مساءً} over {@code 24/04/2020 09:22}), and of two as long, the one of the parser tried first.
   */
  @Override
  public List<FoundDate> find(String text, DateContext context) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(context, "context");
    List<FoundDate> all = new ArrayList<>();
    for (DateTextParser parser : parsers) all.addAll(parser.find(text, context));
    // a stable sort: of two as long, the earlier parser's stays first
    all.sort(java.util.Comparator.comparingInt((FoundDate f) -> f.end() - f.start()).reversed());
    List<FoundDate> kept = new ArrayList<>();
    for (FoundDate found : all) {
      boolean overlaps = false;
      for (FoundDate k : kept) overlaps |= found.start() < k.end() && k.start() < found.end();
      if (!overlaps) kept.add(found);
    }
    kept.sort(java.util.Comparator.comparingInt(FoundDate::start));
    return List.copyOf(kept);
  }

  @Override
  public String toString() {
    return "DateTextParsers" + parsers;
  }
}
