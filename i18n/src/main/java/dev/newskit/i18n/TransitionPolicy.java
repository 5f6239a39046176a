package dev.newskit.i18n;

/**
 * What to do with a local time that a daylight-saving change makes ambiguous (autumn, when an hour
 * happens twice) or impossible (spring, when an hour is skipped).
 */
public enum TransitionPolicy {
  /**
   * In an overlap, the earlier of the two instants (still on summer time); in a gap, the instant just
   * before the clocks jumped, expressed in the new offset (02:30 becomes 03:30).
   */
  EARLIER,
  /** In an overlap, the later instant (on winter time); in a gap, the same as {@link #EARLIER}. */
  LATER,
  /** Neither: throws a {@link java.time.DateTimeException} that says what happened at that time. */
  STRICT
}
