package dev.newskit.html;

import dev.newskit.html.internal.ElementText;
import dev.newskit.html.internal.Texts;
import java.util.ArrayList;
import dev.newskit.html.ContainerScores.Candidate;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Finds the elements that hold the article body on a prepared page. Each paragraph-like element adds
 * a score (length and commas) to its parent and, less, to its grandparents; class and id words add or
 * remove weight; link density scales it down. The best element is the body; siblings that score close
 * to it, or that are substantial paragraphs, join it (bodies split across several containers).
 */
final class ContentFinder {
  /** The tags that set a line in bold, as a lead printed before the body. */
  private static final Set<String> EMPHASIS = Set.of("b", "strong");

  private ContentFinder() {}

  /** The body's elements in document order; empty when the page has no text worth calling a body. */
  static List<Element> find(Element body) {
    return find(body, new TextStats(body), ExtractionFocus.BALANCED, ExtractionRecorder.NONE, new RecipePage(false));
  }

  /**
   * The body's elements in document order, reading the body's index {@code stats} instead of walking the body
   * again, with {@code focus} deciding how readily neighbours join, {@code recipe} whether the page is a recipe's,
   * and telling {@code recorder} which of the best container's siblings stayed out.
   */
  static List<Element> find(Element body, TextStats stats, ExtractionFocus focus, ExtractionRecorder recorder,
      RecipePage recipe) {
    ContainerScores scores = score(stats, false);
    Choice choice = choose(body, scores, stats, focus);
    // A comment thread chosen as the body whose entries are all boxes the body is never built from would come
    // out empty: then the thread's paragraphs do not count, and the author's post is found instead.
    if (choice != null && inCommentThread(choice.element) && onlyBoxesHoldText(choice.element)) {
      ContainerScores withoutComments = score(stats, true);
      Choice other = choose(body, withoutComments, stats, focus);
      if (other != null) {
        scores = withoutComments;
        choice = other;
      }
    }
    if (choice == null) return body.hasText() ? List.of(body) : List.of();
    return withSiblings(choice.element, choice.score, choice.widened, scores, stats, focus, recorder, recipe);
  }

  /** The container, its score, and how many wrapper levels above the best-scoring element it was widened. */
  private record Choice(Element element, double score, int widened) {}

  /**
   * The best-scoring container outside an author's biography, widened to the common ancestor of close candidates and
   * over only children and wrappers that show no text of their own.
   */
  private static @Nullable Choice choose(Element body, ContainerScores scores, TextStats stats, ExtractionFocus focus) {
    List<Candidate> ranked = scores.ranked();
    int first = firstOutsideBioOrMargin(ranked);
    Element best = ranked.isEmpty() ? null : ranked.get(first).element();
    double bestScore = ranked.isEmpty() ? 0 : ranked.get(first).score();
    int widened = 0;
    if (best != null) {
      best = commonAncestorOfCloseCandidates(best, bestScore, ranked, focus);
      bestScore = Math.max(bestScore, scores.getOrZero(best));
      // An only child says nothing by itself: its parent is the container.
      while (best.parent() != null && best.parent() != body
          && (best.parent().childrenSize() == 1 || addsNoText(best.parent(), best, stats))) {
        best = best.parent();
        bestScore = Math.max(bestScore, scores.getOrZero(best));
        widened++;
      }
      Element row = rowSharedWithCloseCandidate(best, bestScore, ranked);
      if (row != null) {
        for (Element e = best; e != row; e = e.parent()) widened++;
        best = row;
      }
    }
    return best == null ? null : new Choice(best, bestScore, widened);
  }

  /**
   * The rank of the best candidate that is neither inside an author's biography (one long enough to survive pruning)
   * nor in the page's sidebar or footer, when one scores at least a quarter of the best; otherwise 0. A blog's
   * "About me" box or a footer's statement kept for its length outscores a post of a few lines.
   */
  private static int firstOutsideBioOrMargin(List<Candidate> ranked) {
    if (ranked.isEmpty() || !inBioOrMargin(ranked.get(0).element())) return 0;
    Element top = ranked.get(0).element();
    double floor = ranked.get(0).score() * 0.25;
    for (int i = 1; i < ranked.size() && ranked.get(i).score() >= floor; i++) {
      Element e = ranked.get(i).element();
      // A box around the whole page, the sidebar included, would bring it back.
      if (!inBioOrMargin(e) && !(inPageMargin(top) && isInside(top, e))) return i;
    }
    return 0;
  }

