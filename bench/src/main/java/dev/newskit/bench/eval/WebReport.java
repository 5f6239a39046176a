package dev.newskit.bench.eval;

import dev.newskit.bench.eval.WebEvaluation.Figures;
import dev.newskit.bench.eval.WebEvaluation.PeerMean;
import dev.newskit.bench.eval.WebEvaluation.Subset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Markdown tables of the web sets, the one-row-per-set summary, and the per-page JSON lines. The
 * peers' published figures are those the corpus READMEs quote.
 */
final class WebReport {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** trafilatura {@code docs/evaluation.rst}, all 990 pages: package, precision, recall, accuracy, F1. */
  static final List<String[]> TRAFILATURA_PUBLISHED = List.of(
      new String[] {"trafilatura 2.2.0 (standard)", "0.906", "0.943", "0.923", "0.924"},
      new String[] {"trafilatura 2.2.0 (precision)", "0.925", "0.915", "0.921", "0.920"},
      new String[] {"magic-html 0.1.8", "0.887", "0.891", "0.889", "0.889"},
      new String[] {"justext 3.0.2 (custom)", "0.864", "0.859", "0.862", "0.862"},
      new String[] {"news-please 1.6.16", "0.932", "0.758", "0.852", "0.836"},
      new String[] {"readability-lxml 0.8.4.1", "0.898", "0.764", "0.839", "0.826"},
      new String[] {"goose3 3.1.22", "0.936", "0.714", "0.833", "0.810"},
      new String[] {"boilerpy3 1.0.7 (article mode)", "0.818", "0.796", "0.810", "0.807"},
      new String[] {"newspaper4k 0.9.6", "0.878", "0.736", "0.817", "0.801"});
  static final double TRAFILATURA_F1 = 0.924;

  /** htmldate {@code docs/evaluation.rst}, all 1000 pages: package, precision, recall, accuracy, F1. */
  static final List<String[]> HTMLDATE_PUBLISHED = List.of(
      new String[] {"htmldate[all] 1.10.0 (extensive)", "0.908", "0.993", "0.903", "0.949"},
      new String[] {"htmldate[all] 1.10.0 (fast)", "0.924", "0.927", "0.861", "0.925"},
      new String[] {"newspaper4k 0.9.5", "0.912", "0.728", "0.680", "0.810"},
      new String[] {"news-please 1.6.16", "0.845", "0.777", "0.680", "0.810"},
      new String[] {"goose3 3.1.21", "0.930", "0.568", "0.545", "0.706"});
  static final double HTMLDATE_ACCURACY = 0.903;

  /** The peer trained on CleanEval, left out of the "best peer" on cleaneval as the issue does. */
  static final Set<String> TRAINED_ON_CLEANEVAL = Set.of("web2text");

  private WebReport() {}

  /** One row of the summary table. */
  record SummaryRow(String set, int pages, String metric, double newskit, String bestPeer, double peer) {
    String markdown() {
      double delta = newskit - peer;
      return "| " + set + " | " + pages + " | " + metric + " | " + WebEvaluation.fmt(newskit) + " | " + bestPeer
          + " " + WebEvaluation.fmt(peer) + " | "
          + (Double.isNaN(delta) ? "—" : String.format(Locale.ROOT, "%+.3f", delta)) + " |";
    }
  }

