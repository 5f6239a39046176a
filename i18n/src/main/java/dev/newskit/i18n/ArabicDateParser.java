package dev.newskit.i18n;

import dev.newskit.core.DateContext;
import dev.newskit.core.DateParseException;
import dev.newskit.core.DateTextParser;
import dev.newskit.core.FoundDate;
import dev.newskit.core.ParsedDate;
import java.util.List;
import java.util.Objects;

/**
 * Reads the dates that Arabic and Persian news pages print. No zone or offset is assumed: Arabic is written in
 * many zones, so a printed time stays a local time unless the text or the context gives its zone.
 *
 * <p>Accepted forms, with the digits ASCII, Arabic-Indic ({@code ٠–٩}) or Persian ({@code ۰–۹}), and with
 * the words that label a date around them ({@code تم نشره}, {@code نشر في}, {@code بتاريخ}, {@code الساعة},
 * {@code آخر تحديث}, {@code تاریخ انتشار}):
 * <ul>
 *   <li>Gregorian dates with the month names of Egypt and the Gulf ({@code أكتوبر}, {@code يونيه}), of the Levant
 *       and Iraq ({@code تشرين الأول}, {@code نيسان}) and of the Maghreb ({@code أفريل}), or two of them for one
 *       month ({@code نيسان / أبريل}): {@code الأربعاء، 07 أكتوبر 2020 - 12:09 م},
 *       {@code الجمعة 24 نيسان / أبريل 2020 09:22 مساءً}; a weekday name before the date; {@code م} after
 *       the year (AD);</li>
 *   <li>Solar Hijri dates, converted to the Gregorian day with ICU4J: {@code 2 تیر 1399 - 12:09:08 ب.ظ};</li>
 *   <li>am and pm after a time: {@code ص}, {@code صباحاً}, {@code ق.ظ}; {@code م}, {@code مساءً},
 *       {@code ب.ظ}; {@code ظهراً} (noon);</li>
 *   <li>relative forms counted from the context's reference instant: {@code منذ 3 ساعات}, {@code منذ ساعتين} (the dual
 *       is two), {@code منذ ساعة}, {@code قبل 5 دقائق}, {@code ۳ ساعت پیش}, {@code یک ساعت پیش}, and {@code أمس},
 *       {@code دیروز}, {@code امروز}, {@code اليوم} (today only before a time or alone: before a date it is a label)
 *       with or without a time; {@code غداً} and {@code فردا} (tomorrow) are not read, nor is a time beside them;</li>
 *   <li>year-less Gregorian dates and a time alone, as {@link HebrewDateParser} reads them; {@link #find} takes a month
 *       name only with its year, since a month name alone is also an everyday word ({@code أب}, father, as {@code آب},
 *       August).</li>
 * </ul>
 *
 * <p>Islamic (Hijri) dates are not read: a year marked {@code هـ} is refused. {@link #parse} and {@link #find}
 * answer only texts that hold Arabic-script letters or digits; others are left to the other parsers.
 * Immutable and thread-safe; found by {@link java.util.ServiceLoader} as a {@link DateTextParser}.
 */
public final class ArabicDateParser implements DateTextParser {
  /** Creates the parser; it holds no state, so one instance can serve every thread. */
  public ArabicDateParser() {}

  @Override
  public ParsedDate parse(String text, DateContext context) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(context, "context");
    DateReader.checkLength(text);
    int at = firstArabic(text);
    if (at < 0) throw new DateParseException(text, 0, "no Arabic-script text");
    return DateResolver.resolve(DateReader.read(text, DateTokenizer.tokenize(text, true)), context);
  }

  /**
   * The dates inside {@code text}, in order, each with its precision and its span; an empty list when the text has
   * no Arabic-script letter or digit.
   *
   * @throws DateParseException when the text is longer than 1,000,000 characters
   */
  @Override
  public List<FoundDate> find(String text, DateContext context) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(context, "context");
    DateFinder.checkLength(text);
    if (firstArabic(text) < 0) return List.of();
    return DateFinder.find(text, context, true);
  }

  /** The index of the first Arabic-script letter or digit in {@code text}, or -1. */
  private static int firstArabic(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u0600' && c <= '\u06FF') return i;
    }
    return -1;
  }

  @Override
  public String toString() {
    return "ArabicDateParser";
  }
}
