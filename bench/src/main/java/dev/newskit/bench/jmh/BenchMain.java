package dev.newskit.bench.jmh;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs newskit's JMH benchmarks with short, documented settings and the GC profiler (allocation per
 * operation). Arguments: an optional benchmark name pattern. For publishable numbers, run JMH directly
 * with more forks and iterations.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws RunnerException {
    Options options = new OptionsBuilder()
        .include(args.length > 0 ? args[0] : "dev.newskit.bench.jmh.*")
        .forks(1)
        .warmupIterations(5)
        .warmupTime(TimeValue.seconds(2))
        .measurementIterations(5)
        .measurementTime(TimeValue.seconds(2))
        .addProfiler(GCProfiler.class)
        .build();
    new Runner(options).run();
  }
}
