package dev.newskit.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newskit.examples.service.ServiceConfig;
import org.junit.jupiter.api.Test;

/** A short run of the load test, so it stays working; the 60-second run at 500/s is reported by hand. */
class ServiceLoadTestTest {

  @Test
  void aShortRunAnswersEveryRequest() throws Exception {
    // A queue deep enough for a cold JVM on a busy CI machine: this checks that every request is answered,
    // not the 503 a full queue gives (ServiceAbuseTest checks that).
    ServiceLoadTest.Result r = ServiceLoadTest.run(100, 3, ServiceConfig.builder().queue(4096));
    assertEquals(0, r.errors(), r.toString());
    assertTrue(r.sent() >= 300, r.toString());
  }
}
