package dev.newskit.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JerusalemTimeTest {

  @Test
  void nowComesFromTheClock() {
    Clock clock = Clock.fixed(Instant.parse("2026-04-10T04:15:00Z"), ZoneOffset.UTC);
    assertEquals("2026-04-10T07:15+03:00[Asia/Jerusalem]", JerusalemTime.now(clock).toString());
  }

  /** Gaps (spring) and overlaps (autumn) of 2025 to 2027, from the tz database's rules for Israel. */
  @ParameterizedTest
  @CsvSource({
      "2025-03-28T02:30, 2025-03-28T03:30+03:00, 2025-03-28T03:30+03:00",
      "2026-03-27T02:30, 2026-03-27T03:30+03:00, 2026-03-27T03:30+03:00",
      "2027-03-26T02:30, 2027-03-26T03:30+03:00, 2027-03-26T03:30+03:00",
      "2025-10-26T01:30, 2025-10-26T01:30+03:00, 2025-10-26T01:30+02:00",
      "2026-10-25T01:30, 2026-10-25T01:30+03:00, 2026-10-25T01:30+02:00",
      "2027-10-31T01:30, 2027-10-31T01:30+03:00, 2027-10-31T01:30+02:00",
  })
  void transitionsOf2025To2027(String local, String earlier, String later) {
    LocalDateTime t = LocalDateTime.parse(local);
    assertEquals(earlier, JerusalemTime.of(t, TransitionPolicy.EARLIER).toOffsetDateTime().toString());
    assertEquals(later, JerusalemTime.of(t, TransitionPolicy.LATER).toOffsetDateTime().toString());
    DateTimeException e = assertThrows(DateTimeException.class, () -> JerusalemTime.of(t, TransitionPolicy.STRICT));
    assertTrue(e.getMessage().startsWith(local), e.getMessage());
    String why = earlier.equals(later) ? "does not exist" : "happens twice";
    assertTrue(e.getMessage().contains(why), e.getMessage());
  }

  @Test
  void ordinaryTimesAreTheSameUnderEveryPolicy() {
    LocalDateTime t = LocalDateTime.parse("2026-04-10T07:15");
    for (TransitionPolicy p : TransitionPolicy.values()) {
      assertEquals("2026-04-10T07:15+03:00", JerusalemTime.of(t, p).toOffsetDateTime().toString());
    }
  }
}
