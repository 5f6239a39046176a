/**
 * Hebrew date and time for news: {@link dev.newskit.i18n.JerusalemTime} for the zone and its DST
 * transitions, {@link dev.newskit.i18n.HebrewDateFormatter} for printing, {@link
 * dev.newskit.i18n.HebrewDateParser} for reading (and {@link dev.newskit.i18n.ArabicDateParser} for the dates of
 * Arabic and Persian pages), {@link dev.newskit.i18n.HebrewNumerals} for
 * gematria, {@link dev.newskit.i18n.HebrewRelativeTime} for "two hours ago" and {@link
 * dev.newskit.i18n.BidiText} for mixed-direction strings, {@link dev.newskit.i18n.HebrewHoliday}
 * and {@link dev.newskit.i18n.Parsha} for the holidays and the weekly Torah portion. Every public
 * type is immutable and thread-safe, and nothing public takes or returns {@code null} unless marked
 * {@code @Nullable}: a {@code null} argument throws {@link java.lang.NullPointerException} naming the parameter, as
 * in every newskit module.
 */
@NullMarked
package dev.newskit.i18n;

import org.jspecify.annotations.NullMarked;
