package dev.newskit.html;

import static dev.newskit.testing.NullArguments.call;

import dev.newskit.html.safety.CleaningPolicy;
import dev.newskit.html.safety.HtmlCleaner;
import dev.newskit.testing.NullArguments;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * newskit's null convention in html and html.safety: a null argument where none is allowed is a
 * {@link NullPointerException} whose message names the parameter, thrown by the entry point itself.
 */
class NullArgumentsTest {
  private static final ArticleExtractor EXTRACTOR = ArticleExtractor.create();
  private static final HtmlCleaner CLEANER = HtmlCleaner.of(CleaningPolicy.BASIC);
  private static final String URL = "https://news.example/a";

  static Stream<Arguments> entryPoints() {
    return Stream.of(
        call("ArticleExtractor.extract(PageInput)", "input", () -> EXTRACTOR.extract((PageInput) null)),
        call("ArticleExtractor.extract(String)", "html", () -> EXTRACTOR.extract((String) null)),
        call("ArticleExtractor.extract(String, String)", "html", () -> EXTRACTOR.extract((String) null, URL)),
        call("ArticleExtractor.extract(byte[], String)", "html", () -> EXTRACTOR.extract((byte[]) null, URL)),
        call("ArticleExtractor.extract(byte[], String, Charset)", "html",
            () -> EXTRACTOR.extract((byte[]) null, URL, StandardCharsets.UTF_8)),
        call("ArticleExtractor.extractPage(PageInput)", "input", () -> EXTRACTOR.extractPage((PageInput) null)),
        call("ArticleExtractor.extract(byte[])", "html", () -> EXTRACTOR.extract((byte[]) null)),
        call("ArticleExtractor.extractPage(String)", "html", () -> EXTRACTOR.extractPage((String) null)),
        call("ArticleExtractor.extractPage(byte[])", "html", () -> EXTRACTOR.extractPage((byte[]) null)),
        call("ArticleExtractor.extractPage(String, String)", "html", () -> EXTRACTOR.extractPage((String) null, URL)),
        call("ArticleExtractor.explain", "input", () -> EXTRACTOR.explain(null)),
        call("ArticleExtractor.Builder.dateParser", "dateParser", () -> ArticleExtractor.builder().dateParser(null)),
        call("ArticleExtractor.Builder.limits", "limits", () -> ArticleExtractor.builder().limits(null)),
        call("ArticleExtractor.Builder.focus", "focus", () -> ArticleExtractor.builder().focus(null)),
        call("PageInput.of(String)", "html", () -> PageInput.of((String) null)),
        call("PageInput.of(byte[])", "html", () -> PageInput.of((byte[]) null)),
        call("PageInput.of(Document)", "doc", () -> PageInput.of((Document) null)),
        call("PageInput.of(InputStream)", "in", () -> PageInput.of((InputStream) null)),
        call("PageInput.of(InputStream, HtmlLimits)", "limits",
            () -> PageInput.of(new ByteArrayInputStream(new byte[0]), null)),
        call("Explanation.field", "name", () -> EXTRACTOR.explain(PageInput.of("<p>x</p>")).field(null)),
        call("Explanation.BlockDecision", "fields", () -> new Explanation.BlockDecision("t", "p", "/p",
            Explanation.Verdict.KEPT, Optional.empty(), null, List.of(), Optional.empty())),
        call("Explanation.FieldChoice", "candidates",
            () -> new Explanation.FieldChoice("title", Optional.empty(), Optional.empty(), null)),
        call("ExtractedPage", "article", () -> new ExtractedPage(null, "")),
        call("HtmlLimitException", "limit", () -> new HtmlLimitException(null, 3, 2)),
        call("NotHtmlException", "detected", () -> new NotHtmlException(null)),
        call("HtmlCleaner.of", "policy", () -> HtmlCleaner.of(null)),
        call("HtmlCleaner.clean(String)", "html", () -> CLEANER.clean((String) null)),
        call("HtmlCleaner.clean(String, String)", "html", () -> CLEANER.clean((String) null, URL)),
        call("HtmlCleaner.clean(byte[])", "html", () -> CLEANER.clean((byte[]) null)),
        call("HtmlCleaner.clean(byte[], Charset)", "charsetHint", () -> CLEANER.clean(new byte[0], (Charset) null)),
        call("HtmlCleaner.clean(byte[], String, Charset)", "html",
            () -> CLEANER.clean((byte[]) null, URL, StandardCharsets.UTF_8)),
        call("CleaningPolicy.Builder.allowTags(String...)", "tags", () -> CleaningPolicy.builder().allowTags((String[]) null)),
        call("CleaningPolicy.Builder.allowTags(String...) element", "tags", () -> CleaningPolicy.builder().allowTags("p", null)),
        call("CleaningPolicy.Builder.allowTags(List)", "tags", () -> CleaningPolicy.builder().allowTags((List<String>) null)),
        call("CleaningPolicy.Builder.removeTags", "tags", () -> CleaningPolicy.builder().removeTags((String[]) null)),
        call("CleaningPolicy.Builder.allowAttributes tag", "tag", () -> CleaningPolicy.builder().allowAttributes(null, "href")),
        call("CleaningPolicy.Builder.allowAttributes", "attributes",
            () -> CleaningPolicy.builder().allowAttributes("a", (String) null)),
        call("CleaningPolicy.Builder.addTrackingParameters", "names",
            () -> CleaningPolicy.builder().addTrackingParameters((String[]) null)),
        call("CleaningPolicy.Builder.trackingParameters", "names", () -> CleaningPolicy.builder().trackingParameters(null)),
        call("CleaningPolicy.Builder.linkRel", "rel", () -> CleaningPolicy.builder().linkRel(null)),
        call("CleaningPolicy.Builder.output", "output", () -> CleaningPolicy.builder().output(null)),
        call("CleaningPolicy.Builder.limits", "limits", () -> CleaningPolicy.builder().limits(null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entryPoints")
  void aNullArgumentIsANullPointerExceptionNamingTheParameter(String entryPoint, String parameter, Executable call) {
    NullArguments.assertNamesParameter(entryPoint, parameter, call);
  }
}
