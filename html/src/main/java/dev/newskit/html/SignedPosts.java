package dev.newskit.html;

import dev.newskit.html.internal.Texts;
import org.jsoup.nodes.Element;

/**
 * Recognises a box of readers' posts laid out without a class that names them: runs of loose text (ended by a double
 * {@code <br>} or a block) each closed by an element of its own that holds only a short name, the same kind of element
 * (tag and class) every time. An article written in {@code <br>}-separated paragraphs does not sign each paragraph; a
 * comment thread, a guestbook or a forum excerpt does, and without this test it outscored a short article.
 */
final class SignedPosts {
  /** The fewest posts that make a thread: two signed runs may be a quotation and a reply. */
  private static final int MIN_POSTS = 3;
  /** The shortest post, as {@link ContentFinder} counts a loose run. */
  private static final int MIN_POST_CHARS = 25;
  /** The longest name: a few words, not a sentence. */
  private static final int MAX_NAME_CHARS = 40;
  private static final int MAX_NAME_WORDS = 4;

  private SignedPosts() {}

  /** Whether {@code e}'s loose runs are three or more posts, every one signed by a short name in a like element. */
  static boolean holds(Element e, TextStats stats) {
    int posts = 0;
    String signature = null;
    for (LooseRun run : LooseRun.in(e, stats)) {
      if (run.chars() < MIN_POST_CHARS) continue;
      Element name = run.last();
      if (name == null || !isName(name.text())) return false;
      String kind = name.normalName() + "." + name.className();
      if (run.chars() - stats.shownChars(name) < MIN_POST_CHARS || signature != null && !signature.equals(kind)) return false;
      signature = kind;
      posts++;
    }
    return posts >= MIN_POSTS;
  }

  /** Whether {@code text} reads as a name: a few words that open with a letter and end without a sentence's mark. */
  private static boolean isName(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.length() > MAX_NAME_CHARS || Texts.words(t) > MAX_NAME_WORDS) return false;
    if (!Character.isLetter(t.codePointAt(0))) return false;
    char end = t.charAt(t.length() - 1);
    return end != '.' && end != '!' && end != '?' && end != ':' && end != '…';
  }
}
