package dev.newskit.bench.jmh;

import dev.newskit.html.safety.CleaningPolicy;
import dev.newskit.html.safety.HtmlCleaner;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
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
import org.openjdk.jmh.infra.Blackhole;

/** ARTICLE cleaning over the corpus pages, beside jsoup's own {@code Jsoup.clean(html, Safelist.relaxed())}. */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CleanBenchmark {
  Pages.Cycle pages;
  HtmlCleaner cleaner;
  Safelist relaxed;

  @Setup
  public void setup() {
    pages = new Pages.Cycle(Pages.load());
    cleaner = HtmlCleaner.of(CleaningPolicy.ARTICLE);
    relaxed = Safelist.relaxed();
  }

  @Benchmark
  public void newskitArticle(Blackhole bh) {
    bh.consume(cleaner.clean(pages.next(), "http://example.com/page.html"));
  }

  @Benchmark
  public void jsoupRelaxed(Blackhole bh) {
    bh.consume(Jsoup.clean(pages.next(), "http://example.com/page.html", relaxed));
  }
}