  private static boolean inBioOrMargin(Element e) {
    return inAuthorBio(e) || inPageMargin(e);
  }

  /** Whether {@code e} is inside, or is, a box that the page's sidebar or footer is (its tag, class or id says so). */
  private static boolean inPageMargin(Element e) {
    for (Element a = e; a != null && !a.normalName().equals("body"); a = a.parent()) {
      if (Vocabulary.isPageMargin(a)) return true;
    }
    return false;
  }

  /** Whether {@code e} or one of the two boxes above it is an author's biography. */
  private static boolean inAuthorBio(Element e) {
    Element a = e;
    for (int level = 0; a != null && level < 3; level++, a = a.parent()) {
      if (Vocabulary.isAuthorBio(a)) return true;
    }
    return false;
  }

  /**
   * Whether {@code parent} shows no text beside its child {@code child} (its other children are images, rules or
   * empty boxes): like an only child's, such a wrapper is the container, and the sections beside it are the
   * body's siblings. Page builders wrap each section of an article in five or six such boxes. A box whose class names
   * boilerplate (a comment thread) is not such a wrapper.
   */
  private static boolean addsNoText(Element parent, Element child, TextStats stats) {
    return !parent.normalName().equals("body") && stats.shownChars(parent) == stats.shownChars(child)
        && !Vocabulary.isBoilerplateBox(parent);
  }

  /** Whether every child of {@code e} that holds text is a boilerplate box (comment entries, say). */
  private static boolean onlyBoxesHoldText(Element e) {
    boolean any = false;
    for (Element child : e.children()) {
      if (!child.hasText()) continue;
      if (!Vocabulary.isBoilerplateBox(child)) return false;
      any = true;
    }
    return any;
  }


  /**
   * Each paragraph's score added to its parent and grandparents, scaled down by link density. With {@code
   * skipBoxed}, a paragraph in a comment thread adds nothing: the body is never built from comments, so
   * choosing their container (when readers wrote more than the author) would leave it empty.
   */
  private static ContainerScores score(TextStats stats, boolean skipBoxed) {
    ContainerScores scores = new ContainerScores(stats);
    for (Element e : stats.elements()) {
      if (scoreLooseParagraphs(e, stats, scores, skipBoxed)) continue;
      if (!isParagraphLike(e, stats)) continue;
      // The text's length counts only up to 300, and it is at least the count of shown characters: a long
      // text's score is read from the index without building the text of the whole subtree, and a short one's
      // length is counted without building its text.
      int length = stats.shownChars(e) >= 300 ? 300 : ElementText.length(e);
      if (length < 25) continue;
      if (skipBoxed && inCommentThread(e)) continue;
      double score = 1 + stats.commas(e) + Math.min(length / 100.0, 3);
      Element parent = e.parent();
      for (int level = 0; parent != null && level < 3; level++, parent = parent.parent()) {
        double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
        scores.add(parent, score * share + (scores.has(parent) ? 0 : classWeight(parent)));
      }
    }
    scores.scaleByLinkDensity();
    return scores;
  }

  private static final Set<String> LOOSE_TEXT_HOLDERS = Set.of("div", "span", "td", "th", "dd",
      "section", "article", "main", "font", "center", "body");

  /**
   * Scores the paragraphs written without a {@code p} straight into {@code e} (runs of text and inline elements that
   * a double {@code <br>} or a block child ends) as {@code e}'s own, as Readability does once it has turned such
   * runs into paragraphs; otherwise a whole article of {@code <br><br>}-separated text counted as one paragraph and
   * lost to a box of teasers. Only when there are two or more such runs: one run is a paragraph, scored as before.
   */
  private static boolean scoreLooseParagraphs(Element e, TextStats stats, ContainerScores scores, boolean skipBoxed) {
    if (!LOOSE_TEXT_HOLDERS.contains(e.normalName()) || e.childNodeSize() < 3) return false;
    // Two runs of 25 characters need 50 non-space characters inside e (a run counts no more than the index does).
    if (stats.text(e) < 2 * MIN_RUN_CHARS) return false;
    List<LooseRun> runs = looseRuns(e, stats);
    if (runs.size() < 2) return false;
    // Readers' posts signed with their names score nothing: no class names them, so skipBoxed cannot leave them out.
    if (skipBoxed && inCommentThread(e) || SignedPosts.holds(e, stats)) return true;
    Element holder = e;
    for (LooseRun run : runs) {
      double score = 1 + run.commas() + Math.min(run.chars() / 100.0, 3);
      Element parent = holder;
      for (int level = 0; parent != null && level < 3; level++, parent = parent.parent()) {
        double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
        scores.add(parent, score * share + (scores.has(parent) ? 0 : classWeight(parent)));
      }
    }
    return true;
  }

