package dev.newskit.html;

import dev.newskit.core.ArticleJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Extracts the pages named on the command line and prints their JSON: one JVM's answer for {@link TwoJvmTest}. */
public final class ExtractOnce {
  private ExtractOnce() {}

  public static void main(String[] args) throws IOException {
    ArticleExtractor extractor = ArticleExtractor.create();
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    for (String arg : args) {
      byte[] bytes;
      if (arg.startsWith("resource:")) {
        try (InputStream in = ExtractOnce.class.getResourceAsStream(arg.substring("resource:".length()))) {
          bytes = in.readAllBytes();
        }
      } else if (arg.endsWith(".gz")) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of(arg)))) {
          bytes = in.readAllBytes();
        }
      } else {
        bytes = Files.readAllBytes(Path.of(arg));
      }
      ExtractedPage page = extractor.extractPage(PageInput.of(bytes).withUrl("https://news.example/page"));
      out.println(ArticleJson.write(page.article()));
      out.println(page.bodyHtml());
    }
    out.flush();
  }
}
