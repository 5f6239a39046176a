package dev.newskit.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HebrewRelativeTimeTest {
  /** Friday 10 April 2026, 18:00 in Jerusalem. */
  static final Instant NOW = Instant.parse("2026-04-10T15:00:00Z");

  @ParameterizedTest
  @CsvSource({
      "-PT20S, עכשיו", "-PT1M, לפני דקה", "-PT2M, לפני שתי דקות", "-PT5M, לפני 5 דקות", "-PT1H, לפני שעה",
      "-PT2H, לפני שעתיים", "-PT3H, לפני 3 שעות", "-PT28H, אתמול ב־14:00", "-PT48H, לפני יומיים",
      "-PT72H, לפני 3 ימים", "-P7D, לפני שבוע", "-P14D, לפני שבועיים", "-P21D, לפני 3 שבועות",
      "-P40D, לפני חודש", "-P70D, לפני חודשיים", "-P400D, לפני שנה", "-P800D, לפני שנתיים", "-P1200D, לפני 3 שנים",
      "PT5M, בעוד 5 דקות", "PT2H, בעוד שעתיים", "PT20H, מחר ב־14:00", "P14D, בעוד שבועיים",
  })
  void dualFormsAndCounts(String offset, String expected) {
    assertEquals(expected, HebrewRelativeTime.format(NOW.plus(Duration.parse(offset)), NOW));
  }
}