  /**
   * newskit's text alone beside its text followed by the readers' comments (each comment's author line and text), on
   * all pages and on the pages whose gold holds comments; on dragnet, a summary row beside the stored trafilatura
   * figure (trafilatura outputs comments by default).
   */
  private static String withComments(String set, List<WebCase> cases, List<PageResult> results,
      Map<String, Map<String, Double>> stored, List<SummaryRow> summary) {
    Map<String, WebCase> byId = WebEvaluation.index(cases);
    StringBuilder md = new StringBuilder("\nWith readers' comments (the text, then each comment's author line and text):\n\n"
        + "| pages | n | rendering | shingle F1 | shingle P | shingle R | ROUGE-LSum F1 |\n|---|---|---|---|---|---|---|\n");
    List<Subset> subsets = WebEvaluation.subsets(set).stream()
        .filter(s -> s.label().equals("all dev pages") || s.label().equals("gold with comments")).toList();
    for (Subset s : subsets) {
      Map<String, Figures> f = figures(results, p -> s.test().test(byId.get(p.id())));
      for (String x : List.of(WebEvaluation.NEWSKIT, WebEvaluation.NEWSKIT_WITH_COMMENTS)) {
        Figures g = f.get(x);
        md.append("| ").append(s.label()).append(" | ").append(g.pages).append(" | ").append(x)
            .append(" | ").append(WebEvaluation.fmt(g.shingle.f1())).append(" | ").append(WebEvaluation.fmt(g.shingle.precision()))
            .append(" | ").append(WebEvaluation.fmt(g.shingle.recall())).append(" | ").append(WebEvaluation.fmt(g.rouge))
            .append(" |\n");
      }
    }
    if (set.equals("dragnet")) {
      List<String> ids = cases.stream().map(WebCase::id).toList();
      double trafilatura = WebEvaluation.peerMeans(stored, ids).stream().filter(p -> p.extractor().equals("trafilatura"))
          .mapToDouble(WebEvaluation.PeerMean::mean).findFirst().orElse(Double.NaN);
      summary.add(new SummaryRow(set + ", with comments", ids.size(), "ROUGE-LSum F1",
          figures(results, p -> true).get(WebEvaluation.NEWSKIT_WITH_COMMENTS).rouge, "trafilatura (stored WCEB peers)",
          trafilatura));
    }
    return md.toString();
  }

  /** The table of one full-text (WCEB) set, and its summary row. */
  static String fullText(String set, List<WebCase> cases, List<PageResult> results,
      Map<String, Map<String, Double>> stored, List<SummaryRow> summary) {
    Map<String, WebCase> byId = WebEvaluation.index(cases);
    StringBuilder md = new StringBuilder();
    List<Subset> subsets = WebEvaluation.subsets(set);
    md.append("#### ").append(set).append(" (").append(cases.size()).append(" development pages, full-text gold)\n\n");
    Map<String, List<PageResult>> all = WebEvaluation.byExtractor(results, p -> true);
    header(md, all.keySet());
    for (Subset s : subsets) {
      Map<String, Figures> f = figures(results, p -> s.test().test(byId.get(p.id())));
      int n = f.values().iterator().next().pages;
      row(md, "ROUGE-LSum F1, mean (" + s.label() + ": " + n + ")", f, x -> x.rouge);
    }
    Map<String, Figures> f = figures(results, p -> true);
    row(md, "shingle F1 (ScrapingHub, 4-grams)", f, x -> x.shingle.f1());
    row(md, "shingle precision", f, x -> x.shingle.precision());
    row(md, "shingle recall", f, x -> x.shingle.recall());
    row(md, "bag-of-words F1, mean (lower-cased word tokens)", f, x -> x.bag);
    count(md, "empty outputs", f, x -> x.empty);
    count(md, "pages failed", f, x -> x.failed);
    md.append("\nStored WCEB peers, mean ROUGE-LSum F1 on exactly these pages (`peers/").append(set)
        .append(".jsonl`):\n\n| pages | n | newskit | best peer | 2nd | 3rd |\n|---|---|---|---|---|---|\n");
    for (Subset s : subsets) {
      List<String> ids = cases.stream().filter(s.test()).map(WebCase::id).toList();
      List<PeerMean> peers = WebEvaluation.peerMeans(stored, ids);
      double newskit = figures(results, p -> s.test().test(byId.get(p.id()))).get(WebEvaluation.NEWSKIT).rouge;
      md.append("| ").append(s.label()).append(" | ").append(ids.size()).append(" | ").append(WebEvaluation.fmt(newskit));
      for (int i = 0; i < 3; i++) {
        md.append(" | ").append(i < peers.size() ? peers.get(i).extractor() + " " + WebEvaluation.fmt(peers.get(i).mean()) : "—");
      }
      md.append(" |\n");
      if (s.label().equals(WebEvaluation.headline(set).label())) {
        List<PeerMean> eligible = set.equals("cleaneval")
            ? peers.stream().filter(p -> !TRAINED_ON_CLEANEVAL.contains(p.extractor())).toList() : peers;
        String label = set.equals("cleaneval") ? " (best not trained on CleanEval)" : "";
        PeerMean best = eligible.isEmpty() ? new PeerMean("—", Double.NaN, 0) : eligible.get(0);
        summary.add(new SummaryRow(set + (subsets.size() > 1 ? ", " + s.label() : ""), ids.size(),
            "ROUGE-LSum F1", newskit, best.extractor() + label, best.mean()));
        String peer = "(none published)";
        double peerShingle = Double.NaN;
        for (Map.Entry<String, Figures> e : f.entrySet()) {
          if (e.getKey().equals(WebEvaluation.NEWSKIT) || e.getKey().equals(WebEvaluation.NEWSKIT_WITH_COMMENTS)) continue;
          if (Double.isNaN(peerShingle) || e.getValue().shingle.f1() > peerShingle) {
            peer = e.getKey() + " (same run)";
            peerShingle = e.getValue().shingle.f1();
          }
        }
        summary.add(new SummaryRow(set, cases.size(), "shingle F1", f.get(WebEvaluation.NEWSKIT).shingle.f1(), peer,
            peerShingle));
      }
    }
    if (f.containsKey(WebEvaluation.NEWSKIT_WITH_COMMENTS)) md.append(withComments(set, cases, results, stored, summary));
    if (set.equals("cleaneval")) {
      md.append("\nweb2text was trained on CleanEval; the issue's figure to beat is the best peer not trained on it.\n");
    }
    return md.toString();
  }

