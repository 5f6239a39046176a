package dev.newskit.html;

import dev.newskit.html.internal.AsciiWords;
import dev.newskit.html.internal.Texts;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A row of a credits block, which prints each credit as a label and a name in two separate elements
 * ({@code <div class="credit"><div>Interview</div><div>SVEN MICHAELSEN</div></div>}, "Text" / "Jane Doe"): the name,
 * when the label credits the writing. Rows that credit the photographs, the styling or the layout are passed over.
 */
final class CreditRows {
  private static final ClassWords CREDIT_WORDS = new ClassWords("credit credits", true);
  /**
   * The letters every {@link #CREDIT_WORDS} word starts with, looked for anywhere first: nearly no class or id holds
   * them, and this test runs on every element of the pages whose bylines are searched.
   */
  private static final AsciiWords CREDIT_FRAGMENTS = AsciiWords.ofAlternation(Pattern.compile("(?i)(credit)"));
  /** Labels of a credits row that name the writer, beside the byline labels ("Text", "Autor", "By"). */
  private static final Pattern WRITING_LABEL = Pattern.compile(
      "(?iu)(interview|interviews|words|reporting|entrevista|entretien|intervista|wywiad)");

  private CreditRows() {}

  /**
   * The name a credits row gives the article's writer, or empty when {@code row} is no such row; {@code className} and
   * {@code id} are the row's, which a caller walking the page has read already.
   */
  static Optional<String> writer(Element row, String className, String id) {
    // The class test first: childrenSize() builds and keeps a list of the element's children.
    if (!(isCreditWord(className) || isCreditWord(id)) || row.childrenSize() != 2) return Optional.empty();
    String label = Texts.normalise(row.child(0).text()).replaceAll("\\s*:$", "");
    String name = Texts.normalise(row.child(1).text());
    if (label.isEmpty() || name.isEmpty() || !isWritingLabel(label)) return Optional.empty();
    return Optional.of(name);
  }

  private static boolean isCreditWord(String classOrId) {
    return CREDIT_FRAGMENTS.in(classOrId) && CREDIT_WORDS.test(classOrId);
  }

  /** Whether a row's label credits the writing: a byline's label alone ("Text", "Von") or an interview's. */
  private static boolean isWritingLabel(String label) {
    return WRITING_LABEL.matcher(label).matches() || Vocabulary.afterAuthorPrefix(label + " x").filter("x"::equals).isPresent();
  }
}
