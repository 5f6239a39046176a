package dev.newskit.bench.eval;

import dev.newskit.html.ArticleExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores newskit (and, when asked, Readability4J and boilerpipe) on the web sets of the corpus, each
 * on its own truth: ROUGE-LSum, shingle and bag-of-words scores on the full-text sets, trafilatura's
 * snippet counts on {@code trafilatura-eval}, and the metadata checks wherever the truth has the field.
 * Pages are scored on two threads. Shared between them: newskit's extractor and the {@link Punkt} splitter,
 * both thread-safe (html's and this module's {@code ThreadSafetyTest}), and boilerpipe's
 * {@code ArticleExtractor.INSTANCE}, a class without fields; Readability4J is made anew for every page.
 */
final class WebEvaluation {
  static final String TITLE_EXACT = "title exact";
  static final String TITLE_LENIENT = "title lenient";
  static final String AUTHORS_EXACT = "author set exact";
  static final String AUTHORS_ONE = "author at least one";
  static final String DAY = "published day right";
  static final String MINUTE = "published exact to the minute";
  static final String INVENTED = "invented (value where the truth says none)";
  static final String UNJUSTIFIED_OFFSET = "unjustified offset (not printed on the page)";
  /** The metadata checks, in report order. */
  static final List<String> METADATA =
      List.of(TITLE_EXACT, TITLE_LENIENT, AUTHORS_EXACT, AUTHORS_ONE, DAY, MINUTE, INVENTED, UNJUSTIFIED_OFFSET);

  static final String NEWSKIT = "newskit";
  /** newskit's text with its readers' comments after it, scored on the sets where that is a question. */
  static final String NEWSKIT_WITH_COMMENTS = "newskit, with comments";
  /** The sets scored with comments too: dragnet's gold holds comments on some pages, the others' golds hold none. */
  static final Set<String> COMMENT_SETS = Set.of("dragnet", "l3s-gn1", "cleanportaleval", "cleaneval");
  static final String READABILITY4J = "Readability4J 1.0.8";
  static final String BOILERPIPE = "boilerpipe 1.2.2";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private WebEvaluation() {}

  /** A named page subset of a set, as the issues quote the peers' figures. */
  record Subset(String label, Predicate<WebCase> test) {}

  /** The subsets of a full-text set: all development pages, and the one the peers' figure to beat is on. */
  static List<Subset> subsets(String set) {
    Subset all = new Subset("all dev pages", c -> true);
    return switch (set) {
      case "dragnet" -> List.of(all, new Subset("gold with comments", c -> c.notes().contains("COMMENTS")),
          new Subset("training split, comment-free gold",
          c -> c.notes().startsWith("dragnet split: train") && !c.notes().contains("COMMENTS")));
      case "cleaneval" -> List.of(all, new Subset("dev split", c -> c.notes().startsWith("cleaneval split: dev")));
      default -> List.of(all);
    };
  }

  /** The subset the summary compares on: the last of {@link #subsets}. */
  static Subset headline(String set) {
    List<Subset> s = subsets(set);
    return s.get(s.size() - 1);
  }

  private interface PageExtractor {
    Extracted run(byte[] bytes, String url) throws Exception;
  }

  /** An extractor and the metadata fields it gives at all ("title", "authors", "published"). */
  private record Named(String name, Set<String> fields, PageExtractor run) {}

  private static List<Named> extractors(boolean peers) {
    ArticleExtractor newskit = Extractors.newskitExtractor();
    List<Named> all = new ArrayList<>();
    all.add(new Named(NEWSKIT, Set.of("title", "authors", "published"), (bytes, url) -> Extractors.newskit(newskit, bytes, url)));
    if (peers) {
      // Readability4J logs an error for every relative link when it has no page address to resolve it against.
      all.add(new Named(READABILITY4J, Set.of("title", "authors"),
          (bytes, url) -> Extractors.readability4j(decode(bytes, url), url == null ? "http://localhost/" : url)));
      all.add(new Named(BOILERPIPE, Set.of(), (bytes, url) -> Extractors.boilerpipe(decode(bytes, url), url)));
    }
    return all;
  }

  /** The page as jsoup decodes it (BOM, then declared charset, then UTF-8), for the peers that take a string. */
  private static String decode(byte[] bytes, String url) throws IOException {
    return Jsoup.parse(new ByteArrayInputStream(bytes), null, url == null ? "" : url).outerHtml();
  }

