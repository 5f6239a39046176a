package dev.newskit.bench.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One page of the evaluation corpus and what is expected of it. For the readability set the body is
 * the whole expected text; for the rtl set it may be only an excerpt ({@code bodyIsExcerpt}), which is
 * scored by recall alone.
 */
record CorpusCase(
    String set,
    String name,
    Path source,
    String url,
    Optional<String> body,
    boolean bodyIsExcerpt,
    List<String> mustContain,
    List<String> mustNotContain,
    Optional<String> title,
    Optional<String> byline,
    Optional<String> published,
    Optional<String> siteName,
    Optional<String> language,
    Optional<String> direction) {}