  /** The table of trafilatura-eval (snippets and metadata), with trafilatura's published table. */
  static String snippets(String set, List<WebCase> cases, List<PageResult> results, List<SummaryRow> summary) {
    StringBuilder md = new StringBuilder();
    Map<String, Figures> f = figures(results, p -> true);
    Figures n = f.get(WebEvaluation.NEWSKIT);
    md.append("#### ").append(set).append(" (").append(cases.size()).append(" development pages; ")
        .append(n.snippets.tp() + n.snippets.fn()).append(" text and ").append(n.snippets.fp() + n.snippets.tn())
        .append(" boilerplate snippets)\n\n");
    header(md, f.keySet());
    row(md, "snippet precision", f, x -> x.snippets.precision());
    row(md, "snippet recall", f, x -> x.snippets.recall());
    row(md, "snippet accuracy", f, x -> x.snippets.accuracy());
    row(md, "snippet F1", f, x -> x.snippets.f1());
    count(md, "text snippets lost (fn)", f, x -> x.snippets.fn());
    count(md, "boilerplate snippets kept (fp)", f, x -> x.snippets.fp());
    metadataRows(md, f, Set.of());
    count(md, "empty outputs", f, x -> x.empty);
    count(md, "pages failed", f, x -> x.failed);
    md.append("\ntrafilatura's published figures on all 990 pages of its evaluation set (this is the development"
        + " half of it):\n\n| package | precision | recall | accuracy | F1 |\n|---|---|---|---|---|\n");
    md.append(String.format(Locale.ROOT, "| **newskit (here, %d pages)** | %s | %s | %s | %s |%n", cases.size(),
        WebEvaluation.fmt(n.snippets.precision()), WebEvaluation.fmt(n.snippets.recall()),
        WebEvaluation.fmt(n.snippets.accuracy()), WebEvaluation.fmt(n.snippets.f1())));
    for (String[] r : TRAFILATURA_PUBLISHED) md.append("| ").append(String.join(" | ", r)).append(" |\n");
    summary.add(new SummaryRow(set, cases.size(), "snippet F1", n.snippets.f1(), "trafilatura (published, 990 pages)",
        TRAFILATURA_F1));
    for (String m : List.of(WebEvaluation.TITLE_EXACT, WebEvaluation.AUTHORS_EXACT, WebEvaluation.DAY)) {
      String peer = "(none published)";
      double best = Double.NaN;
      for (Map.Entry<String, Figures> e : f.entrySet()) {
        double v = e.getValue().rate(m);
        if (e.getKey().equals(WebEvaluation.NEWSKIT) || Double.isNaN(v)) continue;
        if (Double.isNaN(best) || v > best) {
          peer = e.getKey() + " (same run)";
          best = v;
        }
      }
      summary.add(new SummaryRow(set, n.of(m), m, n.rate(m), peer, best));
    }
    return md.toString();
  }

