package dev.newskit.bench.jmh;

import dev.newskit.html.ArticleExtractor;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Time per page over the corpus: newskit's extractor, Readability4J, and bare {@code Jsoup.parse}, each given
 * the same page strings and URL. One invocation works through the whole fixed sample {@link Pages#mix()} and
 * counts as {@link Pages#MIX} operations, so every iteration covers the same page mix, the score is
 * microseconds per page and the GC profiler's {@code gc.alloc.rate.norm} is bytes allocated per page.
 *
 * <p>The score is wall time, so it includes the collector's work on other threads that the allocation causes
 * (on two cores, a parallel young collection stops the measuring thread and takes both cores). Each fork runs
 * with a fixed heap, so that collections do not change with the heap's growth from one fork to the next; two
 * forks of five measured iterations of 2 s each. Extraction is a lot of code for the JIT: on a busy two-core
 * machine it took 30 s to reach its steady time (a page cost five times as much after 20 s), while the bare
 * parse is steady within seconds, so a short warm-up measured the compiler, not the extractor: 40 s of it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 20, time = 2)
@Measurement(iterations = 5, time = 2)
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
