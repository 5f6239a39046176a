package dev.newskit.bench.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Scores newskit and its peers on the same pages in one run: body text by token precision, recall and
 * F1, and metadata by exact-match rate, on {@code shared/corpus/readability} and {@code shared/corpus/rtl}.
 * Prints one Markdown table. Run with {@code mvn -pl bench -am exec:java}, or from a test.
 */
public final class Evaluation {
  /** The fields whose exact-match rate is reported. */
  static final List<String> FIELDS = List.of("title", "byline", "published", "siteName", "language", "direction");

  private Evaluation() {}

  /** Scores of one extractor on one set of pages. */
  static final class Scores {
    final String extractor;
    double precision;
    double recall;
    double f1;
    int bodies;
    int errors;
    long nanos;
    int pages;
    int mustContainMet;
    int mustContainTotal;
    final Map<String, int[]> matches = new LinkedHashMap<>();
    final Map<String, TokenScore> perPage = new LinkedHashMap<>();

    Scores(String extractor) {
      this.extractor = extractor;
      for (String f : FIELDS) matches.put(f, new int[2]);
    }

    double meanF1() {
      return bodies == 0 ? 0 : f1 / bodies;
    }

    double rate(String field) {
      int[] m = matches.get(field);
      return m[1] == 0 ? Double.NaN : m[0] / (double) m[1];
    }

    int expected(String field) {
      return matches.get(field)[1];
    }
  }

  /** Runs the evaluation of every extractor on one set ("readability" or "rtl"). */
  static List<Scores> run(List<CorpusCase> cases, String set) throws IOException {
    List<Scores> all = new ArrayList<>();
    for (Extractors.Named extractor : Extractors.all()) {
      Scores s = new Scores(extractor.name());
      for (CorpusCase c : cases) {
        if (!c.set().equals(set)) continue;
        String html = Files.readString(c.source(), StandardCharsets.UTF_8);
        Extracted out;
        long start = System.nanoTime();
        try {
          out = extractor.run().apply(html, c.url());
        } catch (RuntimeException | StackOverflowError e) {
          s.errors++;
          out = Extracted.failed();
        }
        s.nanos += System.nanoTime() - start;
        s.pages++;
        score(s, c, out);
      }
      all.add(s);
    }
    return all;
  }

  private static void score(Scores s, CorpusCase c, Extracted out) {
    if (c.body().isPresent()) {
      TokenScore t = TokenScore.of(out.text(), c.body().get());
      s.perPage.put(c.name(), t);
      if (c.bodyIsExcerpt()) {
        // Only a prefix or summary of the body is known: count how much of it was found.
        s.precision += 1;
        s.recall += t.recall();
        s.f1 += t.recall();
      } else {
        s.precision += t.precision();
        s.recall += t.recall();
        s.f1 += t.f1();
      }
      s.bodies++;
    }
    for (String must : c.mustContain()) {
      s.mustContainTotal++;
      if (normalise(out.text()).contains(normalise(must))) s.mustContainMet++;
    }
    for (String mustNot : c.mustNotContain()) {
      s.mustContainTotal++;
      if (!normalise(out.text()).contains(normalise(mustNot))) s.mustContainMet++;
    }
    count(s, "title", c.title(), out.title(), Evaluation::sameText);
    count(s, "byline", c.byline(), out.byline(), Evaluation::sameByline);
    count(s, "published", c.published(), out.published(), Evaluation::sameDate);
    count(s, "siteName", c.siteName(), out.siteName(), Evaluation::sameText);
    count(s, "language", c.language(), out.language(), Evaluation::sameLanguage);
    count(s, "direction", c.direction(), out.direction(), Evaluation::sameText);
  }

  private interface Match {
    boolean test(String expected, String got);
  }

  private static void count(Scores s, String field, Optional<String> expected, String got, Match match) {
    if (expected.isEmpty()) return;
    int[] m = s.matches.get(field);
    m[1]++;
    if (!got.isEmpty() && match.test(expected.get(), got)) m[0]++;
  }

  static String normalise(String s) {
    return s.replaceAll("[\\s\\u00A0\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069]+", " ").strip();
  }

  static boolean sameText(String expected, String got) {
    return normalise(expected).equalsIgnoreCase(normalise(got));
  }

  static boolean sameByline(String expected, String got) {
    String e = normalise(expected).replaceFirst("(?i)^(by|מאת|بقلم)\\s+", "");
    String g = normalise(got).replaceFirst("(?i)^(by|מאת|بقلم)\\s+", "");
    return e.equalsIgnoreCase(g);
  }

  static boolean sameLanguage(String expected, String got) {
    return Locale.forLanguageTag(expected.replace('_', '-')).getLanguage()
        .equals(Locale.forLanguageTag(got.replace('_', '-')).getLanguage());
  }

