package dev.newskit.bench.jmh;

import dev.newskit.html.ArticleExtractor;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/** Pages per second over the corpus: newskit's extractor, Readability4J, and bare {@code Jsoup.parse}. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractBenchmark {
  List<String> pages;
  ArticleExtractor extractor;

  @Setup
  public void setup() {
    pages = Pages.load();
    extractor = ArticleExtractor.create();
  }

  /** One pass over every page; the score divided by the page count is pages per second. */
  @Benchmark
  public void newskitExtract(Blackhole bh) {
    for (String html : pages) bh.consume(extractor.extract(html, "http://example.com/page.html"));
  }

  @Benchmark
  public void readability4j(Blackhole bh) {
    for (String html : pages) bh.consume(new net.dankito.readability4j.Readability4J("http://example.com/page.html", html).parse());
  }

  @Benchmark
  public void jsoupParseOnly(Blackhole bh) {
    for (String html : pages) bh.consume(Jsoup.parse(html, "http://example.com/page.html"));
  }
}
