package dev.newskit.i18n;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Objects;

/**
 * Time in Israel: the {@code Asia/Jerusalem} zone and local date-times resolved with an explicit
 * {@link TransitionPolicy} across its daylight-saving changes. Thread-safe; "now" always comes from a
 * {@link Clock} the caller passes.
 */
public final class JerusalemTime {
  /** The {@code Asia/Jerusalem} zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Jerusalem");

  private JerusalemTime() {}

  /** The current time in Jerusalem according to {@code clock}. */
  public static ZonedDateTime now(Clock clock) {
    return ZonedDateTime.now(Objects.requireNonNull(clock, "clock").withZone(ZONE));
  }

  /** {@code local} in Jerusalem, resolved with {@code policy} if it falls in a DST gap or overlap. */
  public static ZonedDateTime of(LocalDateTime local, TransitionPolicy policy) {
    return resolve(local, ZONE, policy);
  }

  /**
   * {@code local} in {@code zone}, resolved with {@code policy} if it falls in a gap or overlap.
   *
   * @throws DateTimeException under {@link TransitionPolicy#STRICT} for a time that does not exist or
   *     happens twice, saying which
   */
  public static ZonedDateTime resolve(LocalDateTime local, ZoneId zone, TransitionPolicy policy) {
    Objects.requireNonNull(local, "local");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(policy, "policy");
    List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
    if (offsets.size() == 1) return ZonedDateTime.ofStrict(local, offsets.get(0), zone);
    ZoneOffsetTransition transition = zone.getRules().getTransition(local);
    if (offsets.isEmpty()) {
      if (policy == TransitionPolicy.STRICT) {
        throw new DateTimeException(local + " does not exist in " + zone + ": clocks went from "
            + transition.getDateTimeBefore().toLocalTime() + " to " + transition.getDateTimeAfter().toLocalTime());
      }
      return ZonedDateTime.ofLocal(local, zone, null);
    }
    switch (policy) {
      case EARLIER:
        return ZonedDateTime.ofLocal(local, zone, transition.getOffsetBefore());
      case LATER:
        return ZonedDateTime.ofLocal(local, zone, transition.getOffsetAfter());
      default:
        throw new DateTimeException(local + " happens twice in " + zone + " (at " + transition.getOffsetBefore()
            + " and at " + transition.getOffsetAfter() + "): clocks went back from "
            + transition.getDateTimeBefore().toLocalTime() + " to " + transition.getDateTimeAfter().toLocalTime());
    }
  }
}
