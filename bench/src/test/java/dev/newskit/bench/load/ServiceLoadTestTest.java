package dev.newskit.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A short run of the load test, so it stays working; the 60-second run at 500/s is reported by hand. */
class ServiceLoadTestTest {

  @Test
  void aShortRunAnswersEveryRequest() throws Exception {
    ServiceLoadTest.Result r = ServiceLoadTest.run(100, 3);
    assertEquals(0, r.errors(), r.toString());
    assertTrue(r.sent() >= 300, r.toString());
  }
}
