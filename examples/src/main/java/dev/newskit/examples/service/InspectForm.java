package dev.newskit.examples.service;

import dev.newskit.examples.inspect.InspectReport;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The service's {@code GET /inspect} page: a form to paste a page's HTML (and, when fetching is on, to
 * give a URL) and get its inspection report from {@code /v1/inspect}. It has no script, and its
 * Content-Security-Policy lets it load nothing and post only to the service itself.
 */
final class InspectForm {
  private static final String CSS = "body{margin:0;font:15px/1.45 system-ui,sans-serif;color:#1d2327;background:#f4f5f7}"
      + "header{padding:12px 20px;background:#1d2327;color:#fff}h1{margin:0;font-size:18px}"
      + "form{background:#fff;margin:16px 20px;padding:12px 16px;border-radius:4px}"
      + "label{display:block;font-weight:600;margin:8px 0 4px}"
      + "textarea,input[type=url]{width:100%;box-sizing:border-box;font:13px ui-monospace,Menlo,Consolas,monospace}"
      + "textarea{height:50vh}button{margin-top:10px;font-size:15px}p{color:#50575e}";

  /** The form page's policy: its own style, and forms that post back to the service, nothing else. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + InspectReport.hashSource(CSS)
      + "'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  private InspectForm() {}

  /** The page; the URL form is shown only when the service fetches pages. */
  static String page(boolean fetching) {
    StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"referrer\" content=\"no-referrer\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>newskit inspect</title><style>" + CSS + "</style></head><body>"
        + "<header><h1>newskit inspect</h1></header>"
        + "<form id=\"paste\" method=\"post\" action=\"/v1/inspect\" enctype=\"application/x-www-form-urlencoded\" accept-charset=\"utf-8\">"
        + "<p>See why a page came out as it did: every text block marked kept, dropped (and why) or lifted into a field,"
        + " beside the article and where each field came from. The page's markup is shown as text only; nothing of it runs.</p>"
        + "<label for=\"html\">The page's HTML</label><textarea id=\"html\" name=\"html\" required></textarea>"
        + "<label for=\"url\">Its address (optional, resolves relative links)</label>"
        + "<input type=\"url\" id=\"url\" name=\"url\" placeholder=\"https://example.com/news/1\">"
        + "<button type=\"submit\">Inspect</button></form>");
    if (fetching) {
      out.append("<form id=\"fetch\" method=\"get\" action=\"/v1/inspect\"><label for=\"fetch-url\">Or fetch a page by URL</label>"
          + "<input type=\"url\" id=\"fetch-url\" name=\"fetch\" required placeholder=\"https://example.com/news/1\">"
          + "<button type=\"submit\">Fetch and inspect</button></form>");
    }
    return out.append("</body></html>\n").toString();
  }

  /** The fields of a form-encoded body; the first of a repeated name wins. */
  static Map<String, String> fields(String body) {
    Map<String, String> out = new HashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) continue;
      int eq = pair.indexOf('=');
      try {
        String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        out.putIfAbsent(key, value);
      } catch (IllegalArgumentException e) {
        throw new HttpError(400, "malformed form body: " + e.getMessage());
      }
    }
    return out;
  }
}
