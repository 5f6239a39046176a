package dev.newskit.bench.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One page of a web set of the corpus ({@code dragnet}, {@code cleaneval}, {@code cleanportaleval},
 * {@code l3s-gn1}, {@code trafilatura-eval}, {@code htmldate-eval}) and its truth, in the common
 * {@code expected.json} schema: an empty field means the origin asserts nothing about it;
 * {@code assertsNo} lists the fields the origin says the page does not have.
 */
record WebCase(
    String set,
    String id,
    Path source,
    Optional<String> url,
    Optional<String> title,
    Optional<List<String>> authors,
    Optional<String> published,
    Optional<String> body,
    List<String> mustContain,
    List<String> mustNotContain,
    List<String> assertsNo,
    String notes) {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The web sets in the order the report lists them. */
  static final List<String> SETS =
      List.of("dragnet", "cleaneval", "cleanportaleval", "l3s-gn1", "trafilatura-eval", "htmldate-eval");

  /** The page's bytes, gunzipped. */
  byte[] bytes() throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(source))) {
      return in.readAllBytes();
    }
  }

  /** Whether the truth is the full body text (the WCEB sets), so ROUGE-LSum and shingles apply. */
  boolean fullText() {
    return body.isPresent();
  }

  /** Whether the truth is must / must-not snippets (trafilatura-eval). */
  boolean snippets() {
    return !mustContain.isEmpty() || !mustNotContain.isEmpty();
  }

  /** The cases of one set, sorted by id; empty when the folder is absent. */
  static List<WebCase> load(Path corpus, String set) throws IOException {
    Path dir = corpus.resolve(set);
    if (!Files.isDirectory(dir)) return List.of();
    List<Path> folders;
    try (Stream<Path> s = Files.list(dir)) {
      folders = s.filter(p -> Files.exists(p.resolve("expected.json"))).sorted().toList();
    }
    List<WebCase> cases = new ArrayList<>();
    for (Path c : folders) {
      JsonNode e = JSON.readTree(Files.readString(c.resolve("expected.json"), StandardCharsets.UTF_8));
      JsonNode authors = e.get("authors");
      cases.add(new WebCase(set, c.getFileName().toString(), c.resolve("source.html.gz"),
          str(e, "url"), str(e, "title"),
          authors == null || !authors.isArray() ? Optional.empty() : Optional.of(strings(e, "authors")),
          str(e, "published"),
          str(e, "body_text"),
          strings(e, "body_must_contain"), strings(e, "body_must_not_contain"), strings(e, "asserts_no"),
          str(e, "notes").orElse("")));
    }
    return cases;
  }

  private static Optional<String> str(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || !v.isString() ? Optional.empty() : Optional.of(v.stringValue());
  }

  private static List<String> strings(JsonNode n, String field) {
    List<String> out = new ArrayList<>();
    JsonNode v = n.get(field);
    if (v != null && v.isArray()) v.forEach(x -> out.add(x.asString()));
    return List.copyOf(out);
  }
}
