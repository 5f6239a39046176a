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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A headless Chromium driven over the DevTools protocol, which loads HTML in pages whose
 * {@code alert}/{@code confirm}/{@code prompt}/{@code print}/{@code open} and a global sentinel are
 * hooked, intercepts every network request and frame, dispatches events on every element, and reports
 * what ran. Pages are answered by the interception under a reserved {@code .test} host; no request
 * leaves the machine.
 *
 * <p>{@link #loadBatch} loads many pages at once, each a real document in its own frame of one page
 * load; what runs or is requested is attributed to the page whose frame (or a frame below it) did it,
 * through the frame of the script's execution context and of the request. One browser serves the
 * whole test run: {@link #shared()}.
 */
final class ChromiumHarness implements Closeable {
  /** What one page did: script executions, and requests or frames that active content caused. */
  record Outcome(List<String> executions, List<String> violations) {
    boolean clean() {
      return executions.isEmpty() && violations.isEmpty();
    }
  }

  /**
   * What a batch did: one outcome per page, in the order given, and what ran or was requested that no
   * single page's frame can be blamed for (a new window, a dialog of an unknown frame).
   */
  record Batch(List<Outcome> items, Outcome unattributed) {
    boolean clean() {
      return unattributed.clean() && items.stream().allMatch(Outcome::clean);
    }
  }

  /** Pages per page load in {@link #loadBatch}: small enough that one slow payload costs little. */
  static final int BATCH_SIZE = 128;
  private static final String ITEM_ATTRIBUTE = "data-newskit-item";
  private static final String DOCUMENT_START = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>newskit harness</title></head><body>";
  private static final String DOCUMENT_END = "</body></html>";
  private static ChromiumHarness shared;

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String HOOKS = "(() => {"
      + "const report = (w) => { try { window.__newskitReport(String(w)); } catch (e) {} };"
      + "for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) {"
      + "  try { Object.defineProperty(window, name, { value: function (...a) { report(name + '(' + a.map(String).join(',') + ')'); return null; }, writable: false, configurable: false }); } catch (e) {}"
      + "}"
      + "window.xssSentinel = () => report('sentinel');"
      + "})();";
  /** Dispatches events in every document of {@code roots} (a JavaScript expression), then waits a little. */
  private static final String DISPATCH = "(async () => {"
      + "const roots = ROOTS;"
      + "const types = ['load','error','focus','blur','focusin','focusout','mouseover','mouseenter','mousemove','mouseout','mousedown','mouseup','click','dblclick','auxclick','contextmenu','keydown','keypress','keyup','input','change','submit','reset','select','scroll','wheel','toggle','animationstart','animationend','animationiteration','transitionstart','transitionend','transitionrun','dragstart','drag','dragend','dragenter','dragover','drop','copy','cut','paste','beforecopy','play','pause','canplay','loadstart','begin','end','repeat','pageshow','hashchange','message','popstate','resize','search','beforeinput','pointerdown','pointerup','pointerover','touchstart','invalid','formdata','beforetoggle'];"
      + "const reached = [];"
      + "for (const [doc, win, index] of roots) {"
      + "  let all = [];"
      + "  try { all = Array.from(doc.querySelectorAll('*')); } catch (e) { continue; }"
      + "  reached.push(index);"
      + "  for (const el of all) {"
      + "    for (const t of types) { try { el.dispatchEvent(new win.Event(t, { bubbles: false, cancelable: true })); } catch (e) {} }"
      + "    try { if (el.focus) el.focus(); } catch (e) {}"
      // Links to web pages are not clicked: following them proves nothing, and every navigation counts.
      + "    try { if (/^(A|AREA)$/.test(el.tagName) && /^https?:/i.test(el.href || '')) continue; } catch (e) {}"
      + "    try { if (/^(A|AREA|BUTTON|INPUT|SUMMARY|DETAILS|LABEL)$/.test(el.tagName)) el.click(); } catch (e) {}"
      + "  }"
      + "  for (const t of ['load', 'hashchange', 'message', 'resize', 'scroll', 'pageshow']) { try { win.dispatchEvent(new win.Event(t)); } catch (e) {} }"
      + "}"
      + "await new Promise(r => setTimeout(r, 150));"
      + "return reached; })()";
  private static final String SINGLE_ROOT = "[[document, window, 0]]";
  /** Each item frame still showing its own document (content that navigated it away is not dispatched on). */
  private static final String FRAME_ROOTS = "Array.from(document.querySelectorAll('iframe[" + ITEM_ATTRIBUTE + "]'))"
      + ".map(f => { try { return f.contentDocument.location.pathname === f.getAttribute('src')"
      + " ? [f.contentDocument, f.contentWindow, Number(f.getAttribute('" + ITEM_ATTRIBUTE + "'))] : null; } catch (e) { return null; } })"
      + ".filter(r => r)";

  private final Process chromium;
  private final Path profile;
  /** Pages are answered by the request interception itself: no server, no port, no traffic. */
  private final String base = "http://harness.newskit.test/";
  private final WebSocket socket;
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<String, String> pages = new ConcurrentHashMap<>();
  private final List<String> requested = new CopyOnWriteArrayList<>();
  /** Frame of each JavaScript execution context, and parent of each frame, for attribution. */
  private final Map<Integer, String> contextFrames = new ConcurrentHashMap<>();
  private final Map<String, String> frameParents = new ConcurrentHashMap<>();
  private volatile Load load = new Load(List.of(), false);
  private volatile String closed;
  private final String sessionId;
  private final String mainFrame;

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
    mainFrame = send(sessionId, "Page.getFrameTree", null).path("frameTree").path("frame").path("id").asString();
    send(sessionId, "Runtime.enable", null);
    send(sessionId, "Runtime.addBinding", JSON.createObjectNode().put("name", "__newskitReport"));
    send(sessionId, "Page.addScriptToEvaluateOnNewDocument", JSON.createObjectNode().put("source", HOOKS));
    ObjectNode fetch = JSON.createObjectNode();
    fetch.putArray("patterns").addObject().put("urlPattern", "*");
    send(sessionId, "Fetch.enable", fetch);
  }

  /**
   * The Chromium binary: the one named by the {@code newskit.chromium} system property or the
   * {@code NEWSKIT_CHROMIUM} variable (only that one, when set), else Debian's or the usual install paths.
   */
  static Optional<Path> findChromium() {
    List<String> candidates = new ArrayList<>();
    String configured = System.getProperty("newskit.chromium", System.getenv("NEWSKIT_CHROMIUM"));
    if (configured != null && !configured.isBlank()) {
      candidates.add(configured);
    } else {
      candidates.addAll(List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome",
          "/usr/bin/google-chrome-stable"));
    }
    for (String c : candidates) {
      Path p = Path.of(c);
      if (Files.isExecutable(p)) return Optional.of(p);
    }
    return Optional.empty();
  }

  static ChromiumHarness start(Path binary) throws Exception {
    return new ChromiumHarness(binary);
  }

  /**
   * The one browser of this test JVM, started on first use and closed when the JVM exits. Without
   * Chromium the calling test is skipped with a message saying so, or fails when {@code CI=true}: call
   * it from the test method (not {@code @BeforeAll}) so that Surefire counts the skip.
   */
  static synchronized ChromiumHarness shared() throws Exception {
    if (shared == null) {
      Optional<Path> binary = findChromium();
      if (binary.isEmpty()) {
        String missing = "Chromium is not installed (set -Dnewskit.chromium or NEWSKIT_CHROMIUM, or install Debian's chromium)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
          Assertions.fail(missing + ", and CI=true requires the browser tests (see .ci/run)");
        }
        Assumptions.abort(missing + ": browser test skipped");
      }
      ChromiumHarness started = start(binary.get());
      Runtime.getRuntime().addShutdownHook(new Thread(started::close, "chromium-close"));
      shared = started;
    }
    return shared;
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
    pages.put(path, DOCUMENT_START + html + DOCUMENT_END);
    Load current = new Load(List.of(), false);
    try {
      navigate(current, path, SINGLE_ROOT, 1, 5);
    } finally {
      pages.remove(path);
    }
    return current.unattributed();
  }

  /**
   * Loads {@code document} as it is (a whole document, with its own head), dispatches events everywhere,
   * and reports what ran. {@link #requested()} then lists every request the load made.
   */
  Outcome runDocument(String name, String document) throws Exception {
    String path = "/document/" + name.replaceAll("[^A-Za-z0-9_-]", "_");
    pages.put(path, document);
    requested.clear();
    Load current = new Load(List.of(), false);
    try {
      navigate(current, path, SINGLE_ROOT, 1, 10);
    } finally {
      pages.remove(path);
    }
    return current.unattributed();
  }

  /** Every URL requested since {@link #runDocument} began, the document's own included, in order. */
  List<String> requested() {
    return List.copyOf(requested);
  }

  /** A PNG of the page loaded last, laid out {@code width} CSS pixels wide, as tall as the page up to {@code maxHeight}. */
  byte[] screenshot(int width, int maxHeight) throws Exception {
    send(sessionId, "Emulation.setDeviceMetricsOverride", JSON.createObjectNode().put("width", width).put("height", 900)
        .put("deviceScaleFactor", 1).put("mobile", false));
    try {
      int height = Math.min(maxHeight, Math.max(1, (int) Double.parseDouble(evaluate("String(document.documentElement.scrollHeight)"))));
      ObjectNode params = JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true);
      params.putObject("clip").put("x", 0).put("y", 0).put("width", width).put("height", height).put("scale", 1);
      return java.util.Base64.getDecoder().decode(send(sessionId, "Page.captureScreenshot", params).path("data").asString(""));
    } finally {
      send(sessionId, "Emulation.clearDeviceMetricsOverride", null);
    }
  }

  /**
   * Loads each of {@code bodies} as the body of its own page, {@link #BATCH_SIZE} pages to one page load
   * (each in a frame of its own), dispatches events everywhere, and reports what each page ran.
   */
  Batch loadBatch(List<String> bodies) throws Exception {
    List<Outcome> items = new ArrayList<>();
    List<String> executions = new ArrayList<>();
    List<String> violations = new ArrayList<>();
    for (int from = 0; from < bodies.size(); from += BATCH_SIZE) {
      Batch part = loadFrames(bodies.subList(from, Math.min(bodies.size(), from + BATCH_SIZE)));
      items.addAll(part.items());
      executions.addAll(part.unattributed().executions());
      violations.addAll(part.unattributed().violations());
    }
    return new Batch(List.copyOf(items), new Outcome(List.copyOf(executions), List.copyOf(violations)));
  }

  private Batch loadFrames(List<String> bodies) throws Exception {
    String batch = "/batch/" + ids.incrementAndGet();
    List<String> itemPaths = new ArrayList<>();
    StringBuilder page = new StringBuilder(DOCUMENT_START);
    for (int i = 0; i < bodies.size(); i++) {
      String itemPath = batch + "/" + i;
      itemPaths.add(itemPath);
      pages.put(itemPath, DOCUMENT_START + bodies.get(i) + DOCUMENT_END);
      page.append("<iframe ").append(ITEM_ATTRIBUTE).append("=\"").append(i).append("\" src=\"").append(itemPath)
          .append("\" loading=\"eager\" width=\"640\" height=\"160\"></iframe>");
    }
    pages.put(batch, page.append(DOCUMENT_END).toString());
    Load current = new Load(itemPaths, true);
    try {
      navigate(current, batch, FRAME_ROOTS, bodies.size(), 30);
    } finally {
      pages.remove(batch);
      itemPaths.forEach(pages::remove);
    }
    List<Outcome> items = new ArrayList<>();
    for (int i = 0; i < bodies.size(); i++) {
      items.add(new Outcome(List.copyOf(current.executions.get(i)), List.copyOf(current.violations.get(i))));
    }
    return new Batch(List.copyOf(items), current.unattributed());
  }

  /**
   * Navigates to {@code path}, waits until that document (with its frames) has loaded or {@code seconds}
   * have passed, dispatches events on every root, and blames each root that was never reached.
   */
  private void navigate(Load next, String path, String roots, int items, int seconds) throws Exception {
    load = next;
    send(sessionId, "Page.navigate", JSON.createObjectNode().put("url", base + path.substring(1)));
    // Polled on the document itself (a load event may still come from the page before this one): done
    // when it has loaded, or when every frame holds its own parsed document (not the initial about:blank)
    // and a few seconds went by, as a raw payload can keep a frame loading for good.
    String state = "location.pathname !== '" + path + "' ? 'other' : document.readyState === 'complete' ? 'complete'"
        + " : document.readyState !== 'loading' && Array.from(document.querySelectorAll('iframe')).every(f => {"
        + " try { const d = f.contentDocument; return d.location.href !== 'about:blank' && d.readyState !== 'loading'; }"
        + " catch (e) { return true; } }) ? 'parsed' : 'loading'";
    long start = System.nanoTime();
    long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
    long parsedSince = 0;
    while (System.nanoTime() < deadline) {
      String now = evaluate(state, 2).path("value").asString("");
      if (now.equals("complete")) break;
      if (!now.equals("parsed")) parsedSince = 0;
      else if (parsedSince == 0) parsedSince = System.nanoTime();
      else if (System.nanoTime() - parsedSince > TimeUnit.SECONDS.toNanos(3)) break;
      Thread.sleep(50);
    }
    boolean[] reached = new boolean[items];
    try {
      for (JsonNode index : evaluate(DISPATCH.replace("ROOTS", roots), seconds).path("value")) {
        if (index.asInt() >= 0 && index.asInt() < items) reached[index.asInt()] = true;
      }
    } catch (Exception e) {
      next.violation(-1, "harness: " + e.getMessage());
    }
    Thread.sleep(50);
    for (int i = 0; i < items; i++) {
      if (!reached[i]) next.violation(next.frames ? i : -1, "harness: the page was not loaded or was navigated away");
    }
  }

  private JsonNode evaluate(String expression, int seconds) throws Exception {
    try {
      return send(sessionId, "Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
          .put("awaitPromise", true).put("returnByValue", true).put("timeout", seconds * 1000)).path("result");
    } catch (java.io.IOException e) {
      if (e.getMessage() != null && e.getMessage().contains("context")) return JSON.createObjectNode();
      throw e;
    }
  }

  /**
   * The reports of one page load. Events are attributed to the item whose frame is the event's frame or
   * one of its ancestors; anything else, and everything of a single page, is unattributed.
   */
  private final class Load {
    final Map<String, Integer> itemByPath = new ConcurrentHashMap<>();
    final Map<String, Integer> itemByFrame = new ConcurrentHashMap<>();
    final List<List<String>> executions = new ArrayList<>();
    final List<List<String>> violations = new ArrayList<>();
    final List<String> pageExecutions = new CopyOnWriteArrayList<>();
    final List<String> pageViolations = new CopyOnWriteArrayList<>();
    final boolean frames;

    Load(List<String> itemPaths, boolean frames) {
      this.frames = frames;
      for (int i = 0; i < itemPaths.size(); i++) {
        itemByPath.put(itemPaths.get(i), i);
        executions.add(new CopyOnWriteArrayList<>());
        violations.add(new CopyOnWriteArrayList<>());
      }
    }

    /** Notes that {@code frame} requested {@code path}: if it is an item's own document, the frame is that item's. */
    void requested(String frame, String path) {
      Integer item = itemByPath.get(path);
      if (item != null && frame != null && mainFrame.equals(frameParents.get(frame))) itemByFrame.put(frame, item);
    }

    int itemOf(String frame) {
      for (int depth = 0; frame != null && depth < 64; depth++) {
        Integer item = itemByFrame.get(frame);
        if (item != null) return item;
        frame = frameParents.get(frame);
      }
      return -1;
    }

    void execution(int item, String what) {
      (item < 0 ? pageExecutions : executions.get(item)).add(what);
    }

    void violation(int item, String what) {
      (item < 0 ? pageViolations : violations.get(item)).add(what);
    }

    Outcome unattributed() {
      return new Outcome(List.copyOf(pageExecutions), List.copyOf(pageViolations));
    }
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
    JsonNode result = reply.get(60, TimeUnit.SECONDS);
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
    Load current = load;
    switch (method) {
      case "Runtime.executionContextCreated":
        contextFrames.put(p.path("context").path("id").asInt(), p.path("context").path("auxData").path("frameId").asString(""));
        break;
      case "Runtime.bindingCalled":
        current.execution(current.itemOf(contextFrames.get(p.path("executionContextId").asInt())), p.path("payload").asString(""));
        break;
      case "Page.javascriptDialogOpening":
        current.execution(current.itemOf(p.path("frameId").asString(null)),
            "dialog:" + p.path("type").asString("") + ":" + p.path("message").asString(""));
        sendAsync("Page.handleJavaScriptDialog", JSON.createObjectNode().put("accept", true));
        break;
      case "Page.frameAttached": {
        String frame = p.path("frameId").asString("");
        String parent = p.path("parentFrameId").asString("");
        frameParents.put(frame, parent);
        // A batch's own frames hang from the main frame; any other frame is the content's doing.
        if (!current.frames || !parent.equals(mainFrame)) current.violation(current.itemOf(parent), "frame attached");
        break;
      }
      case "Target.targetCreated":
        if (p.path("targetInfo").path("type").asString("").equals("page") && !p.path("targetInfo").path("url").asString("").equals("about:blank")) {
          current.violation(-1, "new window: " + p.path("targetInfo").path("url").asString(""));
        }
        break;
      case "Fetch.requestPaused": {
        String url = p.path("request").path("url").asString("");
        requested.add(url);
        String type = p.path("resourceType").asString("");
        String requestId = p.path("requestId").asString("");
        String frame = p.path("frameId").asString(null);
        if (url.startsWith(base)) {
          String path = URI.create(url).getPath();
          current.requested(frame, path);
          String page = pages.get(path);
          if (current.frames && mainFrame.equals(frame) && type.equals("Document") && page == null) {
            // Content sending the whole batch elsewhere (a form or link aimed at _top) must not end it.
            sendAsync("Fetch.fulfillRequest", JSON.createObjectNode().put("requestId", requestId).put("responseCode", 204));
            break;
          }
          ObjectNode reply = JSON.createObjectNode().put("requestId", requestId).put("responseCode", page == null ? 404 : 200);
          reply.putArray("responseHeaders").addObject().put("name", "Content-Type").put("value", "text/html; charset=utf-8");
          reply.put("body", java.util.Base64.getEncoder().encodeToString((page == null ? "" : page).getBytes(StandardCharsets.UTF_8)));
          sendAsync("Fetch.fulfillRequest", reply);
        } else {
          // Images may load from anywhere; anything else leaving the page is active content at work.
          if (!type.equals("Image") && !type.equals("Media") && !type.equals("Font")) {
            current.violation(current.itemOf(frame), type + " " + url);
          }
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
          load.violation(-1, "harness could not read a DevTools message: " + e);
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
