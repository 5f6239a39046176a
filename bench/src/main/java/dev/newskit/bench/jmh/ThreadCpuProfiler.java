package dev.newskit.bench.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports the CPU time the benchmark's worker threads spent per operation
 * ({@code cpu.time.norm}, µs/op). Unlike the wall-time score it does not grow when other processes take the
 * machine's cores, so a slow fork shows whether the code got worse (more CPU per op) or the thread waited
 * for a core (the same CPU per op). Use with {@code -prof dev.newskit.bench.jmh.ThreadCpuProfiler}.
 */
public final class ThreadCpuProfiler implements InternalProfiler {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private long startNanos;

  @Override
  public String getDescription() {
    return "CPU time of the JMH worker threads per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    startNanos = workerCpuNanos();
  }

  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    long ops = result.getMetadata().getAllOps();
    double micros = (workerCpuNanos() - startNanos) / 1000.0;
    return List.of(new ScalarResult("cpu.time.norm", ops == 0 ? Double.NaN : micros / ops, "us/op",
        AggregationPolicy.AVG));
  }

  /** Total CPU time of the live threads JMH runs the benchmark on (named "...-jmh-worker-N"). */
  private static long workerCpuNanos() {
    long total = 0;
    for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (info != null && info.getThreadName().contains("jmh-worker")) {
        long cpu = THREADS.getThreadCpuTime(info.getThreadId());
        if (cpu > 0) total += cpu;
      }
    }
    return total;
  }
}
