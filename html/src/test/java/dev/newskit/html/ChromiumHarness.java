package dev.newskit.html;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A headless Chromium driven over the DevTools protocol, which loads HTML in a page whose
 * {@code alert}/{@code confirm}/{@code prompt}/{@code print}/{@code open} and a global sentinel are
 * hooked, intercepts every network request and frame, dispatches events on every element, and reports
 * what ran. Pages are answered by the interception under a reserved {@code .test} host; no request
 * leaves the machine.
 */
final class ChromiumHarness implements Closeable {
  /** What one page did: script executions, and requests or frames that active content caused. */
  record Outcome(List<String> executions, List<String> violations) {
    boolean clean() {
      return executions.isEmpty() && violations.isEmpty();
    }
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String HOOKS = "(() => {"
      + "const report = (w) => { try { window.__newskitReport(String(w)); } catch (e) {} };"
      + "for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) {"
      + "  try { Object.defineProperty(window, name, { value: function (...a) { report(name + '(' + a.map(String).join(',') + ')'); return null; }, writable: false, configurable: false }); } catch (e) {}"
      + "}"
      + "window.xssSentinel = () => report('sentinel');"
      + "})();";
  private static final String DISPATCH = "(async () => {"
      + "const types = ['load','error','focus','blur','focusin','focusout','mouseover','mouseenter','mousemove','mouseout','mousedown','mouseup','click','dblclick','auxclick','contextmenu','keydown','keypress','keyup','input','change','submit','reset','select','scroll','wheel','toggle','animationstart','animationend','animationiteration','transitionstart','transitionend','transitionrun','dragstart','drag','dragend','dragenter','dragover','drop','copy','cut','paste','beforecopy','play','pause','canplay','loadstart','begin','end','repeat','pageshow','hashchange','message','popstate','resize','search','beforeinput','pointerdown','pointerup','pointerover','touchstart','invalid','formdata','beforetoggle'];"
      + "const all = Array.from(document.querySelectorAll('*'));"
      + "for (const el of all) {"
      + "  for (const t of types) { try { el.dispatchEvent(new Event(t, { bubbles: false, cancelable: true })); } catch (e) {} }"
      + "  try { if (el.focus) el.focus(); } catch (e) {}"
      // Links to web pages are not clicked: following them proves nothing, and every navigation counts.
      + "  try { if (/^(A|AREA)$/.test(el.tagName) && /^https?:/i.test(el.href || '')) continue; } catch (e) {}"
      + "  try { if (/^(A|AREA|BUTTON|INPUT|SUMMARY|DETAILS|LABEL)$/.test(el.tagName)) el.click(); } catch (e) {}"
      + "}"
      + "for (const t of ['load', 'hashchange', 'message', 'resize', 'scroll', 'pageshow']) { try { window.dispatchEvent(new Event(t)); } catch (e) {} }"
      + "await new Promise(r => setTimeout(r, 150));"
      + "return all.length; })()";

  private final Process chromium;
  private final Path profile;
  /** Pages are answered by the request interception itself: no server, no port, no traffic. */
  private final String base = "http://harness.newskit.test/";
  private final WebSocket socket;
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();
  private final List<String> executions = new CopyOnWriteArrayList<>();
  private final List<String> violations = new CopyOnWriteArrayList<>();
  private final Map<String, String> pages = new ConcurrentHashMap<>();
  private volatile CountDownLatch loaded = new CountDownLatch(1);
  private volatile String closed;
  private final String sessionId;

  private ChromiumHarness(Path binary) throws Exception {
    profile = Files.createTempDirectory("newskit-chromium");
    chromium = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--disable-default-apps", "--mute-audio", "--user-data-dir=" + profile,
        "--remote-debugging-port=0", "about:blank")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    String endpoint = devToolsEndpoint(chromium);
    socket = HttpClient.newHttpClient().newWebSocketBuilder()
        .buildAsync(URI.create(endpoint), new Listener()).get(30, TimeUnit.SECONDS);

    String targetId = send(null, "Target.createTarget", JSON.createObjectNode().put("url", "about:blank"))
        .get("targetId").asString();
    sessionId = send(null, "Target.attachToTarget", JSON.createObjectNode().put("targetId", targetId).put("flatten", true))
        .get("sessionId").asString();
    send(null, "Target.setDiscoverTargets", JSON.createObjectNode().put("discover", true));
    send(sessionId, "Page.enable", null);
    send(sessionId, "Runtime.enable", null);
    send(sessionId, "Runtime.addBinding", JSON.createObjectNode().put("name", "__newskitReport"));
    send(sessionId, "Page.addScriptToEvaluateOnNewDocument", JSON.createObjectNode().put("source", HOOKS));
    ObjectNode fetch = JSON.createObjectNode();
    fetch.putArray("patterns").addObject().put("urlPattern", "*");
    send(sessionId, "Fetch.enable", fetch);
  }

