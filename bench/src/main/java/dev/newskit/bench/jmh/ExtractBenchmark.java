package dev.newskit.bench.jmh;

import dev.newskit.html.ArticleExtractor;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Pages per second over the corpus: newskit's extractor, Readability4J, and bare {@code Jsoup.parse}. One
 * invocation works through the whole fixed sample {@link Pages#mix()} and counts as {@link Pages#MIX}
 * operations, so every iteration covers the same page mix, the score is pages per second and the GC
 * profiler's {@code gc.alloc.rate.norm} is bytes allocated per page.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractBenchmark {
  private static final String URL = "http://example.com/page.html";
  List<String> pages;
  ArticleExtractor extractor;

  @Setup
  public void setup() {
    pages = Pages.mix();
    extractor = ArticleExtractor.create();
  }

  @Benchmark
  @OperationsPerInvocation(Pages.MIX)
  public void newskitExtract(Blackhole bh) {
    for (String page : pages) bh.consume(extractor.extract(page, URL));
  }

  @Benchmark
  @OperationsPerInvocation(Pages.MIX)
  public void readability4j(Blackhole bh) {
    for (String page : pages) bh.consume(new net.dankito.readability4j.Readability4J(URL, page).parse());
  }

  @Benchmark
  @OperationsPerInvocation(Pages.MIX)
  public void jsoupParseOnly(Blackhole bh) {
    for (String page : pages) bh.consume(Jsoup.parse(page, URL));
  }
}
