package dev.newskit.bench.eval;

import java.util.Map;
import java.util.Optional;

/**
 * What one extractor scored on one page of a web set. Metrics that do not apply to the page's truth
 * are empty; {@code metadata} holds the metadata checks that apply (see {@link WebEvaluation#METADATA}).
 *
 * @param outputChars length of the extracted text
 * @param failed whether the extractor threw
 * @param published the published value the extractor printed, or empty
 */
record PageResult(
    String set,
    String id,
    String extractor,
    int outputChars,
    boolean failed,
    Optional<ShingleScore> shingle,
    Optional<RougeLsum> rouge,
    Optional<TokenScore> bagOfWords,
    Optional<SnippetCounts> snippets,
    Map<String, Boolean> metadata,
    Optional<String> published) {

  boolean empty() {
    return outputChars == 0;
  }
}
