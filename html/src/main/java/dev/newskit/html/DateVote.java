package dev.newskit.html;

import dev.newskit.core.ParsedDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the publication date among those a page gives. Sources usually agree; when they do not,
 * the instant most of them name wins, the date printed on the page counting as one voice, and ties go
 * to the most trusted source. This catches the common fault of a feed or JSON-LD block that labels
 * local time as UTC, which no single source reveals. A date printed with a time also refines a
 * declared date that has only the day.
 */
final class DateVote {
  private DateVote() {}

  static Optional<Sourced<ParsedDate>> choose(List<Sourced<ParsedDate>> declared, Optional<Sourced<ParsedDate>> printed) {
    return choose(declared, printed, null);
  }

  /** A date the vote weighed, whether it won, and why it won or lost, in a short English phrase. */
  record Weighed(Sourced<ParsedDate> date, boolean won, String note) {}

  /** Like {@link #choose(List, Optional)}, adding to {@code weighed}, when given, how each candidate fared. */
  static Optional<Sourced<ParsedDate>> choose(List<Sourced<ParsedDate>> declared, Optional<Sourced<ParsedDate>> printed,
      @Nullable List<Weighed> weighed) {
    List<Sourced<ParsedDate>> all = new ArrayList<>(declared);
    // A printed time refines declared days only when it is on one of them: else it is another date.
    printed.filter(p -> declared.stream().allMatch(d -> d.value().precision() != ParsedDate.Precision.DAY)
        || declared.stream().anyMatch(d -> d.value().precision() == ParsedDate.Precision.DAY && d.value().date().equals(p.value().date())))
        .ifPresent(all::add);
    if (all.isEmpty()) return Optional.empty();
    Sourced<ParsedDate> best = null;
    int bestVotes = 0;
    int[] votesOf = new int[all.size()];
    for (int i = 0; i < all.size(); i++) {
      Sourced<ParsedDate> candidate = all.get(i);
      if (candidate.value().precision() == ParsedDate.Precision.DAY) continue;
      int votes = 0;
      for (Sourced<ParsedDate> other : all) {
        if (other.value().precision() != ParsedDate.Precision.DAY && sameMinute(candidate.value(), other.value())) votes++;
      }
      votesOf[i] = votes;
      if (votes > bestVotes || (votes == bestVotes && best != null && mislabelledUtc(best.value(), candidate.value()))) {
        best = candidate;
        bestVotes = votes;
      }
    }
    Sourced<ParsedDate> chosen = best != null ? best : all.get(0); // only days: the most trusted one
    for (int i = 0; i < all.size() && weighed != null; i++) {
      Sourced<ParsedDate> c = all.get(i);
      weighed.add(new Weighed(c, c == chosen, note(c, votesOf[i], chosen, bestVotes, best != null)));
    }
    return Optional.of(chosen);
  }

  /** Why {@code c}, with {@code votes} sources naming its minute, won or lost against {@code chosen}. */
  private static String note(Sourced<ParsedDate> c, int votes, Sourced<ParsedDate> chosen, int chosenVotes, boolean timed) {
    if (!timed) return c == chosen ? "only days given; the most trusted source" : "only days given; a less trusted source";
    if (c == chosen) return "named by " + sources(votes);
    if (c.value().precision() == ParsedDate.Precision.DAY) return "gives the day only";
    if (sameMinute(c.value(), chosen.value())) return "agrees with the chosen date";
    if (votes < chosenVotes) return "named by " + sources(votes) + ", the chosen date by " + chosenVotes;
    if (mislabelledUtc(c.value(), chosen.value())) {
      // A time printed without an offset is weighed as if it were UTC: it was not labelled so.
      if (PageDates.pageTime(c.value()).offset().isPresent()) return "local time labelled UTC";
      boolean sameClock = c.value().localDateTime().truncatedTo(ChronoUnit.MINUTES)
          .equals(chosen.value().localDateTime().truncatedTo(ChronoUnit.MINUTES));
      return sameClock ? "the chosen date's wall-clock time, printed without an offset" : "printed without an offset, beside a date with one";
    }
    return "as many sources, but a less trusted one";
  }

  /**
   * Whether {@code utc}, labelled UTC, looks like a mislabelled local time beside {@code local}: they
   * differ by exactly the local offset (or twice it). Values with a real local offset are rarely wrong
   * in this way.
   */
  private static boolean mislabelledUtc(ParsedDate utc, ParsedDate local) {
    int offset = local.dateTime().getOffset().getTotalSeconds();
    if (utc.dateTime().getOffset().getTotalSeconds() != 0 || offset == 0) return false;
    long diff = Math.abs(utc.dateTime().toEpochSecond() - local.dateTime().toEpochSecond());
    // Off by the offset, or by twice it when the writer applied it in the wrong direction.
    return Math.abs(diff - Math.abs(offset)) < 60 || Math.abs(diff - 2L * Math.abs(offset)) < 60;
  }

  private static String sources(int n) {
    return n == 1 ? "1 source" : n + " sources";
  }

  private static boolean sameMinute(ParsedDate a, ParsedDate b) {
    return Math.abs(a.dateTime().toEpochSecond() - b.dateTime().toEpochSecond()) < 60;
  }
}