  /** The Chromium binary: {@code NEWSKIT_CHROMIUM}, or Debian's and the usual install paths. */
  static Optional<Path> findChromium() {
    List<String> candidates = new ArrayList<>();
    String configured = System.getenv("NEWSKIT_CHROMIUM");
    if (configured != null) candidates.add(configured);
    candidates.addAll(List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome",
        "/usr/bin/google-chrome-stable"));
    for (String c : candidates) {
      Path p = Path.of(c);
      if (Files.isExecutable(p)) return Optional.of(p);
    }
    return Optional.empty();
  }

  static ChromiumHarness start(Path binary) throws Exception {
    return new ChromiumHarness(binary);
  }

  private static String devToolsEndpoint(Process process) throws Exception {
    CompletableFuture<String> found = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          int at = line.indexOf("ws://");
          if (line.startsWith("DevTools listening on") && at >= 0) found.complete(line.substring(at).strip());
        }
      } catch (IOException e) {
        found.completeExceptionally(e);
      }
      found.completeExceptionally(new IOException("Chromium exited without a DevTools endpoint"));
    }, "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    return found.get(60, TimeUnit.SECONDS);
  }

  /** Loads {@code html} as a page body, dispatches events everywhere, and reports what ran. */
  Outcome run(String name, String html) throws Exception {
    String path = "/case/" + name.replaceAll("[^A-Za-z0-9_-]", "_");
    pages.put(path, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>newskit harness</title></head><body>"
        + html + "</body></html>");
    executions.clear();
    violations.clear();
    loaded = new CountDownLatch(1);
    send(sessionId, "Page.navigate", JSON.createObjectNode().put("url", base + path.substring(1)));
    loaded.await(5, TimeUnit.SECONDS);
    try {
      send(sessionId, "Runtime.evaluate", JSON.createObjectNode().put("expression", DISPATCH).put("awaitPromise", true)
          .put("timeout", 5000));
    } catch (Exception e) {
      violations.add("harness: " + e.getMessage());
    }
    Thread.sleep(50);
    pages.remove(path);
    return new Outcome(List.copyOf(executions), List.copyOf(violations));
  }

  /** The string value of a JavaScript expression evaluated in the page {@link #run} loaded last. */
  String evaluate(String expression) throws Exception {
    return send(sessionId, "Runtime.evaluate", JSON.createObjectNode().put("expression", expression).put("returnByValue", true))
        .path("result").path("value").asString("");
  }

  private JsonNode send(String session, String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
    if (params != null) msg.set("params", params);
    if (session != null) msg.put("sessionId", session);
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    synchronized (socket) {
      socket.sendText(JSON.writeValueAsString(msg), true).get(10, TimeUnit.SECONDS);
    }
    JsonNode result = reply.get(20, TimeUnit.SECONDS);
    if (result.has("error")) throw new IOException(method + ": " + result.get("error"));
    return result.path("result");
  }

  private void sendAsync(String method, ObjectNode params) {
    ObjectNode msg = JSON.createObjectNode().put("id", ids.incrementAndGet()).put("method", method).put("sessionId", sessionId);
    msg.set("params", params);
    synchronized (socket) {
      socket.sendText(JSON.writeValueAsString(msg), true);
    }
  }

  private void onEvent(JsonNode msg) {
    String method = msg.path("method").asString("");
    JsonNode p = msg.path("params");
    switch (method) {
      case "Page.loadEventFired":
        loaded.countDown();
        break;
      case "Runtime.bindingCalled":
        executions.add(p.path("payload").asString(""));
        break;
      case "Page.javascriptDialogOpening":
        executions.add("dialog:" + p.path("type").asString("") + ":" + p.path("message").asString(""));
        sendAsync("Page.handleJavaScriptDialog", JSON.createObjectNode().put("accept", true));
        break;
      case "Page.frameAttached":
        violations.add("frame attached");
        break;
      case "Target.targetCreated":
        if (p.path("targetInfo").path("type").asString("").equals("page") && !p.path("targetInfo").path("url").asString("").equals("about:blank")) {
          violations.add("new window: " + p.path("targetInfo").path("url").asString(""));
        }
        break;
      case "Fetch.requestPaused": {
        String url = p.path("request").path("url").asString("");
        String type = p.path("resourceType").asString("");
        String requestId = p.path("requestId").asString("");
        if (url.startsWith(base)) {
          String page = pages.get(URI.create(url).getPath());
          ObjectNode reply = JSON.createObjectNode().put("requestId", requestId).put("responseCode", page == null ? 404 : 200);
          reply.putArray("responseHeaders").addObject().put("name", "Content-Type").put("value", "text/html; charset=utf-8");
          reply.put("body", java.util.Base64.getEncoder().encodeToString((page == null ? "" : page).getBytes(StandardCharsets.UTF_8)));
          sendAsync("Fetch.fulfillRequest", reply);
        } else {
          // Images may load from anywhere; anything else leaving the page is active content at work.
          if (!type.equals("Image") && !type.equals("Media") && !type.equals("Font")) violations.add(type + " " + url);
          if (type.equals("Document")) {
            sendAsync("Fetch.fulfillRequest", JSON.createObjectNode().put("requestId", requestId).put("responseCode", 204));
          } else {
            sendAsync("Fetch.failRequest", JSON.createObjectNode().put("requestId", requestId).put("errorReason", "BlockedByClient"));
          }
        }
        break;
      }
      default:
        break;
    }
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        try {
          JsonNode msg = JSON.readTree(text);
          if (msg.has("id") && pending.containsKey(msg.get("id").asInt())) {
            pending.remove(msg.get("id").asInt()).complete(msg);
          } else if (msg.has("method")) {
            onEvent(msg);
          }
        } catch (RuntimeException e) {
          violations.add("harness could not read a DevTools message: " + e);
        }
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      closed = error.toString();
      pending.values().forEach(f -> f.completeExceptionally(error));
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      closed = "closed " + statusCode + " " + reason;
      pending.values().forEach(f -> f.completeExceptionally(new IOException(closed)));
      return null;
    }
  }

  @Override
  public void close() {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    } catch (RuntimeException ignored) {
      // Closing anyway.
    }
    chromium.destroy();
    try {
      if (!chromium.waitFor(10, TimeUnit.SECONDS)) chromium.destroyForcibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (var files = Files.walk(profile)) {
      files.sorted(Collections.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException | java.io.UncheckedIOException ignored) {
      // A leftover temp profile is harmless.
    }
  }
}
