package dev.newskit.bench.jmh;

import dev.newskit.core.DateContext;
import dev.newskit.i18n.HebrewDateFormatter;
import dev.newskit.i18n.HebrewDateParser;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Hebrew date formatting and parsing beside {@link DateTimeFormatter} doing the same work: the seed
 * dateline with a Hebrew weekday letter and month, against a java.time pattern of the same fields in
 * English ({@code EEE d MMM yyyy h:mm a} in Asia/Jerusalem); and {@code find} over a 2,000-character
 * Hebrew paragraph holding four dates among prose, numbers and punctuation.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DateBenchmark {
  static final String DATELINE = "ו 10 אפר 2026 7:15 am - שעון ירושלים";
  static final String JAVA_TIME_TEXT = "Fri 10 Apr 2026 7:15 AM";

  /** A 2,000-character news paragraph with four dates: a full date, a relative one, a numeric one, a time. */
  static final String PARAGRAPH = paragraph();

  static String paragraph() {
    String opening = "ירושלים – ביום רביעי, 3 ביוני 2026, התכנס הקבינט המדיני-ביטחוני לדיון שנמשך 6 שעות. ";
    String filler = "לדברי גורמים בכירים, 12 שרים השתתפו בדיון, ו-3 מהם הביעו הסתייגות מההחלטה שהתקבלה. ";
    String middle = "ההודעה הרשמית פורסמה לפני 5 דקות, ועודכנה ב-10.04.26 07:15 לאחר פניות רבות. ";
    String closing = "הישיבה הבאה תתקיים בשעה 14:05, כך נמסר. ";
    StringBuilder b = new StringBuilder(opening);
    while (b.length() < 1000) b.append(filler);
    b.append(middle);
    while (b.length() < 2000 - closing.length()) b.append(filler);
    b.setLength(2000 - closing.length());
    return b.append(closing).toString();
  }

  ZonedDateTime instant;
  DateTimeFormatter javaTime;
  HebrewDateParser parser;
  DateContext context;

  @Setup
  public void setup() {
    instant = ZonedDateTime.of(2026, 4, 10, 7, 15, 0, 0, ZoneId.of("Asia/Jerusalem"));
    javaTime = DateTimeFormatter.ofPattern("EEE d MMM yyyy h:mm a", Locale.ENGLISH).withZone(ZoneId.of("Asia/Jerusalem"));
    parser = new HebrewDateParser();
    context = DateContext.of(Clock.systemUTC());
  }

  @Benchmark
  public String formatDateline() {
    return HebrewDateFormatter.DATELINE.format(instant);
  }

  @Benchmark
  public String formatHebrewCalendar() {
    return HebrewDateFormatter.HEBREW_DATE.format(instant);
  }

  @Benchmark
  public String formatJavaTime() {
    return javaTime.format(instant);
  }

  @Benchmark
  public Object parseDateline() {
    return parser.parse(DATELINE, context);
  }

  @Benchmark
  public Object findInParagraph() {
    return parser.find(PARAGRAPH, context);
  }

  @Benchmark
  public Object parseJavaTime() {
    return ZonedDateTime.parse(JAVA_TIME_TEXT, javaTime);
  }
}