  /** The fewest shown characters a loose run needs to be scored as a paragraph. */
  private static final int MIN_RUN_CHARS = 25;

  /** The loose runs directly in {@code e} with at least 25 shown characters and at most half of them in links. */
  private static List<LooseRun> looseRuns(Element e, TextStats stats) {
    List<LooseRun> runs = LooseRun.in(e, stats);
    runs.removeIf(run -> run.chars() < MIN_RUN_CHARS || run.linked() * 2 > run.chars());
    return runs;
  }

  /**
   * Whether {@code e} or one of the three elements above it (those its score goes to) is a comment thread's
   * box; a box higher up is a page wrapper whose class says little about one paragraph.
   */
  private static boolean inCommentThread(Element e) {
    Element a = e;
    for (int level = 0; a != null && level < 4; level++, a = a.parent()) {
      if (Vocabulary.isCommentBox(a)) return true;
    }
    return false;
  }

  /**
   * When several of the best candidates score close to the best one (a body split into sections, each
   * its own container), the body is their common ancestor.
   */
  private static Element commonAncestorOfCloseCandidates(Element best, double bestScore,
      List<Candidate> ranked, ExtractionFocus focus) {
    List<Element> close = new ArrayList<>();
    for (int i = 1; i < Math.min(ranked.size(), 6); i++) {
      Element c = ranked.get(i).element();
      // A candidate in a biography, a sidebar or a footer was set aside as no part of the article.
      if (ranked.get(i).score() >= bestScore * focus.closeCandidateShare && !inBioOrMargin(c)) close.add(c);
    }
    if (close.size() < 2) return best;
    for (Element ancestor = best.parent(); ancestor != null && !ancestor.normalName().equals("body"); ancestor = ancestor.parent()) {
      int contained = 0;
      for (Element c : close) if (isInside(c, ancestor)) contained++;
      if (contained >= 2) return ancestor;
    }
    return best;
  }

  /**
   * The layout table's row around {@code best} (at most four levels up) when a close candidate sits in
   * another row of the same table: an article printed row after row (a note or a figure between its sections), whose
   * rows then join as the sections of a stacked layout do; null otherwise.
   */
  private static @Nullable Element rowSharedWithCloseCandidate(Element best, double bestScore,
      List<Candidate> ranked) {
    Element row = rowAround(best);
    if (row == null || row.parent() == null) return null;
    for (int i = 0; i < Math.min(ranked.size(), 6); i++) {
      Element c = ranked.get(i).element();
      // A candidate in a biography, a sidebar or a footer was set aside as no part of the article.
      if (ranked.get(i).score() < bestScore * ROW_CANDIDATE_SHARE || c == best || isInside(c, row)
          || isInside(best, c) || inBioOrMargin(c)) continue;
      Element other = rowAround(c);
      if (other != null && other != row && other.parent() == row.parent()) return row;
    }
    return null;
  }

  /**
   * How close a candidate in another row must score: three fifths of the best (at half, a row that was not the
   * article's joined a short one on the corpus).
   */
  private static final double ROW_CANDIDATE_SHARE = 0.6;

  /** The table row that is {@code e} or holds it at most four levels up (a cell and the boxes in it); null otherwise. */
  private static @Nullable Element rowAround(Element e) {
    Element a = e;
    for (int level = 0; a != null && level <= 4; level++, a = a.parent()) {
      if (a.normalName().equals("tr")) return a;
    }
    return null;
  }

