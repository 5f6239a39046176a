package dev.newskit.bench.jmh;

import dev.newskit.html.ArticleExtractor;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * CPU time and bytes allocated per page on the measuring thread, for newskit's extraction and for a bare
 * {@code Jsoup.parse} of the same pages, over whole rounds of every benchmark page (so that every page
 * counts once per round), the two alternating round by round; the first third of the rounds warm up.
 * Thread CPU time moves less than wall time when other processes share the machine, and allocation not
 * at all, so the ratio it prints is the one to quote from a busy machine (JMH's throughput is wall time).
 *
 * <p>Argument: the number of rounds (default 6). Run from the repository root:
 * {@code java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" dev.newskit.bench.jmh.CpuPerPage 6}.
 */
public final class CpuPerPage {
  private static final String URL = "http://example.com/page.html";

  private CpuPerPage() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
    List<String> pages = Pages.load();
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    ArticleExtractor extractor = ArticleExtractor.create();
    long[] cpu = new long[2];
    long[] allocated = new long[2];
    long measured = 0;
    int sink = 0;
    for (int r = 0; r < rounds; r++) {
      boolean warm = r >= rounds / 3;
      for (int mode = 0; mode < 2; mode++) {
        long cpu0 = threads.getCurrentThreadCpuTime();
        long allocated0 = threads.getThreadAllocatedBytes(thread);
        for (String page : pages) {
          sink += mode == 0 ? Jsoup.parse(page, URL).childNodeSize() : extractor.extract(page, URL).body().size();
        }
        if (warm) {
          cpu[mode] += threads.getCurrentThreadCpuTime() - cpu0;
          allocated[mode] += threads.getThreadAllocatedBytes(thread) - allocated0;
        }
      }
      if (warm) measured += pages.size();
    }
    System.out.printf("%d pages measured (%d a round, %d rounds of %d warm-up)%n", measured, pages.size(), rounds,
        rounds / 3);
    System.out.printf("bare Jsoup.parse: %.3f ms CPU/page, %.2f MB/page%n", cpu[0] / 1e6 / measured,
        allocated[0] / 1e6 / measured);
    System.out.printf("newskit extract:  %.3f ms CPU/page, %.2f MB/page%n", cpu[1] / 1e6 / measured,
        allocated[1] / 1e6 / measured);
    System.out.printf("extract / parse:  %.2fx CPU, %.2fx allocation (checksum %d)%n", cpu[1] / (double) cpu[0],
        allocated[1] / (double) allocated[0], sink);
  }
}
