package dev.newskit.i18n;

import dev.newskit.core.DateContext;
import dev.newskit.core.DateParseException;
import dev.newskit.core.DateTextParser;
import dev.newskit.core.FoundDate;
import dev.newskit.core.ParsedDate;
import java.util.List;
import java.util.Objects;

/**
 * A {@link DateTextParser} for the dates that Hebrew news pages print: {@link #parse} reads a text that is one date,
 * strictly; {@link #find} finds the dates inside a longer text (a label, a byline, a paragraph) with their spans.
 *
 * <p>Zones: a date is read in the context's zone and, where the context names none, in Asia/Jerusalem when the text
 * is evidence for it: Hebrew letters, or digits alone ({@code 10.04.26 07:15}) in a context that reads the text as
 * Hebrew. Other text stays local: digits in another context, an ISO-8601 text or a day in ISO's order
 * ({@code 2026-4-10}) in any context, and English text, whose printed time stays local while "3 hours ago" is the
 * exact instant at UTC's offset.
 *
 * <p>Accepted forms, in any order of date and time and with common separators and words around them
 * ({@code עודכן}, {@code פורסם}, {@code בשעה}, {@code |}):
 * <ul>
 *   <li>Hebrew Gregorian dates: {@code ו 10 אפר 2026 7:15 am - שעון ירושלים}, {@code יום ו׳},
 *       {@code רביעי, 3 ביוני 2026} (weekday names with or without {@code יום}), full and abbreviated
 *       month names with or without the {@code ב} or {@code ל} prefix, month before day
 *       ({@code יוני 3 2026}), geresh as ׳ {@code '} or {@code ’}, {@code am/pm},
 *       {@code לפנה״צ/אחה״צ}, hours in words ({@code 8 בערב}, {@code 5 לפנות בוקר},
 *       {@code 12 בצהריים}, {@code 11 בלילה}), 24-hour times, and the zones {@code שעון ירושלים},
 *       {@code שעון ישראל}, ICU's {@code שעון ישראל (קיץ)} / {@code (חורף)}, {@code IDT},
 *       {@code IST}, {@code GMT+3} (with or without ICU's LRM marks), {@code UTC+02:00} or an offset.
 *       Everything ICU4J's {@code DateFormat} prints for {@code he_IL}, in every style, reads back;</li>
 *   <li>year-less dates ({@code 3 ביוני}: the reference year, or the one before when that would be
 *       more than {@value DateResolver#FUTURE_SLACK_DAYS} days after the reference day) and a time
 *       alone ({@code 14:05}: the reference day);</li>
 *   <li>numeric day-first dates: {@code 10/4/2026}, {@code 10.4.26}, {@code 10.04.2026 07:15};</li>
 *   <li>English dates on the same pages: {@code April 10, 2026 7:15 am}, {@code 10 Apr 2026};</li>
 *   <li>relative forms against the context's reference instant (never the wall clock):
 *       {@code לפני 5 דקות}, {@code לפני 5 דק׳}, {@code לפני שעתיים}, ICU's {@code לפני שעתיים (2)},
 *       {@code לפני כ־10 דקות}, {@code לפני כשעתיים}, {@code לפני בערך שעה}, {@code בעוד}/{@code עוד},
 *       {@code אתמול}, {@code שלשום}, {@code היום ב-10:00}, {@code 3 hours ago}; {@code עכשיו},
 *       {@code זה עתה}, {@code לפני רגע} (now, to the second); {@code לפני מספר שניות},
 *       {@code לפני פחות מדקה} (now, to the minute). A plural unit without a number
 *       ({@code לפני שעות}) is too vague and refused, and so is an amount in weeks, months or years
 *       ({@code לפני 3 חודשים}, {@code 1 week ago}), which names no day;</li>
 *   <li>the same relative forms in the languages of the web ({@code RelativeWords}): {@code vor 3 Stunden},
 *       {@code hace un día}, {@code il y a une heure}, {@code un'ora fa}, {@code há 3 horas}, {@code 3 uur geleden},
 *       {@code godzinę temu}, {@code 3 часа назад}, {@code 3小时前}, {@code 3時間前}, an amount in several units
 *       ({@code 1 hour 14 minutes ago}, their sum), and day words with or without a time ({@code gestern 18:00},
 *       {@code вчера, 18:30}, {@code hier à 18h30}, {@code 昨天 18:30}); the French {@code hier} only where the context
 *       names no language or French. A time beside a word for tomorrow, or beside a weekday or month name of those
 *       languages in full, short or abbreviated with a dot ({@code morgen 18:00}, {@code Dienstag 18:00},
 *       {@code Di., 18:00}, {@code am 3. März um 18:00}), is refused: which day it is, is not read;</li>
 *   <li>Hebrew-calendar dates: {@code כ״ג בניסן תשפ״ו}, gershayim as ״, {@code "} or left out
 *       ({@code יד אדר תשפז}), the thousands as {@code ה׳ תשפ״ז} or {@code התשפ״ז}; beside a Gregorian
 *       date ({@code 25 בדצמבר 2026 / ה׳ בטבת התשפ״ז}) the two must agree;</li>
 *   <li>ISO-8601 and RFC 1123, through core's parser.</li>
 * </ul>
 *
 * <p>What is not a real date is rejected with a {@link DateParseException} that gives the index of
 * the offending part: {@code 31 בפברואר 2026}, {@code ל״ב באדר}, a weekday that contradicts the date
 * (in strict mode; in lenient mode too when the year is a guess, two digits or none), empty text. A time that a DST change skips is moved forward in lenient mode and
 * rejected in strict mode; a time that happens twice resolves to the earlier instant in lenient mode
 * and is rejected in strict mode. Immutable and thread-safe; found by {@link java.util.ServiceLoader}
 * as a {@link DateTextParser}.
 */
public final class HebrewDateParser implements DateTextParser {
  /** Creates the parser; it holds no state, so one instance can serve every thread. */
  public HebrewDateParser() {}

  @Override
  public ParsedDate parse(String text, DateContext context) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(context, "context");
    if (text.isBlank()) throw new DateParseException(text, 0, "empty text");
    DateReader.checkLength(text);
    String trimmed = text.strip();
    if (trimmed.length() >= 10 && Character.isDigit(trimmed.charAt(0)) && trimmed.charAt(4) == '-'
        && Character.isDigit(trimmed.charAt(3))) {
      return DateTextParser.iso().parse(text, context);
    }
    return DateResolver.resolve(DateReader.read(text, DateTokenizer.tokenize(text)), context);
  }

  /**
   * The dates inside {@code text}, in order, each with its precision and its span: {@code עודכן
   * לאחרונה: 10.04.26 07:15} gives one date spanning {@code 10.04.26 07:15}; a paragraph gives every
   * date it prints. Words that only surround a date ({@code עודכן}, {@code בשעה}) are left out of the
   * span; a relative day word alone ({@code היום}) is taken as prose.
   *
   * @throws DateParseException when the text is longer than 1,000,000 characters
   */
  @Override
  public List<FoundDate> find(String text, DateContext context) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(context, "context");
    DateFinder.checkLength(text);
    return DateFinder.find(text, context);
  }

  @Override
  public String toString() {
    return "HebrewDateParser";
  }
}
