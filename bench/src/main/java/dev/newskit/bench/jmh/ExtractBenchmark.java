package dev.newskit.bench.jmh;

import dev.newskit.html.ArticleExtractor;
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
  Pages.Cycle pages;
  ArticleExtractor extractor;

  @Setup
  public void setup() {
    pages = new Pages.Cycle(Pages.load());
    extractor = ArticleExtractor.create();
  }

  @Benchmark
  public void newskitExtract(Blackhole bh) {
    bh.consume(extractor.extract(pages.next(), "http://example.com/page.html"));
  }

  @Benchmark
  public void readability4j(Blackhole bh) {
    bh.consume(new net.dankito.readability4j.Readability4J("http://example.com/page.html", pages.next()).parse());
  }

  @Benchmark
  public void jsoupParseOnly(Blackhole bh) {
    bh.consume(Jsoup.parse(pages.next(), "http://example.com/page.html"));
  }
}