  /**
   * Runs the extractors on every case (in parallel over {@code threads}) and scores each page.
   *
   * @param peers whether to run Readability4J and boilerpipe beside newskit
   */
  static List<PageResult> run(List<WebCase> cases, Punkt punkt, boolean peers, int threads)
      throws InterruptedException {
    List<Named> extractors = extractors(peers);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<PageResult>>> futures = new ArrayList<>();
      for (WebCase c : cases) futures.add(pool.submit(() -> page(c, extractors, punkt)));
      List<PageResult> out = new ArrayList<>();
      for (Future<List<PageResult>> f : futures) {
        try {
          out.addAll(f.get());
        } catch (ExecutionException e) {
          throw new IllegalStateException("scoring failed", e.getCause());
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<PageResult> page(WebCase c, List<Named> extractors, Punkt punkt) {
    byte[] bytes;
    try {
      bytes = c.bytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + c.source(), e);
    }
    List<PageResult> out = new ArrayList<>();
    for (Named x : extractors) {
      Extracted e;
      boolean failed = false;
      try {
        e = x.run().run(bytes, c.url().orElse(null));
      } catch (Exception | StackOverflowError ex) {
        e = Extracted.failed();
        failed = true;
      }
      out.add(score(c, x.name(), x.fields(), e, failed, bytes, punkt));
      if (x.name().equals(NEWSKIT) && COMMENT_SETS.contains(c.set())) {
        Extracted with = new Extracted(e.textWithComments(), e.title(), e.byline(), e.published(), e.siteName(),
            e.language(), e.direction(), e.authors());
        out.add(score(c, NEWSKIT_WITH_COMMENTS, Set.of(), with, failed, bytes, punkt));
      }
    }
    return out;
  }

  static PageResult score(WebCase c, String extractor, Set<String> fields, Extracted e, boolean failed, byte[] page,
      Punkt punkt) {
    String text = e.text();
    Optional<ShingleScore> shingle = c.body().map(b -> ShingleScore.of(text, b));
    Optional<RougeLsum> rouge = c.body().map(b -> RougeLsum.score(b, text, punkt));
    Optional<TokenScore> bag = c.body().map(b -> TokenScore.of(text, b));
    Map<String, Boolean> meta = new LinkedHashMap<>();
    return new PageResult(c.set(), c.id(), extractor, Punkt.pythonStrip(text).length(), failed, shingle, rouge, bag,
        c.snippets() ? Optional.of(SnippetCounts.of(text, c.mustContain(), c.mustNotContain())) : Optional.empty(),
        metadata(c, fields, e, page, meta), e.published().isBlank() ? Optional.empty() : Optional.of(e.published()));
  }

  /** The metadata checks that apply to the page, for the fields the extractor gives at all. */
  private static Map<String, Boolean> metadata(WebCase c, Set<String> fields, Extracted e, byte[] page,
      Map<String, Boolean> meta) {
    if (fields.contains("title")) c.title().ifPresent(t -> {
      meta.put(TITLE_EXACT, MetadataChecks.titleExact(t, e.title()));
      meta.put(TITLE_LENIENT, MetadataChecks.titleLenient(t, e.title()));
    });
    if (fields.contains("authors")) c.authors().ifPresent(a -> {
      meta.put(AUTHORS_EXACT, MetadataChecks.authorsExact(a, e.authors()));
      meta.put(AUTHORS_ONE, MetadataChecks.authorsAtLeastOne(a, e.authors()));
    });
    if (fields.contains("published")) c.published().ifPresent(p -> {
      meta.put(DAY, MetadataChecks.dayRight(p, e.published()));
      if (MetadataChecks.hasTimeAndOffset(p)) meta.put(MINUTE, MetadataChecks.minuteRight(p, e.published()));
    });
    if (c.assertsNo().stream().anyMatch(fields::contains)) {
      boolean invented = false;
      for (String field : c.assertsNo().stream().filter(fields::contains).toList()) {
        invented |= switch (field) {
          case "published" -> !e.published().isBlank();
          case "authors" -> !e.authors().isEmpty();
          case "title" -> !e.title().isBlank();
          default -> false;
        };
      }
      meta.put(INVENTED, invented);
    }
    if (fields.contains("published")) MetadataChecks.nonUtcOffset(e.published()).ifPresent(offset ->
        meta.put(UNJUSTIFIED_OFFSET, !MetadataChecks.offsetPrinted(offset, new String(page, StandardCharsets.ISO_8859_1))));
    return meta;
  }

  // ---------------------------------------------------------------- aggregation and report

  /** The stored WCEB per-page ROUGE-LSum F1 of each peer: id → extractor → F1. */
  static Map<String, Map<String, Double>> storedPeers(Path corpus, String set) throws IOException {
    Path file = corpus.resolve("peers").resolve(set + ".jsonl");
    Map<String, Map<String, Double>> out = new HashMap<>();
    if (!Files.exists(file)) return out;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) continue;
      JsonNode n = JSON.readTree(line);
      Map<String, Double> scores = new HashMap<>();
      for (Map.Entry<String, JsonNode> e : n.get("scores").properties()) {
        JsonNode f1 = e.getValue().get("rouge_lsum_f1");
        if (f1 != null && f1.isNumber() && !e.getKey().startsWith("ensemble")) scores.put(e.getKey(), f1.asDouble());
      }
      out.put(n.get("id").asString(), scores);
    }
    return out;
  }