  /** The table of htmldate-eval (dates), with htmldate's published table. */
  static String dates(String set, List<WebCase> cases, List<PageResult> results, List<SummaryRow> summary) {
    StringBuilder md = new StringBuilder();
    Map<String, Figures> f = figures(results, p -> true);
    Figures n = f.get(WebEvaluation.NEWSKIT);
    md.append("#### ").append(set).append(" (").append(cases.size()).append(" development pages; ")
        .append(n.of(WebEvaluation.DAY)).append(" with a gold day)\n\n");
    header(md, f.keySet());
    row(md, "published day right (share of pages with a gold day)", f, x -> x.rate(WebEvaluation.DAY));
    row(md, "htmldate precision (right / dated)", f, x -> x.datesGiven == 0 ? Double.NaN : x.daysRight / (double) x.datesGiven);
    row(md, "htmldate recall (right / (right + undated))", f, x -> recall(x));
    row(md, "htmldate F1", f, x -> {
      int fp = x.datesGiven - x.daysRight;
      int fn = x.of(WebEvaluation.DAY) - x.datesGiven;
      return 2.0 * x.daysRight / (2.0 * x.daysRight + fp + fn);
    });
    metadataRows(md, f, Set.of(WebEvaluation.DAY));
    count(md, "empty outputs (body)", f, x -> x.empty);
    count(md, "pages failed", f, x -> x.failed);
    md.append("\nhtmldate's published figures on all 1000 pages (accuracy = share of pages dated right):\n\n"
        + "| package | precision | recall | accuracy | F1 |\n|---|---|---|---|---|\n");
    int fp = n.datesGiven - n.daysRight;
    int fn = n.of(WebEvaluation.DAY) - n.datesGiven;
    md.append(String.format(Locale.ROOT, "| **newskit (here, %d pages)** | %s | %s | %s | %s |%n", cases.size(),
        WebEvaluation.fmt(n.datesGiven == 0 ? Double.NaN : n.daysRight / (double) n.datesGiven),
        WebEvaluation.fmt(recall(n)), WebEvaluation.fmt(n.daysRight / (double) cases.size()),
        WebEvaluation.fmt(2.0 * n.daysRight / (2.0 * n.daysRight + fp + fn))));
    for (String[] r : HTMLDATE_PUBLISHED) md.append("| ").append(String.join(" | ", r)).append(" |\n");
    summary.add(new SummaryRow(set, n.of(WebEvaluation.DAY), "published day right", n.rate(WebEvaluation.DAY),
        "htmldate extensive (published accuracy)", HTMLDATE_ACCURACY));
    return md.toString();
  }

  private static double recall(Figures x) {
    int fn = x.of(WebEvaluation.DAY) - x.datesGiven;
    return x.daysRight + fn == 0 ? Double.NaN : x.daysRight / (double) (x.daysRight + fn);
  }