  /** Whether {@code ancestor} is above {@code e}, found by walking up rather than building {@code e.parents()}. */
  static boolean isInside(Element e, Element ancestor) {
    for (Element p = e.parent(); p != null; p = p.parent()) if (p == ancestor) return true;
    return false;
  }

  private static List<Element> withSiblings(Element best, double bestScore, int widened, ContainerScores scores,
      TextStats stats, ExtractionFocus focus, ExtractionRecorder recorder, RecipePage recipe) {
    Element parent = best.parent();
    if (parent == null || best.normalName().equals("body")) return List.of(best);
    List<Element> out = new ArrayList<>();
    Element grandparent = parent.parent();
    List<Element> cousinsAfter = new ArrayList<>();
    boolean beforeParent = true;
    if (grandparent != null && !parent.normalName().equals("body")) {
      for (Element uncle : grandparent.children()) {
        if (uncle == parent) {
          beforeParent = false;
          continue;
        }
        Element cousin = proseBoxOfSameKind(uncle, parent, best, stats);
        if (cousin != null) (beforeParent ? out : cousinsAfter).add(cousin);
      }
    }
    out.addAll(siblingsJoined(best, parent, bestScore, widened, scores, stats, focus, recorder, recipe));
    out.addAll(cousinsAfter);
    return out;
  }

  /**
   * The child of {@code uncle} that is a box of the same kind as the body's, with prose in it, when {@code uncle} is a
   * box of the same kind as the body's parent: an article printed as a run of like parts (entries, slides, sections),
   * each in a wrapper of its own beside its heading and date, whose text is in the wrapper's box of the body's kind.
   * Null otherwise.
   */
  private static @Nullable Element proseBoxOfSameKind(Element uncle, Element parent, Element best, TextStats stats) {
    if (!isSameKind(uncle, parent) || Vocabulary.isBoilerplateBox(uncle)) return null;
    for (Element child : uncle.children()) {
      if (isSameKind(child, best)) {
        return stats.shownChars(child) >= 100 && stats.linkDensity(child) < 0.25 ? child : null;
      }
    }
    return null;
  }

  /** The body's container and the siblings that join it (by score, kind or as a standfirst), in document order. */
  private static List<Element> siblingsJoined(Element best, Element parent, double bestScore, int widened,
      ContainerScores scores, TextStats stats, ExtractionFocus focus, ExtractionRecorder recorder, RecipePage recipe) {
    double threshold = Math.max(focus.siblingMinScore, bestScore * focus.siblingShare);
    boolean stackedRows = STACKED_TABLE_PARTS.contains(best.normalName());
    List<Element> out = new ArrayList<>();
    boolean beforeBest = true;
    for (Element sibling : parent.children()) {
      if (sibling == best) {
        out.add(sibling);
        beforeBest = false;
        continue;
      }
      Double s = stackedRows ? scoreAtDepth(sibling, widened, scores, stats) : scores.get(sibling);
      // A box that only wraps a paragraph is read as that paragraph above the body (a standfirst set apart); below
      // it, such a box is another page part's (a note, a teaser), which joins only by its score.
      Element paragraph = sibling.normalName().equals("p") ? sibling : beforeBest ? openingParagraph(sibling, best, stats) : null;
      if (s != null && (s >= threshold || isSameKind(sibling, best) && s >= focus.siblingMinScore * 0.3)) {
        out.add(sibling);
      } else if (holdsTextOfSameKind(sibling, best, stats) || isRecipePartBeside(sibling, best, stats, recipe)) {
        out.add(sibling);
      } else if (paragraph != null) {
        String text = paragraph.text();
        double density = stats.linkDensity(paragraph);
        // A wrapped paragraph joins only when it is a substantial one, not for ending a sentence.
        if ((text.length() > focus.siblingParagraphChars && density < focus.siblingParagraphLinkDensity)
            || (paragraph == sibling && text.length() > 0 && density == 0 && Texts.endsAsSentence(text, ""))) {
          out.add(sibling);
        } else {
          recorder.rejected(sibling, density >= focus.siblingParagraphLinkDensity ? Explanation.Reason.LINK_DENSITY : Explanation.Reason.LOW_SCORE);
        }
      } else {
        recorder.rejected(sibling, Explanation.Reason.LOW_SCORE);
      }
    }
    return out;
  }

