package dev.newskit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The thread-safety harness every module's tests share (through core's test jar): a piece of work on
 * shared instances is run once alone, then by {@value #THREADS} threads that start together, and each
 * thread's results must equal the single-threaded ones.
 */
public final class SharedUse {
  /** How many threads share the instances. */
  public static final int THREADS = 16;

  private SharedUse() {}

  /** Runs {@code work} once alone, then {@code rounds} times on each of {@value #THREADS} threads, and compares. */
  public static <T> T sameOnEveryThread(int rounds, Callable<T> work) throws Exception {
    T expected = work.call();
    for (List<T> results : onEveryThread(rounds, work)) {
      for (T actual : results) assertEquals(expected, actual);
    }
    return expected;
  }

  /**
   * Runs {@code work} {@code rounds} times on each of {@value #THREADS} threads that start together and
   * gives every thread's results, for work whose results differ from call to call (counters, files).
   */
  public static <T> List<List<T>> onEveryThread(int rounds, Callable<T> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CyclicBarrier start = new CyclicBarrier(THREADS);
    try {
      List<Future<List<T>>> runs = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        runs.add(pool.submit(() -> {
          start.await(1, TimeUnit.MINUTES);
          List<T> out = new ArrayList<>();
          for (int r = 0; r < rounds; r++) out.add(work.call());
          return out;
        }));
      }
      List<List<T>> all = new ArrayList<>();
      for (Future<List<T>> run : runs) all.add(run.get(5, TimeUnit.MINUTES));
      return all;
    } finally {
      pool.shutdownNow();
    }
  }
}
