package dev.newskit.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How a worker turns what a job throws into the one answer its request always gets. */
class AnswerTest {

  @Test
  void errorsTheServiceSurvivesAreAnsweredAs500() {
    for (Throwable t : new Throwable[] {new IllegalStateException("x"), new StackOverflowError(), new NoClassDefFoundError("x")}) {
      Reply r = NewsService.answer(() -> {
        if (t instanceof RuntimeException e) throw e;
        throw (Error) t;
      });
      assertEquals(500, r.status(), t.toString());
      assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains(t.getClass().getSimpleName()), t.toString());
    }
  }

  @Test
  void refusalsKeepTheirStatus() {
    assertEquals(413, NewsService.answer(() -> {
      throw new dev.newskit.html.HtmlLimitException("too big", 10, 5);
    }).status());
    Reply ok = new Reply(200, "text/plain", new byte[0]);
    assertEquals(ok, NewsService.answer(() -> ok));
  }

  @Test
  void fatalErrorsGoOnUp() {
    assertThrows(OutOfMemoryError.class, () -> NewsService.answer(() -> {
      throw new OutOfMemoryError("test");
    }));
  }
}
