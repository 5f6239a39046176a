package dev.newskit.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Runs one task per input on a bounded pool and writes the results in input order, whatever order
 * they finish in. A failing input never stops the batch. With a terminal on stderr it draws a progress
 * bar (count, rate, ETA); at the end it prints a one-line summary.
 */
final class Batch {
  private final int threads;
  private final int total;
  private final PrintWriter err;
  private final boolean progress;

  Batch(int threads, int total, PrintWriter err, boolean terminal) {
    this.threads = threads;
    this.total = total;
    this.err = err;
    this.progress = terminal && total > 1;
  }

  /**
   * Runs {@code task} on every source and writes each result, or {@code onError}'s text for a failed
   * one, to {@code out} in input order.
   *
   * @return how many sources failed
   */
  int run(List<String> sources, Function<String, String> task, BiFunction<String, String, String> onError, PrintWriter out)
      throws InterruptedException {
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, sources.size())), r -> {
      Thread t = new Thread(r, "newskit-batch");
      t.setDaemon(true);
      return t;
    });
    int failed = 0;
    try {
      List<Future<String>> results = new ArrayList<>();
      for (String source : sources) results.add(pool.submit(() -> task.apply(source)));
      for (int i = 0; i < results.size(); i++) {
        try {
          out.print(results.get(i).get());
        } catch (ExecutionException e) {
          failed++;
          Throwable cause = e.getCause();
          String message = cause instanceof BadInputException ? cause.getMessage() : "internal failure: " + cause;
          out.print(onError.apply(sources.get(i), Main.oneLine(message)));
        }
        out.flush();
        if (progress) drawProgress(i + 1, start);
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
    if (progress) err.print("\r\033[K");
    err.printf(Locale.ROOT, "done %d, failed %d, %.1f pages/s%n", sources.size() - failed, failed, sources.size() / seconds);
    err.flush();
    return failed;
  }

  private void drawProgress(int done, long start) {
    double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
    double rate = done / seconds;
    long eta = Math.round((total - done) / Math.max(rate, 1e-9));
    int width = 30;
    int filled = (int) ((long) width * done / total);
    err.printf(Locale.ROOT, "\r[%s%s] %d/%d %.1f pages/s ETA %ds", "#".repeat(filled), " ".repeat(width - filled),
        done, total, rate, eta);
    err.flush();
  }
}
