package dev.newskit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newskit.core.FieldSource;
import dev.newskit.core.ParsedDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateVoteTest {
  private static Sourced<ParsedDate> date(String iso, FieldSource source) {
    return new Sourced<>(new ParsedDate(OffsetDateTime.parse(iso), ParsedDate.Precision.SECOND, Optional.empty()), source);
  }

  @Test
  void theMostTrustedWinsWhenAllAgree() {
    var chosen = DateVote.choose(List.of(date("2026-04-10T07:15:00+03:00", FieldSource.JSON_LD),
        date("2026-04-10T04:15:00Z", FieldSource.OPEN_GRAPH)), Optional.empty());
    assertEquals(FieldSource.JSON_LD, chosen.orElseThrow().source());
  }

  @Test
  void theMajorityWinsOverTheMostTrusted() {
    var chosen = DateVote.choose(List.of(date("2020-05-22T18:08:48Z", FieldSource.JSON_LD),
        date("2020-05-22T15:08:00+03:00", FieldSource.OPEN_GRAPH)),
        Optional.of(date("2020-05-22T15:08:30+03:00", FieldSource.VISIBLE_TEXT)));
    assertEquals(FieldSource.OPEN_GRAPH, chosen.orElseThrow().source());
  }

  @Test
  void aUtcLabelOffByTheLocalOffsetLosesATie() {
    // ynet 2020: JSON-LD carries local time shifted and labelled Z; OpenGraph has the real local time.
    var chosen = DateVote.choose(List.of(date("2020-05-22T18:08:48Z", FieldSource.JSON_LD),
        date("2020-05-22T15:08:00+03:00", FieldSource.OPEN_GRAPH)), Optional.empty());
    assertEquals("2020-05-22T15:08+03:00", chosen.orElseThrow().value().dateTime().toString());
  }

  @Test
  void nothingGivesNothing() {
    assertEquals(Optional.empty(), DateVote.choose(List.of(), Optional.empty()));
  }
}