  /** A stored peer's mean ROUGE-LSum F1 over exactly the given pages. */
  record PeerMean(String extractor, double mean, int pages) {}

  /** The stored peers' means on {@code ids}, best first; only peers with a score on every page. */
  static List<PeerMean> peerMeans(Map<String, Map<String, Double>> stored, List<String> ids) {
    Map<String, double[]> sums = new HashMap<>();
    for (String id : ids) {
      for (Map.Entry<String, Double> e : stored.getOrDefault(id, Map.of()).entrySet()) {
        double[] s = sums.computeIfAbsent(e.getKey(), k -> new double[2]);
        s[0] += e.getValue();
        s[1]++;
      }
    }
    return sums.entrySet().stream()
        .filter(e -> e.getValue()[1] == ids.size())
        .map(e -> new PeerMean(e.getKey(), e.getValue()[0] / ids.size(), ids.size()))
        .sorted(Comparator.comparingDouble(PeerMean::mean).reversed())
        .toList();
  }

  /** The figures of one extractor on a list of page results. */
  static final class Figures {
    final int pages;
    final int empty;
    final int failed;
    final double rouge;
    final int rougePages;
    final ShingleScore.Summary shingle;
    final double bag;
    final SnippetCounts snippets;
    final Map<String, int[]> metadata = new LinkedHashMap<>();
    final int datesGiven;
    final int daysRight;

    Figures(List<PageResult> results) {
      pages = results.size();
      empty = (int) results.stream().filter(PageResult::empty).count();
      failed = (int) results.stream().filter(PageResult::failed).count();
      List<RougeLsum> r = results.stream().flatMap(p -> p.rouge().stream()).toList();
      rougePages = r.size();
      rouge = r.stream().mapToDouble(RougeLsum::f1).average().orElse(Double.NaN);
      List<ShingleScore> s = results.stream().flatMap(p -> p.shingle().stream()).toList();
      shingle = ShingleScore.aggregate(s);
      bag = results.stream().flatMap(p -> p.bagOfWords().stream()).mapToDouble(TokenScore::f1).average().orElse(Double.NaN);
      snippets = results.stream().flatMap(p -> p.snippets().stream()).reduce(SnippetCounts.ZERO, SnippetCounts::plus);
      for (String m : METADATA) {
        int[] c = new int[2];
        for (PageResult p : results) {
          Boolean v = p.metadata().get(m);
          if (v == null) continue;
          c[1]++;
          if (v) c[0]++;
        }
        metadata.put(m, c);
      }
      int given = 0;
      int right = 0;
      for (PageResult p : results) {
        Boolean day = p.metadata().get(DAY);
        if (day == null) continue;
        if (p.published().isPresent()) given++;
        if (day) right++;
      }
      datesGiven = given;
      daysRight = right;
    }

    double rate(String metric) {
      int[] c = metadata.get(metric);
      return c[1] == 0 ? Double.NaN : c[0] / (double) c[1];
    }

    int count(String metric) {
      return metadata.get(metric)[0];
    }

    int of(String metric) {
      return metadata.get(metric)[1];
    }
  }

  static String fmt(double v) {
    return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.3f", v);
  }

  static Map<String, List<PageResult>> byExtractor(List<PageResult> results, Predicate<PageResult> keep) {
    Map<String, List<PageResult>> out = new LinkedHashMap<>();
    for (PageResult p : results) if (keep.test(p)) out.computeIfAbsent(p.extractor(), k -> new ArrayList<>()).add(p);
    return out;
  }

  static Map<String, WebCase> index(List<WebCase> cases) {
    return cases.stream().collect(Collectors.toMap(WebCase::id, c -> c, (a, b) -> a, LinkedHashMap::new));
  }
}
