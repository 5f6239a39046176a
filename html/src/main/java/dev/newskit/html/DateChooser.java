package dev.newskit.html;

import dev.newskit.core.FieldSource;
import dev.newskit.core.ParsedDate;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

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

  /** The date the article gives as published, telling {@code recorder} every date weighed, each as the article would have it. */
  static Optional<Sourced<ParsedDate>> choose(List<Sourced<ParsedDate>> declared, Optional<ParsedDate> header,
      Optional<ParsedDate> dateElement, Optional<ParsedDate> inUrl, Supplier<Optional<ParsedDate>> inText,
      ExtractionRecorder recorder) {
    List<DateVote.Weighed> weighed = recorder == ExtractionRecorder.NONE ? null : new ArrayList<>();
    Optional<Choice> choice = pick(declared, header, dateElement, inUrl, inText, weighed);
    if (weighed != null) record(recorder, weighed, choice);
    return choice.map(Choice::date);
  }

  /** The date chosen and, when the vote among the declared dates did not choose it, why it was chosen instead. */
  private record Choice(Sourced<ParsedDate> date, Optional<String> why) {
    Choice(Sourced<ParsedDate> date, String why) {
      this(date, Optional.of(why));
    }
  }

  private static Optional<Choice> pick(List<Sourced<ParsedDate>> declared, Optional<ParsedDate> header,
      Optional<ParsedDate> dateElement, Optional<ParsedDate> inUrl, Supplier<Optional<ParsedDate>> inText,
      @Nullable List<DateVote.Weighed> weighed) {
    // One object for the header's date, so that the vote's candidate and the chosen date are told apart from others.
    Optional<Sourced<ParsedDate>> underHeadline = header.map(d -> new Sourced<>(d, FieldSource.VISIBLE_TEXT));
    Optional<Sourced<ParsedDate>> printed = underHeadline.or(() -> dateElement.map(d -> new Sourced<>(d, FieldSource.VISIBLE_TEXT)));
    Optional<Sourced<ParsedDate>> voted = DateVote.choose(declared, underHeadline, weighed);
    if (voted.isPresent()) {
      Sourced<ParsedDate> v = voted.get();
      if (printed.isPresent() && utcDayShift(v.value(), printed.get().value())) {
        return printed.map(p -> new Choice(p,
            "the day printed on the page, which a declared UTC time a day off falls on in the page's zone"));
      }
      if (header.isPresent() && !header.get().date().equals(v.value().date())) {
        // The day printed under the headline is the one readers see: a declared date of that day wins
        // (read day-first or month-first, as the page's other dates settle it) …
        for (Sourced<ParsedDate> d : declared) {
          if (d.value().date().equals(header.get().date()) || swapped(header.get()).filter(d.value().date()::equals).isPresent()) {
            return Optional.of(new Choice(d, "declared for the day printed under the headline"));
          }
        }
        // … and over a generic meta "date" alone, often the day of the last edit or of the page's build.
        if (declared.stream().allMatch(d -> d.source() == FieldSource.META)) {
          return Optional.of(new Choice(underHeadline.get(),
              "printed under the headline; only generic meta tags declare another day"));
        }
      }
      if (inUrl.isPresent() && utcDayShift(v.value(), inUrl.get()) && !printed.isPresent()) {
        return Optional.of(new Choice(new Sourced<>(inUrl.get(), FieldSource.CALLER),
            "the day in the address, which a declared UTC time a day off falls on in the page's zone"));
      }
      return Optional.of(new Choice(v, Optional.empty()));
    }
    if (printed.isPresent()) return printed.map(p -> new Choice(p, "printed in a date element; nothing else names a date"));
    if (inUrl.isPresent()) return inUrl.map(d -> new Choice(new Sourced<>(d, FieldSource.CALLER), "the day in the address"));
    return inText.get().map(d -> new Choice(new Sourced<>(d, FieldSource.VISIBLE_TEXT), "printed in the page's text"));
  }

  /**
   * Tells {@code recorder} each date the vote weighed and the chosen one, as the article has it: a day stays a day,
   * a time printed without an offset gets none. Where the vote's winner was overruled, it and the chosen date say why.
   */
  private static void record(ExtractionRecorder recorder, List<DateVote.Weighed> weighed, Optional<Choice> choice) {
    boolean told = false;
    for (DateVote.Weighed w : weighed) {
      // By identity: sources that declare the same value are candidates each.
      boolean chosen = choice.isPresent() && w.date() == choice.get().date();
      String note = w.note();
      Optional<String> why = choice.flatMap(Choice::why);
      if (why.isPresent() && chosen) note = why.get();
      if (why.isPresent() && !chosen && w.won()) note = note + "; overruled: the chosen date is " + why.get();
      told |= chosen;
      recorder.candidate("published", PageDates.pageTime(w.date().value()).toString(), w.date().source(), chosen, note);
    }
    if (!told) {
      choice.ifPresent(c -> recorder.candidate("published", PageDates.pageTime(c.date().value()).toString(), c.date().source(),
          true, c.why().orElse("")));
    }
  }

  /** The date with day and month swapped, when both are 12 or under and differ: the other reading of 08/11/2023. */
  private static Optional<LocalDate> swapped(ParsedDate d) {
    int day = d.date().getDayOfMonth();
    int month = d.date().getMonthValue();
    if (day > 12 || day == month) return Optional.empty();
    return Optional.of(LocalDate.of(d.date().getYear(), day, month));
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
