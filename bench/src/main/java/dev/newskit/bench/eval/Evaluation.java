package dev.newskit.bench.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Scores newskit and its peers on every set of {@code shared/corpus} in one run, each set on its own
 * truth and metric: on readability and rtl the body by ScrapingHub shingle F1 and bag-of-words F1 and
 * the metadata by exact match ({@link #run}); on the web sets ROUGE-LSum, shingles, trafilatura's
 * snippets and the metadata checks ({@link WebEvaluation}). Prints one Markdown table per set and a
 * summary beside the peers' figures.
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
    /** Pages whose published day is right, and pages with a gold published value (htmldate-eval's day metric). */
    int daysRight;
    int daysExpected;
    final Map<String, int[]> matches = new LinkedHashMap<>();
    final Map<String, TokenScore> perPage = new LinkedHashMap<>();
    final List<ShingleScore> shingles = new ArrayList<>();

    Scores(String extractor) {
      this.extractor = extractor;
      for (String f : FIELDS) matches.put(f, new int[3]);
    }

    double meanF1() {
      return bodies == 0 ? 0 : f1 / bodies;
    }

    double rate(String field) {
      int[] m = matches.get(field);
      // NaN also when the extractor never gives this field (boilerpipe gives no metadata).
      return m[1] == 0 || m[2] == 0 ? Double.NaN : m[0] / (double) m[1];
    }

    int expected(String field) {
      return matches.get(field)[1];
    }

    /** The share of pages with a gold published value whose day is right; NaN when the extractor gives no date at all. */
    double dayRate() {
      return daysExpected == 0 || matches.get("published")[2] == 0 ? Double.NaN : daysRight / (double) daysExpected;
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
        s.shingles.add(ShingleScore.of(out.text(), c.body().get()));
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
    count(s, "title", c.title(), out.title(), Evaluation::sameTitle);
    count(s, "byline", c.byline(), out.byline(), Evaluation::sameByline);
    count(s, "published", c.published(), out.published(), Evaluation::sameDate);
    if (c.published().isPresent()) {
      s.daysExpected++;
      if (MetadataChecks.dayRight(c.published().get(), out.published())) s.daysRight++;
    }
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
    if (!got.isEmpty()) m[2]++;
    if (!got.isEmpty() && match.test(expected.get(), got)) m[0]++;
  }

  static String normalise(String s) {
    return s.replaceAll("[\\s\\u00A0\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069]+", " ").strip();
  }

  /**
   * Like {@link #sameText}, with any Unicode space (an ideographic one, U+3000) as a space and typographic quotes
   * and dashes as their plain forms: a page's h1 prints “…” where its metas print "…".
   */
  static boolean sameTitle(String expected, String got) {
    return sameText(MetadataChecks.plainPunctuation(UNICODE_SPACE.matcher(expected).replaceAll(" ")),
        MetadataChecks.plainPunctuation(UNICODE_SPACE.matcher(got).replaceAll(" ")));
  }

  private static final Pattern UNICODE_SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

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
      dev.newskit.core.PageDateTime g = dev.newskit.core.PageDateTime.parse(got);
      if (expected.length() == 10) return LocalDate.parse(expected).equals(g.date());
      OffsetDateTime e = OffsetDateTime.parse(normaliseOffset(expected));
      if (g.precision() == dev.newskit.core.PageDateTime.Precision.DAY) return false;
      java.time.temporal.ChronoUnit unit = g.time().orElseThrow().getSecond() == 0 && g.time().orElseThrow().getNano() == 0
          ? java.time.temporal.ChronoUnit.MINUTES : java.time.temporal.ChronoUnit.SECONDS;
      // A time the page printed without an offset is right when it is the gold's wall-clock time.
      if (g.offset().isEmpty()) return e.toLocalDateTime().truncatedTo(unit).equals(g.localDateTime().orElseThrow().truncatedTo(unit));
      return e.toInstant().truncatedTo(unit).equals(g.offsetDateTime().orElseThrow().toInstant().truncatedTo(unit));
    } catch (java.time.DateTimeException e) {
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
    row(md, "shingle F1 (ScrapingHub, 4-grams; " + first.shingles.size() + " full bodies)", scores,
        s -> ShingleScore.aggregate(s.shingles).f1());
    row(md, "shingle precision", scores, s -> ShingleScore.aggregate(s.shingles).precision());
    row(md, "shingle recall", scores, s -> ShingleScore.aggregate(s.shingles).recall());
    row(md, "bag-of-words F1 (mean of " + first.bodies + ")", scores, Scores::meanF1);
    row(md, "bag-of-words precision", scores, s -> s.bodies == 0 ? 0 : s.precision / s.bodies);
    row(md, "bag-of-words recall", scores, s -> s.bodies == 0 ? 0 : s.recall / s.bodies);
    if (first.mustContainTotal > 0) {
      row(md, "must / must-not contain (" + first.mustContainTotal + ")", scores,
          s -> s.mustContainMet / (double) s.mustContainTotal);
    }
    for (String f : FIELDS) {
      if (first.expected(f) == 0) continue;
      row(md, f + " exact (" + first.expected(f) + ")", scores, s -> s.rate(f));
      if (f.equals("published")) {
        row(md, "published day right (" + first.daysExpected + ", share of pages with a gold date)", scores, Scores::dayRate);
      }
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

  /** Everything one run produced: the Markdown report, the per-page JSON lines and newskit's figures per set. */
  record Report(String markdown, String pageLines, List<WebReport.SummaryRow> summary,
      Map<String, List<Scores>> classic, Map<String, List<PageResult>> web, Map<String, List<WebCase>> webCases) {

    /** newskit's figures on a web set, or on one of its subsets. */
    WebEvaluation.Figures newskit(String set, java.util.function.Predicate<WebCase> subset) {
      Map<String, WebCase> byId = WebEvaluation.index(webCases.get(set));
      return new WebEvaluation.Figures(web.get(set).stream()
          .filter(p -> p.extractor().equals(WebEvaluation.NEWSKIT) && subset.test(byId.get(p.id()))).toList());
    }
  }

  /**
   * Scores every set of the corpus in one run.
   *
   * @param peers whether to run Readability4J and boilerpipe on the web sets too (they always run on
   *     the readability and rtl sets)
   * @param threads how many pages of a web set are extracted at once
   */
  static Report runAll(Path corpus, boolean peers, int threads) throws IOException, InterruptedException {
    List<CorpusCase> cases = Corpus.load(corpus);
    Map<String, List<Scores>> classic = new LinkedHashMap<>();
    classic.put("readability", run(cases, "readability"));
    classic.put("rtl", run(cases, "rtl"));
    List<WebReport.SummaryRow> summary = new ArrayList<>();
    StringBuilder md = new StringBuilder();
    md.append(table("readability (130 pages; Readability.js regression outputs, not gold)", classic.get("readability")))
        .append('\n')
        .append(table("rtl (Hebrew, Arabic, Persian: 30 pages)", classic.get("rtl")));
    Scores r = classic.get("readability").get(0);
    Scores bestPeer = classic.get("readability").stream().skip(1)
        .max(java.util.Comparator.comparingDouble(x -> ShingleScore.aggregate(x.shingles).f1())).orElse(r);
    summary.add(new WebReport.SummaryRow("readability", r.shingles.size(), "shingle F1",
        ShingleScore.aggregate(r.shingles).f1(), bestPeer.extractor + " (same run)",
        ShingleScore.aggregate(bestPeer.shingles).f1()));
    Scores rtl = classic.get("rtl").get(0);
    Scores rtlPeer = classic.get("rtl").stream().skip(1).max(java.util.Comparator.comparingDouble(Scores::meanF1)).orElse(rtl);
    summary.add(new WebReport.SummaryRow("rtl", rtl.bodies, "bag-of-words F1", rtl.meanF1(),
        rtlPeer.extractor + " (same run)", rtlPeer.meanF1()));
    summary.add(new WebReport.SummaryRow("rtl", rtl.daysExpected, "published day right", rtl.dayRate(),
        "(none published)", Double.NaN));

    Punkt punkt = Punkt.load(corpus.resolve("punkt/english.json"));
    Map<String, List<PageResult>> web = new LinkedHashMap<>();
    Map<String, List<WebCase>> webCases = new LinkedHashMap<>();
    StringBuilder lines = new StringBuilder();
    for (String set : WebCase.SETS) {
      List<WebCase> setCases = WebCase.load(corpus, set);
      if (setCases.isEmpty()) continue;
      List<PageResult> results = WebEvaluation.run(setCases, punkt, peers, threads);
      web.put(set, results);
      webCases.put(set, setCases);
      md.append('\n');
      if (setCases.get(0).fullText()) {
        md.append(WebReport.fullText(set, setCases, results, WebEvaluation.storedPeers(corpus, set), summary));
      } else if (setCases.stream().anyMatch(WebCase::snippets)) {
        md.append(WebReport.snippets(set, setCases, results, summary));
      } else {
        md.append(WebReport.dates(set, setCases, results, summary));
      }
      lines.append(WebReport.jsonLines(results));
    }
    String markdown = WebReport.summary(summary) + "\n" + md;
    return new Report(markdown, lines.toString(), summary, classic, web, webCases);
  }

  /**
   * Runs the evaluation and prints the tables; exits quietly with a message when the corpus is absent.
   * Writes {@code target/evaluation.md} and {@code target/evaluation-pages.jsonl} (under {@code bench/}
   * when run from the project root). Arguments: an optional corpus folder, {@code --details} to list the
   * readability and rtl pages newskit does worst on, {@code --no-peers} to run only newskit on the web sets.
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    List<String> flags = java.util.Arrays.asList(args);
    boolean details = flags.contains("--details");
    boolean peers = !flags.contains("--no-peers");
    List<String> rest = flags.stream().filter(a -> !a.startsWith("--")).toList();
    Optional<Path> corpus = !rest.isEmpty() ? Optional.of(Path.of(rest.get(0))) : Corpus.locate();
    if (corpus.isEmpty()) {
      System.out.println("No corpus found (looked for ../shared/corpus): nothing to evaluate.");
      return;
    }
    long start = System.nanoTime();
    Report report = runAll(corpus.get(), peers, 2);
    System.out.println(report.markdown());
    if (details) {
      System.out.println(details(report.classic().get("readability")) + "\n" + details(report.classic().get("rtl")));
    }
    Path target = Files.isRegularFile(Path.of("bench/pom.xml")) ? Path.of("bench/target") : Path.of("target");
    Files.createDirectories(target);
    Files.writeString(target.resolve("evaluation.md"), report.markdown(), StandardCharsets.UTF_8);
    Files.writeString(target.resolve("evaluation-pages.jsonl"), report.pageLines(), StandardCharsets.UTF_8);
    System.out.printf(Locale.ROOT, "Wrote %s and %s in %d s.%n", target.resolve("evaluation.md"),
        target.resolve("evaluation-pages.jsonl"), (System.nanoTime() - start) / 1_000_000_000L);
  }
}
