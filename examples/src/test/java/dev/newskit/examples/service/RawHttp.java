package dev.newskit.examples.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** Raw HTTP/1.1 over a socket, for requests a well-behaved client would never send. */
final class RawHttp {
  private RawHttp() {}

  /**
   * Sends 200 bytes every 100 ms (2 KB/s) until the service closes the connection or {@code seconds} pass;
   * true when it closed.
   */
  static boolean trickleUntilClosed(Socket s, int seconds) throws InterruptedException {
    byte[] trickle = new byte[200];
    long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < end) {
      try {
        s.getOutputStream().write(trickle);
        s.getOutputStream().flush();
        Thread.sleep(100);
      } catch (IOException e) {
        return true;
      }
    }
    return false;
  }

  static Socket open(int port) throws IOException {
    Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
    s.setSoTimeout(15_000);
    return s;
  }

  static void send(Socket s, String text) throws IOException {
    s.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
    s.getOutputStream().flush();
  }

  /** Everything the server sends until it closes or goes quiet; "" when it reset or sent nothing. */
  static String readAll(Socket s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InputStream in = s.getInputStream();
    byte[] buf = new byte[8192];
    try {
      int n;
      while ((n = in.read(buf)) > 0) {
        out.write(buf, 0, n);
        String so = out.toString(StandardCharsets.UTF_8);
        int headersEnd = so.indexOf("\r\n\r\n");
        if (headersEnd > 0) {
          int cl = so.toLowerCase().indexOf("content-length: ");
          if (cl > 0 && cl < headersEnd) {
            int len = Integer.parseInt(so.substring(cl + 16, so.indexOf("\r\n", cl)).strip());
            if (out.size() >= headersEnd + 4 + len) break;
          }
        }
      }
    } catch (SocketTimeoutException | java.net.SocketException e) {
      // Return what arrived.
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Sends {@code request} on a new connection and returns the whole response. */
  static String exchange(int port, String request) throws IOException {
    try (Socket s = open(port)) {
      try {
        send(s, request);
      } catch (java.net.SocketException e) {
        // The server may answer (431, 413) and close before an oversized request is fully written, as a
        // browser or curl would see it: what counts is the answer it sent, read below.
      }
      return readAll(s);
    }
  }

  static int status(String response) {
    if (!response.startsWith("HTTP/1.1 ")) return -1;
    return Integer.parseInt(response.substring(9, 12));
  }

  static String body(String response) {
    int i = response.indexOf("\r\n\r\n");
    return i < 0 ? "" : response.substring(i + 4);
  }
}
