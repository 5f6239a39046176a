package dev.newskit.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@code --jsonl} convention: one JSON value per input line, one per output line, in order. */
final class JsonLines {
  /** Writes to the caller's writer and leaves it open: standard output outlives each value written to it. */
  static final JsonMapper MAPPER = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private JsonLines() {}

  /**
   * Reads each non-empty line of {@code in} as JSON and writes what {@code handler} returns for it. A
   * line that is not JSON yields {@code {"error": ...}} and the batch goes on.
   *
   * @return the number of lines that failed
   */
  static int process(InputStream in, PrintWriter out, Function<JsonNode, JsonNode> handler) {
    int failed = 0;
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int lineNo = 0;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) continue;
        JsonNode result;
        try {
          result = handler.apply(MAPPER.readTree(line));
        } catch (JacksonException e) {
          result = error("line " + lineNo + ": not JSON: " + Main.oneLine(e.getOriginalMessage()));
        }
        if (result.has("error")) failed++;
        out.println(MAPPER.writeValueAsString(result));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
    return failed;
  }

  static JsonNode error(String message) {
    return MAPPER.createObjectNode().put("error", message);
  }

  static JsonNode value(String value) {
    return MAPPER.createObjectNode().put("value", value);
  }
}
