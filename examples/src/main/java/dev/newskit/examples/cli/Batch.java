package dev.newskit.examples.cli;

import dev.newskit.examples.cli.Inputs.Source;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Runs one task per source on a bounded pool and writes the results in input order, whatever order
 * they finish in. Sources are taken as the pool has room (a few per thread in flight), so a WARC of a
 * million pages streams through in bounded memory. A failing source never stops the batch. When
 * standard error is a terminal it draws a progress line there (count, rate, and ETA when the total is
 * known), cleared before each result is written so that results on the same screen never share its
 * line; at the end it logs a one-line summary.
 */
final class Batch {
  private static final int IN_FLIGHT_PER_THREAD = 4;

  private final int threads;
  private final int total;
  private final PrintWriter err;
  private final Log log;
  private final boolean progress;
  private final int width;

  /**
   * @param total the number of sources, or -1 when unknown (WARC inputs)
   * @param terminal the width of the terminal on standard error, empty when it is not one
   */
  Batch(int threads, int total, PrintWriter err, Log log, OptionalInt terminal) {
    this.threads = threads;
    this.total = total;
    this.err = err;
    this.log = log;
    this.progress = terminal.isPresent() && total != 1;
    this.width = terminal.orElse(80);
  }

  /**
   * Runs {@code task} on every source and writes each result, or {@code onError}'s text for a failed
   * one, to {@code out} in input order.
   *
   * @return how many sources failed
   */
  int run(Iterator<Source> sources, Function<Source, String> task, BiFunction<String, String, String> onError, PrintWriter out)
      throws InterruptedException {
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "newskit-batch");
      t.setDaemon(true);
      return t;
    });
    int done = 0;
    int failed = 0;
    Deque<Pending> pending = new ArrayDeque<>();
    try {
      while (sources.hasNext() || !pending.isEmpty()) {
        while (sources.hasNext() && pending.size() < threads * IN_FLIGHT_PER_THREAD) {
          Source source = sources.next();
          pending.add(new Pending(source.name(), pool.submit(() -> task.apply(source))));
        }
        Pending head = pending.poll();
        String text;
        boolean ok = false;
        try {
          text = head.result().get();
          ok = true;
        } catch (ExecutionException e) {
          failed++;
          Throwable cause = e.getCause();
          String message = cause instanceof BadInputException ? cause.getMessage() : "internal failure: " + cause;
          if (progress) clearProgress();
          text = onError.apply(head.name(), Main.oneLine(message));
        }
        if (progress && !text.isEmpty()) clearProgress();
        out.print(text);
        out.flush();
        if (ok) log.verbose("ok " + head.name());
        done++;
        if (progress) drawProgress(done, start);
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
    if (progress) clearProgress();
    log.info(String.format(Locale.ROOT, "done %d, failed %d, %.1f pages/s", done - failed, failed, done / seconds));
    return failed;
  }

  private record Pending(String name, Future<String> result) {}

  private void clearProgress() {
    err.print("\r\033[K");
    err.flush();
  }

  private void drawProgress(int done, long start) {
    double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
    double rate = done / seconds;
    if (total < 0) {
      err.printf(Locale.ROOT, "\r%d pages %.1f pages/s", done, rate);
    } else {
      long eta = Math.round((total - done) / Math.max(rate, 1e-9));
      String numbers = String.format(Locale.ROOT, " %d/%d %.1f pages/s ETA %ds", done, total, rate, eta);
      // The line must fit the terminal: a wrapped line cannot be redrawn in place.
      int bar = Math.max(0, Math.min(30, width - 1 - numbers.length() - 2));
      int filled = (int) ((long) bar * done / total);
      err.print("\r" + (bar > 0 ? "[" + "#".repeat(filled) + " ".repeat(bar - filled) + "]" : "") + numbers);
    }
    err.flush();
  }
}
