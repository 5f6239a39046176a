package dev.newskit.bench.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Loads {@code shared/corpus}: the readability and rtl sets with their ground truth. */
public final class Corpus {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Corpus() {}

  /**
   * The corpus folder: the {@code newskit.corpus} system property, or {@code shared/corpus} beside the
   * project (looked for from the working directory upwards). Empty when there is none, as in a user's clone.
   */
  public static Optional<Path> locate() {
    String configured = System.getProperty("newskit.corpus");
    if (configured != null) return Optional.of(Path.of(configured)).filter(Files::isDirectory);
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("../shared/corpus").normalize();
      if (Files.isDirectory(candidate.resolve("readability"))) return Optional.of(candidate);
    }
    return Optional.empty();
  }

  static List<CorpusCase> load(Path corpus) throws IOException {
    List<CorpusCase> cases = new ArrayList<>();
    cases.addAll(readability(corpus.resolve("readability")));
    cases.addAll(rtl(corpus.resolve("rtl")));
    return cases;
  }

  private static List<CorpusCase> readability(Path dir) throws IOException {
    List<CorpusCase> cases = new ArrayList<>();
    for (Path c : folders(dir)) {
      Path source = c.resolve("source.html");
      if (!Files.exists(source) || !Files.exists(c.resolve("expected.html"))) continue;
      JsonNode meta = JSON.readTree(Files.readString(c.resolve("expected-metadata.json"), StandardCharsets.UTF_8));
      String expectedText = text(Jsoup.parse(Files.readString(c.resolve("expected.html"), StandardCharsets.UTF_8)));
      cases.add(new CorpusCase("readability", c.getFileName().toString(), source,
          "http://fakehost/test/page.html", Optional.of(expectedText), false, List.of(), List.of(),
          str(meta, "title"), str(meta, "byline"), str(meta, "publishedTime"), str(meta, "siteName"),
          str(meta, "lang"), str(meta, "dir")));
    }
    return cases;
  }

  private static List<CorpusCase> rtl(Path dir) throws IOException {
    List<CorpusCase> cases = new ArrayList<>();
    for (Path c : folders(dir)) {
      Path source = c.resolve("source.html");
      if (!Files.exists(source) || !Files.exists(c.resolve("expected.json"))) continue;
      JsonNode e = JSON.readTree(Files.readString(c.resolve("expected.json"), StandardCharsets.UTF_8));
      Optional<String> full = str(e, "body_text");
      Optional<String> excerpt = str(e, "body_text_excerpt");
      cases.add(new CorpusCase("rtl", c.getFileName().toString(), source,
          str(e, "url").orElse("http://example.com/"), full.or(() -> excerpt), full.isEmpty() && excerpt.isPresent(),
          strings(e, "body_must_contain"), strings(e, "body_must_not_contain"),
          str(e, "title"), str(e, "byline"), str(e, "date"), Optional.empty(), str(e, "lang"), str(e, "dir")));
    }
    return cases;
  }

  /** The visible text of expected HTML (token scoring does not depend on line breaks). */
  static String text(Document doc) {
    return doc.body().text();
  }

  private static List<Path> folders(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }

  private static Optional<String> str(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || !v.isString() || v.stringValue().isBlank() ? Optional.empty() : Optional.of(v.stringValue());
  }

  private static List<String> strings(JsonNode n, String field) {
    List<String> out = new ArrayList<>();
    JsonNode v = n.get(field);
    if (v != null && v.isArray()) v.forEach(x -> out.add(x.asString()));
    return out;
  }
}
