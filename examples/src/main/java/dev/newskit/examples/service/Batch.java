package dev.newskit.examples.service;

import dev.newskit.core.ArticleJson;
import dev.newskit.html.HtmlLimitException;
import dev.newskit.html.NotHtmlException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /v1/batch}: NDJSON of {@code {"url": ..., "html": ...}} in, one NDJSON line out per
 * non-blank line in, in order, as each is extracted: {@code {"line": n, "url": ..., "article": {...}}} or
 * {@code {"line": n, "error": {"kind": "input" | "limit" | "internal", "message": ...}}}, where {@code n}
 * is the input line's number from 1 (blank lines get no answer but are counted). Memory is bounded by
 * one line: a line longer than the cap is skipped (and reported), never buffered.
 */
final class Batch {
  private final Endpoints endpoints;
  private final Metrics metrics;
  private final int maxLine;

  Batch(Endpoints endpoints, Metrics metrics, int maxLine) {
    this.endpoints = endpoints;
    this.metrics = metrics;
    this.maxLine = maxLine;
  }

  /** Reads every line of {@code in} and writes its answer to {@code out}, flushing after each. */
  void run(InputStream in, OutputStream out) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int n = 0;
    while (true) {
      line.reset();
      boolean tooLong = false;
      int c;
      while ((c = in.read()) >= 0 && c != '\n') {
        if (line.size() < maxLine) {
          line.write(c);
        } else {
          tooLong = true;
        }
      }
      if (c < 0 && line.size() == 0 && !tooLong) return;
      n++;
      ObjectNode answer;
      if (tooLong) {
        answer = error(n, "limit", "line longer than " + maxLine + " bytes");
      } else if (line.toString(StandardCharsets.UTF_8).isBlank()) {
        answer = null;
      } else {
        answer = answer(n, line.toByteArray());
      }
      if (answer != null) {
        out.write(Reply.JSON.writeValueAsBytes(answer));
        out.write('\n');
        out.flush();
      }
      if (c < 0) return;
    }
  }

  private ObjectNode answer(int n, byte[] line) {
    JsonNode in;
    try {
      in = Reply.JSON.readTree(line);
    } catch (JacksonException e) {
      return error(n, "input", "malformed JSON: " + e.getOriginalMessage());
    }
    if (!in.isObject()) return error(n, "input", "each line must be a JSON object");
    try {
      String url = Endpoints.string(in, "url", false);
      String html = Endpoints.string(in, "html", true);
      ObjectNode out = Reply.JSON.createObjectNode().put("line", n);
      if (url != null) out.put("url", url);
      out.set("article", ArticleJson.toTree(endpoints.extractor().extract(html.getBytes(StandardCharsets.UTF_8), url, StandardCharsets.UTF_8)));
      metrics.pageExtracted();
      return out;
    } catch (HttpError | IllegalArgumentException e) {
      return error(n, "input", e.getMessage());
    } catch (HtmlLimitException e) {
      return error(n, "limit", e.getMessage());
    } catch (NotHtmlException e) {
      return error(n, "input", e.getMessage());
    } catch (RuntimeException e) {
      return error(n, "internal", e.getClass().getSimpleName());
    }
  }

  private static ObjectNode error(int n, String kind, String message) {
    ObjectNode out = Reply.JSON.createObjectNode().put("line", n);
    out.putObject("error").put("kind", kind).put("message", message == null ? kind : message);
    return out;
  }
}
