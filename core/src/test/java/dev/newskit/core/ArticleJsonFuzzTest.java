package dev.newskit.core;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;

/** Any text read as article JSON gives an article or one of Jackson's typed exceptions, and an article survives a round trip. */
class ArticleJsonFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void onlyJacksonExceptions(byte[] input) {
    Article article;
    try {
      article = ArticleJson.read(new String(input, StandardCharsets.UTF_8));
    } catch (JacksonException expected) {
      return;
    }
    if (!article.equals(ArticleJson.read(ArticleJson.write(article)))) {
      throw new AssertionError("round trip changed " + ArticleJson.write(article));
    }
  }
}