  private static void metadataRows(StringBuilder md, Map<String, Figures> f, Set<String> skip) {
    Figures n = f.get(WebEvaluation.NEWSKIT);
    for (String m : WebEvaluation.METADATA) {
      if (n.of(m) == 0 || skip.contains(m)) continue;
      if (m.equals(WebEvaluation.INVENTED) || m.equals(WebEvaluation.UNJUSTIFIED_OFFSET)) {
        md.append("| ").append(m).append(" |");
        for (Figures x : f.values()) {
          md.append(' ').append(x.of(m) == 0 ? "—" : x.count(m) + " of " + x.of(m)).append(" |");
        }
        md.append('\n');
      } else {
        row(md, m + " (" + n.of(m) + ")", f, x -> x.rate(m));
      }
    }
  }

  /** The summary table: one row per set and metric, newskit beside the best peer's figure. */
  static String summary(List<SummaryRow> rows) {
    StringBuilder md = new StringBuilder("#### Summary\n\n| set | pages | metric | newskit | best peer | delta |\n"
        + "|---|---|---|---|---|---|\n");
    for (SummaryRow r : rows) md.append(r.markdown()).append('\n');
    return md.toString();
  }

  /** One JSON object per line and extractor: set, id, extractor, output length and the page's metrics. */
  static String jsonLines(List<PageResult> results) {
    StringBuilder out = new StringBuilder();
    for (PageResult p : results) {
      ObjectNode o = JSON.createObjectNode();
      o.put("set", p.set());
      o.put("id", p.id());
      o.put("extractor", p.extractor());
      o.put("output_chars", p.outputChars());
      if (p.failed()) o.put("failed", true);
      p.rouge().ifPresent(r -> {
        o.put("rouge_lsum_f1", round(r.f1()));
        o.put("rouge_lsum_prec", round(r.precision()));
        o.put("rouge_lsum_rec", round(r.recall()));
      });
      p.shingle().ifPresent(s -> {
        o.put("shingle_prec", round(s.precision()));
        o.put("shingle_rec", round(s.recall()));
        o.put("shingle_f1", round(s.f1()));
      });
      p.bagOfWords().ifPresent(b -> o.put("bag_of_words_f1", round(b.f1())));
      p.snippets().ifPresent(s -> {
        o.put("snippet_tp", s.tp());
        o.put("snippet_fp", s.fp());
        o.put("snippet_fn", s.fn());
        o.put("snippet_tn", s.tn());
      });
      p.published().ifPresent(v -> o.put("published", v));
      p.metadata().forEach((k, v) -> o.put(k.replaceAll(" \\(.*", "").replace(' ', '_'), v));
      out.append(JSON.writeValueAsString(o)).append('\n');
    }
    return out.toString();
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  private static Map<String, Figures> figures(List<PageResult> results, java.util.function.Predicate<PageResult> keep) {
    Map<String, Figures> out = new LinkedHashMap<>();
    WebEvaluation.byExtractor(results, keep).forEach((k, v) -> out.put(k, new Figures(v)));
    return out;
  }

  private static void header(StringBuilder md, Set<String> extractors) {
    md.append("| metric |");
    for (String x : extractors) md.append(' ').append(x).append(" |");
    md.append("\n|---|").append("---|".repeat(extractors.size())).append('\n');
  }

  private static void row(StringBuilder md, String name, Map<String, Figures> f,
      java.util.function.ToDoubleFunction<Figures> value) {
    md.append("| ").append(name).append(" |");
    for (Figures x : f.values()) md.append(' ').append(WebEvaluation.fmt(value.applyAsDouble(x))).append(" |");
    md.append('\n');
  }

  private static void count(StringBuilder md, String name, Map<String, Figures> f,
      java.util.function.ToIntFunction<Figures> value) {
    md.append("| ").append(name).append(" |");
    for (Figures x : f.values()) md.append(' ').append(value.applyAsInt(x)).append(" |");
    md.append('\n');
  }
}
