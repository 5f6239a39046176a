package dev.newskit.html;

import dev.newskit.core.FieldSource;
import dev.newskit.core.ParsedDate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Chooses an article's publication date, layer by layer as htmldate does: the dates the page declares
 * (voted on by {@link DateVote}, the date printed near the headline counting as one voice), else the
 * date printed near the headline, else one printed in a date element, else the day in the URL's path.
 * A declared UTC timestamp whose day differs by one from the day the page prints is the same moment
 * seen from another zone: the printed day is kept, so the page's own day is not shifted.
 */
final class DateChooser {
  private DateChooser() {}

  static Optional<Sourced<ParsedDate>> choose(List<Sourced<ParsedDate>> declared, Optional<ParsedDate> header,
      Optional<ParsedDate> dateElement, Optional<ParsedDate> inUrl, java.util.function.Supplier<Optional<ParsedDate>> inText) {
    return choose(declared, header, dateElement, inUrl, inText, ExtractionRecorder.NONE);
  }

  /** Like the method above, telling {@code recorder} how the declared and printed dates were weighed. */
  static Optional<Sourced<ParsedDate>> choose(List<Sourced<ParsedDate>> declared, Optional<ParsedDate> header,
      Optional<ParsedDate> dateElement, Optional<ParsedDate> inUrl, java.util.function.Supplier<Optional<ParsedDate>> inText,
      ExtractionRecorder recorder) {
    Optional<Sourced<ParsedDate>> printed = header.or(() -> dateElement).map(d -> new Sourced<>(d, FieldSource.VISIBLE_TEXT));
    Optional<Sourced<ParsedDate>> voted = DateVote.choose(declared, header.map(d -> new Sourced<>(d, FieldSource.VISIBLE_TEXT)), recorder);
    if (voted.isPresent()) {
      Sourced<ParsedDate> v = voted.get();
      if (printed.isPresent() && utcDayShift(v.value(), printed.get().value())) return printed;
      if (inUrl.isPresent() && utcDayShift(v.value(), inUrl.get()) && !printed.isPresent()) {
        return Optional.of(new Sourced<>(inUrl.get(), FieldSource.CALLER));
      }
      return voted;
    }
    if (printed.isPresent()) return printed;
    if (inUrl.isPresent()) return inUrl.map(d -> new Sourced<>(d, FieldSource.CALLER));
    return inText.get().map(d -> new Sourced<>(d, FieldSource.VISIBLE_TEXT));
  }

  /**
   * Whether {@code declared}, a time labelled UTC, falls within a day of {@code printed} but on another
   * calendar day: the page's own zone would put it on the printed day.
   */
  private static boolean utcDayShift(ParsedDate declared, ParsedDate printed) {
    if (declared.precision() == ParsedDate.Precision.DAY || declared.dateTime().getOffset().getTotalSeconds() != 0) return false;
    if (declared.date().equals(printed.date())) return false;
    Duration apart = Duration.between(printed.date().atStartOfDay(), declared.dateTime().toLocalDateTime()).abs();
    return apart.compareTo(Duration.ofHours(38)) < 0 && Math.abs(declared.date().toEpochDay() - printed.date().toEpochDay()) == 1;
  }
}
