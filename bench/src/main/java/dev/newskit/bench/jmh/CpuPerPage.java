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
 * at all, so the ratio it prints is the one to quote from a busy machine. It leaves out the collector's
 * threads, which {@code ExtractBenchmark}'s wall time includes: the process's CPU time (collector and JIT
 * threads too) and the collectors' pause time per page are printed beside it.
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
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long[] cpu = new long[2];
    long[] allocated = new long[2];
    long[] processCpu = new long[2];
    long[] gcMillis = new long[2];
    long measured = 0;
    int sink = 0;
    for (int r = 0; r < rounds; r++) {
      boolean warm = r >= rounds / 3;
      for (int mode = 0; mode < 2; mode++) {
        long cpu0 = threads.getCurrentThreadCpuTime();
        long allocated0 = threads.getThreadAllocatedBytes(thread);
        long process0 = os.getProcessCpuTime();
        long gc0 = gcMillis();
        for (String page : pages) {
          sink += mode == 0 ? Jsoup.parse(page, URL).childNodeSize() : extractor.extract(page, URL).body().size();
        }
        if (warm) {
          cpu[mode] += threads.getCurrentThreadCpuTime() - cpu0;
          allocated[mode] += threads.getThreadAllocatedBytes(thread) - allocated0;
          processCpu[mode] += os.getProcessCpuTime() - process0;
          gcMillis[mode] += gcMillis() - gc0;
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
    System.out.printf("whole process (collector and JIT threads too): parse %.3f ms CPU/page, extract %.3f ms, %.2fx;"
        + " collector pauses %.3f and %.3f ms/page%n", processCpu[0] / 1e6 / measured, processCpu[1] / 1e6 / measured,
        processCpu[1] / (double) processCpu[0], gcMillis[0] / (double) measured, gcMillis[1] / (double) measured);
  }

  private static long gcMillis() {
    long total = 0;
    for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }
}
