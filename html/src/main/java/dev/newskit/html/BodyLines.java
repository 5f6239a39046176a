package dev.newskit.html;

import dev.newskit.core.Block;
import dev.newskit.core.Figure;
import dev.newskit.core.Heading;
import dev.newskit.core.Link;
import dev.newskit.core.ListBlock;
import dev.newskit.core.Paragraph;
import dev.newskit.core.Quote;
import dev.newskit.html.internal.Texts;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The line-by-line pass over the blocks built from the article's container: what is the article's text, and what is
 * boilerplate inside the container — lines that repeat a field lifted out of the text (the title, the byline), boilerplate
 * and page-tools lines, teasers and credits, the links under a "Related" label, the comment section and the footer under
 * the site's copyright notice, lists of links set as lines, and the headings left at the end. Each line it drops goes to
 * the recorder with its reason; {@link ExtractionFocus#RECALL} keeps all but the lifted lines, the boilerplate lines, the
 * links under a label and the trailing headings.
 */
final class BodyLines {
  private BodyLines() {}

  /**
   * Appends the article's blocks of {@code builtBody} to {@code blocks} (which may already hold the lead paragraphs
   * and figures), leaving out those whose text repeats one of the {@code lifted} keys ({@link Texts#key}), then drops
   * the lists of links and trailing headings of the whole.
   */
  static void keep(List<Block> blocks, BlockBuilder.Body builtBody, Set<String> lifted, ExtractionFocus focus,
      ExtractionRecorder recorder) {
    Set<Integer> liftedLengths = new HashSet<>();
    int longestLifted = 0;
    for (String k : lifted) {
      liftedLengths.add(k.length());
      longestLifted = Math.max(longestLifted, k.length());
    }
    boolean afterLabel = false;
    boolean inComments = false;
    List<Block> built = builtBody.blocks();
    ParagraphWords words = new ParagraphWords(built);
    int footerAt = focus == ExtractionFocus.RECALL ? built.size() : Math.min(copyrightNotice(built, words), commentsAt(builtBody, words));
    for (int i = 0; i < built.size(); i++) {
      Block b = built.get(i);
      // A comment section's heading after the article's text ends the body: the rest is readers' text; so
      // does the site's copyright notice below it. A box of readers' comments set inside the story, with the
      // story's paragraphs going on below it, is left out on its own.
      if (!inComments && i < footerAt && endsBody(b, words, i, focus)) {
        int after = insetBoxEnd(builtBody, i);
        if (after > i) {
          for (int k = i; k < after; k++) recorder.dropped(built.get(k), Explanation.Reason.BOILERPLATE_TEXT);
          i = after - 1;
          continue;
        }
        inComments = true;
      }
      inComments |= i >= footerAt;
      if (inComments) {
        recorder.dropped(b, Explanation.Reason.BOILERPLATE_TEXT);
        continue;
      }
      // The links under a "Related stories" / "Lea también" label go with it.
      if (afterLabel && (mostlyLinks(b) || isListingLine(b))) {
        recorder.dropped(b, Explanation.Reason.LINK_DENSITY);
        continue;
      }
      afterLabel = false;
      if (b instanceof Paragraph || b instanceof Heading) {
        String text = b.text();
        // A key is the text's letters and digits, so a text with a different count cannot be lifted:
        // counting (no further than the longest key) is cheaper than building the key of every paragraph.
        boolean maybeLifted = liftedLengths.contains(Texts.lettersAndDigits(text, longestLifted));
        if (maybeLifted && lifted.contains(Texts.key(text))) {
          recorder.repeatsField(b);
          continue;
        }
        // A syndicated story's notice says "All rights reserved" as a site's footer does, but belongs to the story.
        if (Vocabulary.isBoilerplateLine(text) && !Vocabulary.isWireNotice(text)) {
          recorder.dropped(b, Explanation.Reason.BOILERPLATE_TEXT);
          afterLabel = true;
          continue;
        }
      }
      if (focus != ExtractionFocus.RECALL && isPageTools(b)) {
        recorder.dropped(b, Explanation.Reason.BOILERPLATE_TEXT);
        continue;
      }
      if (focus != ExtractionFocus.RECALL && isTeaserOrCredit(b)) {
        recorder.dropped(b, Explanation.Reason.BOILERPLATE_TEXT);
        continue;
      }
      blocks.add(b);
    }
    if (focus != ExtractionFocus.RECALL) dropLinkLists(blocks, builtBody.paragraphOf(), recorder);
    dropTrailingHeadings(blocks, recorder);
  }

  /**
   * Drops the blog posts' meta rows from the body ("Posted by Dana at 1:40 PM | Permalink | Comments (5)", "Filed
   * under Furniture | 1 comment"): the blog engine's tools, not the post's text. It runs after the byline has been read
   * from the body's last lines, since a post's only credit may be its meta row's "Posted by". {@link
   * ExtractionFocus#RECALL} skips this step.
   */
  static void dropPostMetaRows(List<Block> blocks, ExtractionFocus focus, ExtractionRecorder recorder) {
    if (focus == ExtractionFocus.RECALL) return;
    for (int i = blocks.size() - 1; i >= 0; i--) {
      Block b = blocks.get(i);
      if ((b instanceof Paragraph || b instanceof Heading) && Vocabulary.isPostMetaRow(b.text())) {
        recorder.dropped(blocks.remove(i), Explanation.Reason.BOILERPLATE_TEXT);
      }
    }
  }

  /**
   * A paragraph or heading that is a row of page tools ("Email to a friend", "Printer friendly") or a call to click
   * ("Click here for text alerts!"); recall keeps it.
   */
  private static boolean isPageTools(Block b) {
    return (b instanceof Paragraph || b instanceof Heading)
        && (Vocabulary.isPageToolsLine(b.text()) || Vocabulary.isClickHereCall(b.text()));
  }

  /**
   * A "Read more: …" teaser line, or a photo credit or copyright line standing on its own (recall keeps both); a
   * syndicated story's own notice stays.
   */
  private static boolean isTeaserOrCredit(Block b) {
    if (!(b instanceof Paragraph || b instanceof Heading || b instanceof Quote)) return false;
    String text = b.text();
    return Vocabulary.isLabelledTeaser(text) || Vocabulary.isCreditLine(text) && !Vocabulary.isWireNotice(text)
        || isNeighbourLink(b);
  }

  /**
   * A link to the story before or after this one whose label runs into the headline without a separator ("Previous
   * articleTransforming the old harbour"): the label is one of the boilerplate lines and the rest is the link's text.
   */
  private static boolean isNeighbourLink(Block b) {
    String text = b.text();
    if (text.length() > 200 || !mostlyLinks(b)) return false;
    for (Link link : linksOf(b)) {
      String linked = link.text().strip();
      if (linked.isEmpty() || !text.endsWith(linked) || text.length() == linked.length()) continue;
      if (Vocabulary.isBoilerplateLine(text.substring(0, text.length() - linked.length()))) return true;
    }
    return false;
  }

  /**
   * Marks a section that is a list of links: a heading followed, up to the next heading, by nothing but two or more
   * short lines that are mostly links, or by one list of three or more items that is ("Auch auf …", "Weitere
   * Beiträge" and their headlines): other pages' teasers set inside the article's container. Under a heading that
   * labels nothing else, half of a line in links is enough.
   */
  private static void markLinkSections(List<Block> blocks, boolean[] drop) {
    if (textBesideHeadings(blocks) < MIN_TEXT_BESIDE_HEADINGS) return;
    for (int i = 0; i < blocks.size(); i++) {
      if (!(blocks.get(i) instanceof Heading)) continue;
      int end = i + 1;
      while (end < blocks.size() && !(blocks.get(end) instanceof Heading)) end++;
      if (isListOfLinks(blocks.subList(i + 1, end))) for (int k = i; k < end; k++) drop[k] = true;
    }
  }

  /** Whether {@code section} is two or more short lines that are mostly links, or one such list of three or more items. */
  private static boolean isListOfLinks(List<Block> section) {
    if (section.size() == 1 && section.get(0) instanceof ListBlock l) return l.items().size() >= 3 && mostlyLinks(l);
    if (section.size() < 2) return false;
    for (Block b : section) {
      if (!(b instanceof Paragraph) || b.text().length() > 150 || !mostlyLinks(b)) return false;
    }
    return true;
  }

  /** The characters of the blocks that are not headings. */
  private static int textBesideHeadings(List<Block> blocks) {
    int text = 0;
    for (Block b : blocks) if (!(b instanceof Heading)) text += b.text().length();
    return text;
  }

  /**
   * Removes the lists of links the body's container holds as lines rather than as a list (headlines between
   * {@code <br>}s, a row of section links, a table of teasers): a line that is all link ("link-only") goes when it
   * holds two links or more, or stands next to another such line; so does a short label line right above them
   * ("Sports Headlines", "Latest:"), and a heading over nothing but links, with them. One link-only line alone
   * stays, and so does a {@code p} that is one link: an author may give a source that way. {@code paragraphOf}
   * names the {@code p} each paragraph was built from; a {@code p} split into several paragraphs (at double line
   * breaks) never loses one of them alone: nothing inside an author's paragraph goes missing from it.
   */
  private static void dropLinkLists(List<Block> blocks, Map<Block, Element> paragraphOf, ExtractionRecorder recorder) {
    Set<Block> split = partsOfSplitParagraphs(paragraphOf);
    // A separator between menu entries ("|", "»") is a paragraph of its own when the entries are: it goes first,
    // so that the entries on either side of it stand next to each other.
    blocks.removeIf(b -> {
      boolean bare = b instanceof Paragraph && !b.text().isEmpty() && Texts.lettersAndDigits(b.text(), 0) == 0
          && !split.contains(b);
      if (bare) recorder.dropped(b, Explanation.Reason.BOILERPLATE_TEXT);
      return bare;
    });
    boolean[] linkOnly = new boolean[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) linkOnly[i] = isLinkOnly(blocks.get(i));
    boolean[] drop = new boolean[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) {
      // An author's paragraph that is one link ("<p><a>The report</a></p>") is a line of the text; lists and teasers
      // of other stories are told apart by what they are (below), whatever tags they come in. A p of several links
      // and nothing else (">> News - … >> News - …") is such a list.
      if (!linkOnly[i] || paragraphOf.containsKey(blocks.get(i)) && linkCount(blocks.get(i)) < 2) continue;
      // A heading of two links ("News | Fans show their pride") is a post's linked headline, not a list.
      boolean several = linkCount(blocks.get(i)) >= 2 && !(blocks.get(i) instanceof Heading);
      boolean inList = several || (i > 0 && linkOnly[i - 1]) || (i + 1 < blocks.size() && linkOnly[i + 1]);
      if (!inList) continue;
      drop[i] = true;
      if (i > 0 && !linkOnly[i - 1] && isListLabel(blocks.get(i - 1))) drop[i - 1] = true;
    }
    dropTeaserPairs(blocks, linkOnly, drop);
    dropDatedTeaserCards(blocks, linkOnly, drop);
    dropTruncatedTeasers(blocks, drop);
    dropLabelAndLinkBoxes(blocks, linkOnly, drop);
    keepPageOfLinks(blocks, drop);
    for (int i = 0; i < blocks.size(); i++) drop[i] &= !split.contains(blocks.get(i));
    // A heading's section is judged whole: when all of it is links, no part of an author's paragraph is kept apart.
    markLinkSections(blocks, drop);
    int kept = 0;
    for (int i = 0; i < blocks.size(); i++) {
      if (drop[i]) recorder.dropped(blocks.get(i), Explanation.Reason.LINK_DENSITY);
      else blocks.set(kept++, blocks.get(i));
    }
    blocks.subList(kept, blocks.size()).clear();
  }

  /**
   * Unmarks the link-only lines when they hold more than half of the body's text: on a page of links they are the
   * content. A dated list of stories stays marked, with its label.
   */
  private static void keepPageOfLinks(List<Block> blocks, boolean[] drop) {
    int lines = 0;
    int all = 0;
    for (int i = 0; i < blocks.size(); i++) {
      int length = blocks.get(i).text().length();
      all += length;
      if (drop[i] && !(blocks.get(i) instanceof ListBlock)) lines += length;
    }
    if (lines * 2 <= all) return;
    for (int i = 0; i < blocks.size(); i++) {
      boolean listing = blocks.get(i) instanceof ListBlock || (i + 1 < blocks.size() && blocks.get(i + 1) instanceof ListBlock && drop[i + 1]);
      if (!listing) drop[i] = false;
    }
  }

  /** The paragraphs that are one of several built from the same {@code p} element. */
  private static Set<Block> partsOfSplitParagraphs(Map<Block, Element> paragraphOf) {
    Map<Element, Integer> parts = new IdentityHashMap<>();
    for (Element p : paragraphOf.values()) parts.merge(p, 1, Integer::sum);
    Set<Block> split = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Map.Entry<Block, Element> e : paragraphOf.entrySet()) if (parts.get(e.getValue()) > 1) split.add(e.getKey());
    return split;
  }

  /**
   * Marks the teasers of other stories under a label that says so ("More regional headlines »", "Latest stories"),
   * which may itself be a link: each a link-only headline with the short summary under it.
   */
  private static void dropTeaserPairs(List<Block> blocks, boolean[] linkOnly, boolean[] drop) {
    for (int i = 0; i + 1 < blocks.size(); i++) {
      if (!linkOnly[i + 1] || !isTeaserLabel(blocks.get(i))) continue;
      drop[i] = true;
      int j = i + 1;
      while (j < blocks.size() && linkOnly[j]) {
        drop[j++] = true;
        if (j < blocks.size() && !linkOnly[j] && blocks.get(j) instanceof Paragraph summary && summary.text().length() <= 300) {
          drop[j++] = true;
        }
      }
      i = j - 1;
    }
  }

  /**
   * Marks the cards of other stories that a grid of related posts leaves in the body: two or more in a row, each a
   * link-only headline with the story's date line under it ("27. Mai 2020"), and each card's picture. One such card
   * alone stays: an author may point to one story so.
   */
  private static void dropDatedTeaserCards(List<Block> blocks, boolean[] linkOnly, boolean[] drop) {
    int n = blocks.size();
    for (int i = 0; i < n; ) {
      int start = i;
      int cards = 0;
      int j = i;
      while (true) {
        int k = j;
        while (k < n && blocks.get(k) instanceof Figure) k++;
        if (k + 1 >= n || !linkOnly[k] || blocks.get(k) instanceof ListBlock || !isListingLine(blocks.get(k + 1))) break;
        cards++;
        j = k + 2;
      }
      if (cards >= 2) {
        for (int k = start; k < j; k++) drop[k] = true;
        i = j;
      } else {
        i++;
      }
    }
  }

  /**
   * Marks the teasers of other stories that stand as lines: two or more paragraphs in a row, each a linked headline
   * followed by the start of that story, cut off with an ellipsis ("Skype is back Skype has announced that the
   * service is back up and running a..."). One such line alone stays: an author may end a sentence so.
   */
  private static void dropTruncatedTeasers(List<Block> blocks, boolean[] drop) {
    int n = blocks.size();
    for (int i = 0; i < n; ) {
      int j = i;
      while (j < n && isTruncatedTeaser(blocks.get(j))) j++;
      if (j - i >= 2) for (int k = i; k < j; k++) drop[k] = true;
      i = Math.max(j, i + 1);
    }
  }

  /**
   * Marks the boxes of labels and titles that a sidebar leaves in the body: three or more pairs in a row of a short
   * line that is all link over a short line without any ("Blog name:" linked, over the title of the blog's latest
   * post), each line eight words or fewer, the first pair not after a short unlinked line. A list an author writes
   * links part of a line ("Name (Country)") or runs its links together; a page that is such pairs is kept by
   * {@link #keepPageOfLinks}.
   */
  private static void dropLabelAndLinkBoxes(List<Block> blocks, boolean[] linkOnly, boolean[] drop) {
    int n = blocks.size();
    for (int i = 0; i < n; ) {
      int j = i;
      while (j + 1 < n && isLabelAndTitle(blocks, linkOnly, j)) j += 2;
      // After a short line without links, the pairs run the other way: an author's list of plain labels over
      // their links ("Convenor:" over a linked name).
      if (j - i >= 6 && !(i > 0 && isShortLine(blocks.get(i - 1)) && linkCount(blocks.get(i - 1)) == 0)) {
        for (int k = i; k < j; k++) drop[k] = true;
        i = j;
      } else {
        i++;
      }
    }
  }

  /** Whether the block at {@code i} is a short link-only line and the next one a short line without links. */
  private static boolean isLabelAndTitle(List<Block> blocks, boolean[] linkOnly, int i) {
    Block label = blocks.get(i);
    Block title = blocks.get(i + 1);
    return linkOnly[i] && !linkOnly[i + 1] && isShortLine(label) && isShortLine(title) && linkCount(title) == 0;
  }

  /** A paragraph of one to eight words. */
  private static boolean isShortLine(Block b) {
    if (!(b instanceof Paragraph)) return false;
    int words = Texts.words(b.text(), 8);
    return words >= 1 && words <= 8;
  }

  /** A short paragraph that opens with a link and ends in an ellipsis: a headline and the cut-off start of its story. */
  private static boolean isTruncatedTeaser(Block b) {
    if (!(b instanceof Paragraph p) || p.links().isEmpty()) return false;
    String text = p.text().strip();
    String headline = p.links().get(0).text().strip();
    return text.length() <= 400 && !headline.isEmpty() && text.startsWith(headline) && text.length() > headline.length()
        && (text.endsWith("...") || text.endsWith("…"));
  }

  /** A paragraph or heading whose links hold nine tenths of its text or more, short unless it is several links. */
  private static boolean isLinkOnly(Block b) {
    if (b instanceof ListBlock list) return isStoryListing(list);
    List<Link> links = linksOf(b);
    if (links.isEmpty()) return false;
    int length = b.text().length();
    return linkedChars(links) * 10 >= length * 9 && (links.size() >= 2 || length < 120);
  }

  private static int linkCount(Block b) {
    return linksOf(b).size();
  }

  /** The links of a paragraph, heading or list; none for other blocks. */
  private static List<Link> linksOf(Block b) {
    return b instanceof Paragraph p ? p.links() : b instanceof Heading h ? h.links()
        : b instanceof ListBlock l ? l.links() : List.of();
  }

  /** The characters of the links' texts. */
  private static int linkedChars(List<Link> links) {
    int linked = 0;
    for (Link link : links) linked += link.text().length();
    return linked;
  }

  /**
   * A list of three or more items that each are a link followed by at most a short dated tail ("Choi wins Sony
   * Open 14/01/08 6:41 AM"): other stories with their times, which the list's link density alone does not tell.
   */
  private static boolean isStoryListing(ListBlock list) {
    if (list.items().size() < 3 || list.links().isEmpty()) return false;
    for (String item : list.items()) {
      String tail = null;
      for (Link link : list.links()) {
        if (!link.text().isEmpty() && item.startsWith(link.text())) {
          tail = item.substring(link.text().length()).strip();
          break;
        }
      }
      if (tail == null || tail.length() > 40 || !(tail.isEmpty() || HAS_DATE_OR_BAR.matcher(tail).find())) return false;
    }
    return true;
  }

  /** A short line that is no sentence and names a box of other stories; it may itself link to them. */
  private static boolean isTeaserLabel(Block b) {
    if (!(b instanceof Paragraph || b instanceof Heading)) return false;
    String t = b.text().strip();
    return !Texts.endsAsSentence(t, LABEL_CLOSERS) && Vocabulary.isTeaserLabel(t);
  }

  /** A short line of a few words without links that is no sentence ("Sports Headlines", "Latest:"): a list's label. */
  private static boolean isListLabel(Block b) {
    if (!(b instanceof Paragraph || b instanceof Heading) || linkCount(b) > 0) return false;
    String t = b.text().strip();
    return !t.isEmpty() && t.length() <= 50 && Texts.words(t) <= 5 && !Texts.endsAsSentence(t, LABEL_CLOSERS);
  }

  /** Besides a sentence's marks, what ends a line as no label ends: a closing quote ("Mehr »" points on, a label). */
  private static final String LABEL_CLOSERS = "\"”";

  /**
   * The fewest characters of text beside a body's headings for a heading to be read as a label that may go (of a
   * box of links, or left behind at the end): below it the headings are most of the text.
   */
  private static final int MIN_TEXT_BESIDE_HEADINGS = 200;

  /**
   * Removes the headings that end the body: what stood under them (related links, a sign-up box) was left out,
   * and the label stayed behind ("Empfohlene Beiträge", "Vous aimerez aussi"). A body of little but headings
   * (under {@value #MIN_TEXT_BESIDE_HEADINGS} characters of other text) keeps them: there they are the text.
   */
  private static void dropTrailingHeadings(List<Block> blocks, ExtractionRecorder recorder) {
    if (textBesideHeadings(blocks) < MIN_TEXT_BESIDE_HEADINGS) return;
    while (!blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Heading h && !isSentences(h)) {
      recorder.dropped(blocks.remove(blocks.size() - 1), Explanation.Reason.BOILERPLATE_TEXT);
    }
  }

  /**
   * Whether a heading is written as running text, six words or more ending with a full stop: the article's own
   * closing lines set large, not the label of a box that was left out.
   */
  private static boolean isSentences(Heading h) {
    String t = h.text().strip();
    return t.endsWith(".") && Texts.words(t, 6) >= 6;
  }

  /**
   * Whether block {@code i}, {@code b}, opens a comment section after the article has had {@value #MIN_ARTICLE_WORDS} words: a heading or
   * line such as "Comments" or "Have your say (12)", or an invitation to comment, once the article has said something
   * (a count of comments above the text is a link to them, not their start). Recall keeps what follows.
   */
  private static boolean endsBody(Block b, ParagraphWords words, int i, ExtractionFocus focus) {
    return focus != ExtractionFocus.RECALL && (b instanceof Paragraph || b instanceof Heading)
        && (Vocabulary.isCommentSectionStart(b.text()) || Vocabulary.isCommentInvitation(b.text()))
        && !isLinkedCount(b) && words.before(i, MIN_ARTICLE_WORDS) >= MIN_ARTICLE_WORDS;
  }

  /**
   * Where the box that block {@code i} opens ends, when it is a box set inside the story: an element within the
   * container of the story's paragraphs (the {@code p}s before it), not the container's own line, with 30 words or
   * more of paragraphs of that container after it. {@code i} when it is not such a box.
   */
  private static int insetBoxEnd(BlockBuilder.Body body, int i) {
    List<Block> built = body.blocks();
    Element from = body.elementOf().get(built.get(i));
    Element container = null;
    for (int k = i - 1; k >= 0 && container == null; k--) {
      Element p = body.paragraphOf().get(built.get(k));
      if (p != null) container = p.parent();
    }
    if (from == null || container == null) return i;
    Element box = from;
    while (box.parent() != null && box.parent() != container) box = box.parent();
    if (box == from || box.parent() != container) return i;
    int end = i + 1;
    while (end < built.size()) {
      Element e = body.elementOf().get(built.get(end));
      if (e == null || e != box && !ContentFinder.isInside(e, box)) break;
      end++;
    }
    int storyWords = 0;
    for (int k = end; k < built.size() && storyWords < 30; k++) {
      Element p = body.paragraphOf().get(built.get(k));
      if (p != null && p.parent() == container) storyWords += Texts.words(built.get(k).text());
    }
    return storyWords >= 30 ? end : i;
  }

  /**
   * Whether the block is a line of one link whose text holds a count, as "4 comments" under each post of a blog's
   * page: a count of comments that links to them is not their start, where a comment section's own heading is plain
   * text or a heading (which may link to itself).
   */
  private static boolean isLinkedCount(Block b) {
    if (!(b instanceof Paragraph p)) return false;
    List<Link> links = p.links();
    String text = b.text().strip();
    return links.size() == 1 && links.get(0).text().strip().equals(text) && text.chars().anyMatch(Character::isDigit);
  }

  /**
   * Each block's words when it is a paragraph, else 0, counted when first asked for: the readings below need
   * them only at a comment section's or a copyright notice's line, which most bodies do not have.
   */
  private static final class ParagraphWords {
    private final List<Block> blocks;
    /** Each block's words, -1 until counted. */
    private final int[] words;

    ParagraphWords(List<Block> blocks) {
      this.blocks = blocks;
      words = new int[blocks.size()];
      Arrays.fill(words, -1);
    }

    int of(int i) {
      if (words[i] < 0) words[i] = blocks.get(i) instanceof Paragraph p ? Texts.words(p.text()) : 0;
      return words[i];
    }

    /** The words of the blocks before {@code end}, counted only until they reach {@code enough}. */
    int before(int end, int enough) {
      int sum = 0;
      for (int i = 0; i < end && sum < enough; i++) sum += of(i);
      return sum;
    }
  }

  /**
   * Where the body's skipped comment section stood, when the article had at least {@value #MIN_ARTICLE_WORDS} words
   * before it.
   */
  private static int commentsAt(BlockBuilder.Body body, ParagraphWords words) {
    boolean after = words.before(body.commentsAt(), MIN_ARTICLE_WORDS) >= MIN_ARTICLE_WORDS;
    return after ? body.commentsAt() : body.blocks().size();
  }

  /**
   * The fewest words of article before a comment section or a copyright footer may end the body: a page's own
   * "Comments" or "©" line above the story's text is a link or a header, not its end.
   */
  private static final int MIN_ARTICLE_WORDS = 60;

  private static final Pattern COPYRIGHT = Pattern.compile(
      "^(?:©|\\(c\\)|copyright\\b)(?=.*\\b(?:19|20)\\d\\d\\b)", Pattern.CASE_INSENSITIVE);

  /**
   * Where a copyright notice ("© 2008 Example Media Ltd.") stands in the lower part of {@code blocks}, after the
   * article's text (at least {@value #MIN_ARTICLE_WORDS} words before it, and more than twice what follows it): the page's footer starts
   * there. {@code blocks.size()} when there is none.
   */
  private static int copyrightNotice(List<Block> blocks, ParagraphWords words) {
    for (int i = 0; i < blocks.size(); i++) {
      if (!(blocks.get(i) instanceof Paragraph p) || p.text().length() > 300 || !mayOpenCopyright(p.text())
          || !COPYRIGHT.matcher(p.text()).find()) {
        continue;
      }
      int before = words.before(i, Integer.MAX_VALUE);
      int total = words.before(blocks.size(), Integer.MAX_VALUE);
      if (before >= MIN_ARTICLE_WORDS && (total - before) * 2 < before) {
        // A syndicated story's own notice closes the story; the footer starts below it.
        return Vocabulary.isWireNotice(p.text()) ? i + 1 : i;
      }
    }
    return blocks.size();
  }

  /** Whether {@code text} starts as {@link #COPYRIGHT} needs: with ©, ( or c, without running the pattern. */
  private static boolean mayOpenCopyright(String text) {
    if (text.isEmpty()) return false;
    char c = text.charAt(0);
    return c == '©' || c == '(' || c == 'c' || c == 'C';
  }

  /**
   * A short paragraph that is no sentence and holds a date or a bar ("(31 Dec 07 | Premier League)", "Jan 2, 2008 -
   * Sports"): under a
   * "Related stories" label, the date or section line of a listed story, which goes with the story's link.
   */
  private static boolean isListingLine(Block b) {
    if (!(b instanceof Paragraph)) return false;
    String t = b.text();
    return t.length() < 60 && !Texts.endsAsSentence(t, LISTING_CLOSERS) && HAS_DATE_OR_BAR.matcher(t).find();
  }

  /** A digit (of a date or time) or a bar between a listed story's date and section; a name in parentheses has neither. */
  private static final Pattern HAS_DATE_OR_BAR = Pattern.compile("[\\d|]");

  /** Besides a sentence's marks, what ends a line that is no listed story's date line: a closing quote or a colon. */
  private static final String LISTING_CLOSERS = ":\"”»";

  /** A list or paragraph whose links' text is at least half of its own. */
  private static boolean mostlyLinks(Block b) {
    // A heading's links do not make it a line of links here: a linked heading may be a section's own.
    List<Link> links = b instanceof Heading ? List.of() : linksOf(b);
    return !links.isEmpty() && linkedChars(links) * 2 >= b.text().length();
  }
}