  /**
   * Whether {@code sibling} is a box of a recipe's ingredients or preparation on a recipe's page, with text not mostly
   * in links: a list of quantities and a table of steps score too little to join the method beside them, yet they are
   * the recipe.
   */
  private static boolean isRecipePartBeside(Element sibling, Element best, TextStats stats, RecipePage recipe) {
    return Vocabulary.isRecipePart(sibling) && stats.shownChars(sibling) > 0 && stats.linkDensity(sibling) < 0.5
        && recipe.holds(sibling, best);
  }

  /** The parts of a layout table that stack top to bottom: a row, or a whole table among others. */
  private static final Set<String> STACKED_TABLE_PARTS = Set.of("table", "tbody", "tr");

  /**
   * A sibling's score read as deep as the body's was: its own, or, when all its text is in one child, that child's
   * read the same way, down at most {@code depth} levels; the highest of these, or null when none has a score. When the
   * body's container is a row of a layout table (or a whole table among stacked ones) widened over its cell and the
   * box of paragraphs in it, its score is that box's, while the next row, the article's next section, holds its
   * paragraphs as deep, where only a sixth of their score reaches the row itself. A row of several columns of text (a
   * box of links and promotions) is read at the row.
   */
  private static @Nullable Double scoreAtDepth(Element sibling, int depth, ContainerScores scores, TextStats stats) {
    Double best = scores.get(sibling);
    if (depth == 0) return best;
    Element holder = soleTextChild(sibling, stats);
    if (holder == null) return best;
    Double inner = scoreAtDepth(holder, depth - 1, scores, stats);
    return inner != null && (best == null || inner > best) ? inner : best;
  }

  /** The child of {@code e} that shows all of its text, or null when its text is spread over several or is its own. */
  private static @Nullable Element soleTextChild(Element e, TextStats stats) {
    int shown = stats.shownChars(e);
    if (shown == 0) return null;
    for (Element child : e.children()) {
      int c = stats.shownChars(child);
      if (c == shown) return child;
      if (c > 0) return null;
    }
    return null;
  }

  /**
   * The paragraph a sibling box above the body's box {@code best} stands for: the one it only wraps, or the box itself
   * when it is a {@code div} of text without blocks (a first paragraph set apart without the tag) or a bold opening
   * sentence, or null.
   */
  private static @Nullable Element openingParagraph(Element sibling, Element best, TextStats stats) {
    Element wrapped = wrappedParagraph(sibling);
    if (wrapped != null) return wrapped;
    if (isBoldOpeningSentence(sibling, best, stats)) return sibling;
    boolean textBox = sibling.normalName().equals("div") && !stats.holdsBlock(sibling) && stats.shownChars(sibling) > 0
        && !Vocabulary.isBoilerplateBox(sibling) && !Vocabulary.hasNegativeClass(sibling);
    return textBox ? sibling : null;
  }

  /**
   * Whether {@code sibling} is the first sentence set in bold just before the body's box, as older pages print their
   * lead: a line of its own (not a bold phrase of running text), next to the box but for line breaks, of a sentence's
   * length and ending as one (a bold label, a greeting or a server's warning does not), and no notice.
   */
  private static boolean isBoldOpeningSentence(Element sibling, Element best, TextStats stats) {
    if (!EMPHASIS.contains(sibling.normalName()) || stats.holdsBlock(sibling)) return false;
    Element next = sibling.nextElementSibling();
    while (next != null && next.normalName().equals("br")) next = next.nextElementSibling();
    if (next != best || PagePreparer.isInlineInText(sibling)) return false;
    String text = Texts.normalise(sibling.text());
    return text.length() >= MIN_BOLD_LEAD && Texts.endsAsSentence(text, "") && !Vocabulary.isBoilerplateLine(text)
        && !Vocabulary.isBoilerplateBox(sibling) && !Vocabulary.hasNegativeClass(sibling);
  }

  /** The fewest characters of a bold opening sentence: a lead's, not a greeting's or a label's. */
  private static final int MIN_BOLD_LEAD = 50;

