package dev.newskit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** {@code newskit serve} refuses bad flags with exit 2 and one {@code error:} line, never a stack trace. */
class ServeCommandTest {

  private static void refused(CliRunner.Result r, String mention) {
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().startsWith("error: "), r.err());
    assertTrue(r.err().contains(mention), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
  }

  @Test
  void badFlagsExit2WithOneLine() throws Exception {
    refused(CliRunner.run("serve", "--port", "99999"), "--port");
    refused(CliRunner.run("serve", "--port", "-1"), "--port");
    // Every refusal names the flag first, as --port's does.
    refused(CliRunner.run("serve", "--port", "0", "--workers", "0"), "error: --workers: ");
    refused(CliRunner.run("serve", "--port", "0", "--queue", "0"), "error: --queue: ");
    refused(CliRunner.run("serve", "--port", "0", "--max-body", "0"), "error: --max-body: ");
    refused(CliRunner.run("serve", "--port", "0", "--read-timeout", "0"), "error: --read-timeout: ");
    refused(CliRunner.run("serve", "--port", "0", "--read-timeout", "-1"), "error: --read-timeout: ");
    refused(CliRunner.run("serve", "--port", "0", "--drain", "-1"), "error: --drain: ");
    refused(CliRunner.run("serve", "--port", "0", "--bind", "no-such-host.invalid"), "--bind");
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      refused(CliRunner.run("serve", "--port", Integer.toString(taken.getLocalPort())), "cannot listen");
    }
  }
}