  /**
   * Same day when the expected value is a day; otherwise the same instant, to the second, or to the
   * minute when the extracted value has no seconds (the page printed only minutes).
   */
  static boolean sameDate(String expected, String got) {
    try {
      if (expected.length() == 10) return LocalDate.parse(expected).equals(OffsetDateTime.parse(got).toLocalDate());
      OffsetDateTime e = OffsetDateTime.parse(normaliseOffset(expected));
      OffsetDateTime g = OffsetDateTime.parse(got);
      java.time.temporal.ChronoUnit unit = g.getSecond() == 0 && g.getNano() == 0
          ? java.time.temporal.ChronoUnit.MINUTES : java.time.temporal.ChronoUnit.SECONDS;
      return e.toInstant().truncatedTo(unit).equals(g.toInstant().truncatedTo(unit));
    } catch (DateTimeParseException e) {
      return normalise(expected).equals(normalise(got));
    }
  }

  private static String normaliseOffset(String iso) {
    return iso.matches(".*[+-]\\d{4}$") ? iso.substring(0, iso.length() - 2) + ":" + iso.substring(iso.length() - 2) : iso;
  }

  /** The results as one Markdown table per set. */
  static String table(String title, List<Scores> scores) {
    StringBuilder md = new StringBuilder();
    md.append("#### ").append(title).append("\n\n| metric |");
    for (Scores s : scores) md.append(' ').append(s.extractor).append(" |");
    md.append("\n|---|");
    md.append("---|".repeat(scores.size())).append('\n');
    Scores first = scores.get(0);
    row(md, "body F1 (mean of " + first.bodies + ")", scores, Scores::meanF1);
    row(md, "body precision", scores, s -> s.bodies == 0 ? 0 : s.precision / s.bodies);
    row(md, "body recall", scores, s -> s.bodies == 0 ? 0 : s.recall / s.bodies);
    if (first.mustContainTotal > 0) {
      row(md, "must / must-not contain (" + first.mustContainTotal + ")", scores,
          s -> s.mustContainMet / (double) s.mustContainTotal);
    }
    for (String f : FIELDS) {
      if (first.expected(f) == 0) continue;
      row(md, f + " exact (" + first.expected(f) + ")", scores, s -> s.rate(f));
    }
    md.append("| pages/s, relative to newskit |");
    for (Scores s : scores) {
      double ratio = (first.nanos / (double) first.pages) / (s.nanos / (double) s.pages);
      md.append(String.format(Locale.ROOT, " %.2f× |", ratio));
    }
    md.append("\n| pages failed |");
    for (Scores s : scores) md.append(' ').append(s.errors).append(" |");
    md.append('\n');
    return md.toString();
  }

  private static void row(StringBuilder md, String name, List<Scores> scores, java.util.function.ToDoubleFunction<Scores> f) {
    md.append("| ").append(name).append(" |");
    for (Scores s : scores) {
      double v = f.applyAsDouble(s);
      md.append(Double.isNaN(v) ? " — |" : String.format(Locale.ROOT, " %.3f |", v));
    }
    md.append('\n');
  }

  /** Pages where newskit's body F1 is below 0.9 or below a peer's, worst first. */
  static String details(List<Scores> scores) {
    StringBuilder sb = new StringBuilder();
    Scores first = scores.get(0);
    first.perPage.entrySet().stream()
        .sorted(java.util.Comparator.comparingDouble(e -> e.getValue().f1()))
        .forEach(e -> {
          double best = scores.stream().skip(1).mapToDouble(s -> s.perPage.get(e.getKey()).f1()).max().orElse(0);
          if (e.getValue().f1() < 0.9 || e.getValue().f1() < best - 0.02) {
            sb.append(String.format(Locale.ROOT, "%-40s newskit P=%.3f R=%.3f F1=%.3f  best peer F1=%.3f%n", e.getKey(),
                e.getValue().precision(), e.getValue().recall(), e.getValue().f1(), best));
          }
        });
    return sb.toString();
  }

  /**
   * Runs the evaluation and prints the tables; exits quietly with a message when the corpus is absent.
   * Arguments: an optional corpus folder, and {@code --details} to list the pages newskit does worst on.
   */
  public static void main(String[] args) throws IOException {
    boolean details = java.util.Arrays.asList(args).contains("--details");
    args = java.util.Arrays.stream(args).filter(a -> !a.equals("--details")).toArray(String[]::new);
    Optional<Path> corpus = args.length > 0 ? Optional.of(Path.of(args[0])) : Corpus.locate();
    if (corpus.isEmpty()) {
      System.out.println("No corpus found (looked for ../shared/corpus): nothing to evaluate.");
      return;
    }
    List<CorpusCase> cases = Corpus.load(corpus.get());
    List<Scores> readability = run(cases, "readability");
    List<Scores> rtl = run(cases, "rtl");
    String report = table("shared/corpus/readability", readability) + "\n"
        + table("shared/corpus/rtl (Hebrew, Arabic, Persian)", rtl);
    System.out.println(report);
    if (details) System.out.println(details(readability) + "\n" + details(rtl));
    Path out = Path.of("target/evaluation.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report, StandardCharsets.UTF_8);
  }
}
