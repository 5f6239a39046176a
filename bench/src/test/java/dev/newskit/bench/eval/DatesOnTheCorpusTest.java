package dev.newskit.bench.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newskit.core.Article;
import dev.newskit.core.ArticleJson;
import dev.newskit.core.FieldSource;
import dev.newskit.core.PageDateTime;
import dev.newskit.html.ArticleExtractor;
import dev.newskit.html.PageInput;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's promises about dates, checked on every page of the two date sets of {@code ../shared/corpus}
 * (skipped with a message when it is absent): the same page with the same reference instant gives the same
 * bytes whatever the extractor's clock says, and no zone or time of day is given that the page does not
 * justify.
 */
class DatesOnTheCorpusTest {
  private static final List<String> SETS = List.of("htmldate-eval", "trafilatura-eval");
  private static final Instant CAPTURED = Instant.parse("2024-03-05T06:07:08Z");

  @Test
  void sameReferenceSameBytesWhateverTheClockSays() throws Exception {
    List<WebCase> cases = cases();
    // Two clocks far apart: a value that follows the clock instead of the reference shows up as a difference.
    ArticleExtractor early = ArticleExtractor.builder().clock(Clock.fixed(Instant.parse("2001-02-03T04:05:06Z"), ZoneOffset.UTC)).build();
    ArticleExtractor late = ArticleExtractor.builder().clock(Clock.fixed(Instant.parse("2037-09-10T21:22:23Z"), ZoneOffset.UTC)).build();
    List<String> differ = new ArrayList<>();
    for (WebCase c : cases) {
      byte[] page = c.bytes();
      String a = ArticleJson.write(early.extract(input(page, c)));
      String b = ArticleJson.write(late.extract(input(page, c)));
      if (!a.equals(b)) differ.add(c.set() + "/" + c.id());
    }
    assertEquals(List.of(), differ, "pages whose JSON depends on the clock although a reference instant was given");
  }

  @Test
  void noZoneAndNoTimeOfDayWithoutEvidence() throws Exception {
    ArticleExtractor extractor = ArticleExtractor.create();
    List<String> unjustified = new ArrayList<>();
    for (WebCase c : cases()) {
      byte[] page = c.bytes();
      String html = new String(page, StandardCharsets.ISO_8859_1);
      Article a = extractor.extract(input(page, c));
      // A zone is printed on the page or inferred from its language, and the provenance says which.
      a.zone().ifPresent(z -> {
        FieldSource source = a.provenance().get("zone");
        boolean inferred = source == FieldSource.INFERRED && z.getId().equals("Asia/Jerusalem")
            && a.language().filter(l -> l.getLanguage().equals("he") || l.getLanguage().equals("iw")).isPresent();
        // Israel's zone printed in Hebrew words on the dateline ("שעון ירושלים") is printed evidence too
        String page8 = new String(page, StandardCharsets.UTF_8);
        boolean printedInHebrew = source == FieldSource.VISIBLE_TEXT && z.getId().equals("Asia/Jerusalem")
            && (page8.contains("שעון ירושלים") || page8.contains("שעון ישראל"));
        if (!inferred && !printedInHebrew && !html.contains(z.getId())) {
          unjustified.add(c.id() + " zone " + z + " (" + source + ")");
        }
      });
      // A time of day is one the page gives: as it prints it, on a 12-hour clock, in a basic ISO form, as an
      // instant in UTC (Unix time, or a value the page gives in UTC), or counted from the reference instant.
      for (Optional<PageDateTime> d : List.of(a.publishedTime(), a.modifiedTime())) {
        if (d.isEmpty() || d.get().time().isEmpty()) continue;
        if (d.get().offset().filter(ZoneOffset.UTC::equals).isPresent()) continue;
        LocalTime t = d.get().time().get();
        String hm = String.format("%02d:%02d", t.getHour(), t.getMinute());
        String h12 = String.format("%d:%02d", t.getHour() % 12 == 0 ? 12 : t.getHour() % 12, t.getMinute());
        String basic = String.format("T%02d%02d", t.getHour(), t.getMinute());
        if (!html.contains(hm) && !html.contains(h12) && !html.contains(basic) && !countedFromTheReference(extractor, page, c, a)) {
          unjustified.add(c.id() + " time " + d.get());
        }
      }
    }
    assertEquals(List.of(), unjustified, "zones or times of day the page does not give");
  }

  /** Whether the dates move with the reference instant: a relative date ("vor 16 Stunden", "heute, 18:00"), counted from it. */
  private static boolean countedFromTheReference(ArticleExtractor extractor, byte[] page, WebCase c, Article a) {
    Article later = extractor.extract(input(page, c).withReferenceInstant(CAPTURED.plusSeconds(3 * 86_400 + 3_600)));
    return !later.publishedTime().equals(a.publishedTime()) || !later.modifiedTime().equals(a.modifiedTime());
  }

  private static PageInput input(byte[] page, WebCase c) {
    PageInput in = PageInput.of(page).withReferenceInstant(CAPTURED);
    if (c.url().isEmpty()) return in;
    try {
      return in.withUrl(c.url().get());
    } catch (IllegalArgumentException e) {
      return in;
    }
  }

  private static List<WebCase> cases() throws Exception {
    Optional<Path> corpus = Corpus.locate();
    assumeTrue(corpus.isPresent(), "../shared/corpus is absent: the corpus-wide date checks are skipped");
    List<WebCase> cases = new ArrayList<>();
    for (String set : SETS) cases.addAll(WebCase.load(corpus.get(), set));
    return cases;
  }
}
