package dev.newskit.examples.samples;

import dev.newskit.html.safety.CleaningPolicy;
import dev.newskit.html.safety.HtmlCleaner;
import java.io.PrintStream;

/** Cleans HTML from a wire feed so it can be republished: formatting kept, nothing active left. */
public final class CleanWireHtml {
  private CleanWireHtml() {}

  static final String WIRE = "<div class=\"wire\" onclick=\"track()\">"
      + "<p dir=\"rtl\" lang=\"he\">ירושלים (רויטרס) — <b>הממשלה</b> אישרה הלילה את התקציב.</p>"
      + "<p>Read the <a href=\"/budget?utm_source=wire&amp;id=7\" target=\"_blank\">full text</a>.</p>"
      + "<img data-src=\"/photos/knesset.jpg\" src=\"data:image/gif;base64,R0lGOD\" alt=\"The Knesset\">"
      + "<script>steal(document.cookie)</script></div>";

  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    // Policies are immutable presets; derive your own with toBuilder().
    HtmlCleaner cleaner = HtmlCleaner.of(CleaningPolicy.ARTICLE);
    out.println(cleaner.clean(WIRE, "https://wire.example/stories/1"));
    // The same input as plain text, paragraphs separated by blank lines.
    out.println(HtmlCleaner.of(CleaningPolicy.TEXT).clean(WIRE));
  }
}
