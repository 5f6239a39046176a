package dev.newskit.html;

import dev.newskit.core.Author;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns credited-author texts into {@link Author}s, rejecting what is not a name. */
final class Authors {
  private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\s+ו[-־]|\\s+و\\s)\\s*");

  private Authors() {}

  /** The names in a byline text such as "By Jane Doe and John Roe" or "מאת רון כהן ודנה לוי". */
  static List<Author> fromByline(String text) {
    String t = Vocabulary.afterAuthorPrefix(text).orElse(Texts.normalise(text));
    List<Author> out = new ArrayList<>();
    for (String part : SEPARATORS.split(t)) {
      name(part).map(Author::of).filter(a -> out.stream().noneMatch(o -> o.name().equals(a.name()))).ifPresent(out::add);
    }
    return out;
  }

  /** A single cleaned name, or empty when the text does not look like a person's or desk's name. */
  static Optional<String> name(String text) {
    String t = Vocabulary.afterAuthorPrefix(text).orElse(Texts.normalise(text));
    t = t.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "").strip();
    if (t.isEmpty() || t.length() > 70) return Optional.empty();
    if (t.contains("@") || t.contains("http") || t.contains("://")) return Optional.empty();
    int words = Texts.words(t);
    if (words == 0 || words > 6) return Optional.empty();
    for (int i = 0; i < t.length(); i++) if (Character.isDigit(t.charAt(i))) return Optional.empty();
    return Optional.of(t);
  }
}
