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
 * seen from another zone: the printed day is kept, so the page's own day is not shifted. When the day
 * printed under the headline differs from the voted one, a declared date of the printed day wins, and the
 * printed day beats dates declared only in generic {@code meta} tags.
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
      if (header.isPresent() && !header.get().date().equals(v.value().date())) {
        // The day printed under the headline is the one readers see: a declared date of that day wins
        // (read day-first or month-first, as the page's other dates settle it) …
        for (Sourced<ParsedDate> d : declared) {
          if (d.value().date().equals(header.get().date()) || swapped(header.get()).filter(d.value().date()::equals).isPresent()) {
            return Optional.of(d);
          }
        }
        // … and over a generic meta "date" alone, often the day of the last edit or of the page's build.
        if (declared.stream().allMatch(d -> d.source() == FieldSource.META)) {
          return Optional.of(new Sourced<>(header.get(), FieldSource.VISIBLE_TEXT));
        }
      }
      if (inUrl.isPresent() && utcDayShift(v.value(), inUrl.get()) && !printed.isPresent()) {
        return Optional.of(new Sourced<>(inUrl.get(), FieldSource.CALLER));
      }
      return voted;
    }
    if (printed.isPresent()) return printed;
    if (inUrl.isPresent()) return inUrl.map(d -> new Sourced<>(d, FieldSource.CALLER));
    return inText.get().map(d -> new Sourced<>(d, FieldSource.VISIBLE_TEXT));
  }

  /** The date with day and month swapped, when both are 12 or under and differ: the other reading of 08/11/2023. */
  private static Optional<java.time.LocalDate> swapped(ParsedDate d) {
    int day = d.date().getDayOfMonth();
    int month = d.date().getMonthValue();
    if (day > 12 || day == month) return Optional.empty();
    return Optional.of(java.time.LocalDate.of(d.date().getYear(), day, month));
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
