package dev.newskit.bench.jmh;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs newskit's JMH benchmarks with the GC profiler (allocation per operation) and {@link ThreadCpuProfiler}
 * (the worker's CPU time per operation, which other processes on the machine do not inflate). Forks, warm-up and
 * measurement are each benchmark class's own ({@code @Fork}, {@code @Warmup}, {@code @Measurement}).
 * Arguments: an optional benchmark name pattern, such as {@code 'ExtractBenchmark.(newskitExtract|jsoupParseOnly)'}.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws RunnerException {
    Options options = new OptionsBuilder()
        .include(args.length > 0 ? args[0] : "dev.newskit.bench.jmh.*")
        .addProfiler(GCProfiler.class)
        .addProfiler(ThreadCpuProfiler.class)
        .build();
    new Runner(options).run();
  }
}