  /**
   * The paragraph a sibling box only wraps ({@code <div><p>…</p></div>}, boxes inside boxes with nothing else in
   * them), or null: such a box is read as the paragraph it holds, so a standfirst in a box of its own above the
   * body joins it as a bare paragraph would. A box whose class names boilerplate is not a wrapper.
   */
  static @Nullable Element wrappedParagraph(Element sibling) {
    Element at = sibling;
    while (at.childrenSize() == 1 && !at.normalName().equals("p")) {
      if (Vocabulary.isBoilerplateBox(at) || Vocabulary.hasNegativeClass(at)) return null;
      for (int i = 0, n = at.childNodeSize(); i < n; i++) if (at.childNode(i) instanceof TextNode t && !t.isBlank()) return null;
      at = at.child(0);
    }
    return at != sibling && at.normalName().equals("p") ? at : null;
  }

  /**
   * Whether {@code sibling} is, or holds, a box of the same kind as the body's (same tag and class) with prose in it
   * (at least 100 characters, under a quarter in links) though it has no score: an article printed in like
   * sections, each wrapped in boxes deeper than a paragraph's score reaches (page builders nest five or six).
   */
  private static boolean holdsTextOfSameKind(Element sibling, Element best, TextStats stats) {
    if (best.className().isEmpty() || Vocabulary.isBoilerplateBox(sibling)) return false;
    Element like = isSameKind(sibling, best) ? sibling : null;
    if (like == null) {
      for (Element e : sibling.getElementsByTag(best.normalName())) {
        if (e != sibling && isSameKind(e, best)) {
          like = e;
          break;
        }
      }
    }
    return like != null && stats.shownChars(like) >= 100 && stats.linkDensity(like) < 0.25;
  }

  /**
   * Whether {@code sibling} is a box of the same kind as the body's (the same tag and the same class): an article
   * printed in several like sections, whose first ones are short, as Readability counts such a sibling in with a
   * bonus. Otherwise the story started half-way through, at its longest section.
   */
  private static boolean isSameKind(Element sibling, Element best) {
    String cls = best.className();
    return !cls.isEmpty() && sibling.normalName().equals(best.normalName()) && sibling.className().equals(cls);
  }

  /**
   * A {@code p}, {@code pre}, {@code td} or {@code blockquote}; a list item that is text rather than a
   * link; or a {@code div} that is a paragraph without the tag (it holds only inline content, or text
   * directly beside its blocks).
   */
  static boolean isParagraphLike(Element e, TextStats stats) {
    String tag = e.normalName();
    if (tag.equals("p") || tag.equals("pre") || tag.equals("td") || tag.equals("blockquote")) return true;
    if (tag.equals("li")) return !stats.holdsBlock(e) && stats.linkDensity(e) < 0.5;
    if (!tag.equals("div") && !tag.equals("section") && !tag.equals("article")) return false;
    if (!stats.holdsBlock(e)) return true;
    for (int i = 0, n = e.childNodeSize(); i < n; i++) {
      Node child = e.childNode(i);
      if (child instanceof TextNode t && mayRead25Chars(t) && t.text().strip().length() >= 25) return true;
    }
    return false;
  }

  /**
   * Whether a text node's text as jsoup gives it ({@link TextNode#text}), stripped, can be 25 characters long: it
   * keeps at most one space after each other character, and only space, tab, line feed, form feed, carriage return
   * and the no-break space are whitespace to it, so under 13 other characters make under 25. Most text nodes beside
   * blocks are indentation, whose text is then not built.
   */
  private static boolean mayRead25Chars(TextNode t) {
    String raw = t.getWholeText();
    int others = 0;
    for (int k = 0; k < raw.length() && others < 13; k++) {
      char c = raw.charAt(k);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\f' && c != '\r' && c != '\u00A0') others++;
    }
    return others >= 13;
  }

  static int classWeight(Element e) {
    int w = 0;
    boolean attributes = e.attributesSize() > 0;
    // Most elements carry no attribute at all: no class words to look up, and no itemprop.
    if (attributes) {
      String cls = e.className() + " " + e.id();
      if (Vocabulary.POSITIVE_FRAGMENTS.in(cls)) w += 25;
      if (Vocabulary.isNegativeClass(cls)) w -= 25;
    }
    String tag = e.normalName();
    if (tag.equals("article") || attributes && e.attr("itemprop").contains("articleBody")) w += 30;
    if (tag.equals("main")) w += 10;
    return w;
  }
}
