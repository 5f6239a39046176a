package dev.newskit.bench.jmh;

import dev.newskit.html.ArticleExtractor;
import dev.newskit.html.HostilePages;
import dev.newskit.html.HtmlLimitException;
import dev.newskit.html.safety.CleaningPolicy;
import dev.newskit.html.safety.HtmlCleaner;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long each hostile page of newskit-html's tests takes to extract and to clean, one call at a
 * time, in a JVM with the same 256 MiB heap the tests give them: the numbers behind the README's
 * documented bounds. A page refused with {@link HtmlLimitException} counts as done (the refusal is
 * the result).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@State(Scope.Benchmark)
public class HostileBenchmark {
  @Param({"nested-100k", "nested-tables-20k", "siblings-150k", "page-50mb", "elements-1m", "text-node-10mb", "invalid-utf8-nul",
      "wrong-charset", "json-ld-cycles-3mb", "empty"})
  String page;

  private byte[] bytes;
  private final ArticleExtractor extractor = ArticleExtractor.create();
  private final HtmlCleaner cleaner = HtmlCleaner.of(CleaningPolicy.ARTICLE);

  @Setup(Level.Trial)
  public void build() {
    bytes = HostilePages.bytes(page);
  }

  @Benchmark
  public Object extract() {
    try {
      return extractor.extract(bytes, "https://news.example/a");
    } catch (HtmlLimitException refused) {
      return refused;
    }
  }

  @Benchmark
  public Object clean() {
    try {
      return cleaner.clean(bytes, "https://news.example/a", null);
    } catch (HtmlLimitException refused) {
      return refused;
    }
  }
}
