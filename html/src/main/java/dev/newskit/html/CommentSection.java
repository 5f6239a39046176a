package dev.newskit.html;

import dev.newskit.core.Block;
import dev.newskit.core.Comment;
import dev.newskit.core.FieldSource;
import dev.newskit.core.PageDateTime;
import dev.newskit.core.ParsedDate;
import dev.newskit.html.internal.HtmlTags;
import dev.newskit.html.internal.Texts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * A page's section of readers' comments, read into {@link Comment}s before pruning removes it: a box whose class or id
 * names comments ({@code comments}, {@code commentlist}, {@code responses}, {@code discussion}), schema.org {@code
 * Comment} microdata, or a list straight after a heading such as "Comments" or "תגובות". Its entries are the boxes
 * inside it that a class names as one comment ({@code li.comment}), a definition list's {@code dt}/{@code dd} pairs,
 * or the entries of its list; a reply nested in an entry stands one level deeper. The comment form, a count of
 * comments that links to them and a sidebar's list of most-commented stories yield none.
 */
final class CommentSection {
  /** Class and id words of a box that holds a thread of readers' comments. */
  private static final ClassWords SECTION_WORDS = new ClassWords(
      "comments commentlist comment-list comments-area comment-area comments-list comment-section comments-section "
          + "comment-thread comments-thread comments-block responses discussion reader-comments user-comments "
          + "readers-comments talkback talkbacks commentaires kommentare commenti comentarios");

  /**
   * Class and id words of a site-wide list of the latest, recent, popular or top comments on any story, or of the most
   * commented stories. A sidebar is told by {@link Vocabulary#isPageMargin}; "widget" alone names no margin, since some
   * platforms call the main column holding the post and its thread a widget too.
   */
  private static final ClassWords MARGIN_WORDS = new ClassWords("recentcomments most-commented "
      + "latest-comments recent-comments popular-comments top-comments comments-latest comments-recent "
      + "comments-popular comments-top");

  /** The class and id word of a sidebar: {@link Vocabulary#isPageMargin} tells whether it names the box itself. */
  private static final ClassWords SIDEBAR_WORD = new ClassWords("sidebar");

  /** Class and id words of a box that holds a site's rules for comments rather than the comments. */
  private static final ClassWords RULES_WORDS = new ClassWords("rules policy guidelines netiquette");

  /**
   * Class and id values (whole, without a number after them) that name one comment of a thread, as opposed to a part of
   * one ({@code comment-author}, {@code comment-body}) or the whole thread.
   */
  private static final Set<String> ITEM_TOKENS = Set.of("comment", "li-comment", "comment-item", "commentitem",
      "comment-entry", "single-comment", "user-comment", "reader-comment", "comment-container", "comment-wrapper",
      "comment-wrap", "commentbox", "comment-box", "talkback", "response");

  /** Class and id words of a comment's author element. */
  private static final ClassWords AUTHOR_WORDS = new ClassWords(
      "author user commenter username user-name name nick nickname fn comment-author");

  /** Class and id words of a comment's date or metadata line. */
  private static final ClassWords DATE_WORDS = new ClassWords(
      "date time timestamp datetime posted meta metadata commentmetadata comment-meta comment-date comment-time");

  /** Class and id words of a comment's controls: reply and report links, votes, its avatar. */
  private static final ClassWords ACTION_WORDS = new ClassWords(
      "reply actions action vote votes voting rating like likes report flag share permalink edit avatar tools "
          + "controls buttons comment-reply-link reply-link");

  private static final Set<String> SKIPPED_TAGS = Set.of("script", "style", "form", "button", "input", "textarea",
      "select", "noscript", "img", "svg", "iframe", "template", "object", "video", "audio", "picture");

  /** A control's line: "Reply", "Report abuse", "Like (3)", "Permalink", a vote count; "Antworten", "Signaler". */
  private static final Pattern ACTION_LINE = Pattern.compile("(?iu)^(?:[↑↓▲▼+\\-−]?\\s*\\d+\\s*)?(?:reply|replies|"
      + "report|report abuse|report comment|flag|like|likes|unlike|dislike|permalink|share|quote|edit|delete|"
      + "log in to reply|login to reply|reply to this comment|reply ↓|recommend|recommended|vote up|vote down|"
      + "thumbs up|thumbs down|points?|link to this|link to this comment|antworten|melden|répondre|signaler|alerter|"
      + "responder|denunciar|rispondi|segnala|השב|הגב|תגובה|رد|إبلاغ)?\\s*(?:\\(?[↑↓▲▼+\\-−]?\\d*\\)?)?\\s*[↓↑]?$");

  /**
   * How many entries are examined for each comment the limits allow: entries that give no comment (a link, a word)
   * still cost a reading, so a page of many of them stops early.
   */
  private static final int EXAMINED_PER_COMMENT = 4;

  /** A line that is only a number, perhaps signed: a vote count, or a reader's whole "+1". */
  private static final Pattern COUNT_LINE = Pattern.compile("^[↑↓▲▼+\\-−]?\\s*\\d+$");

  private final PageDates dates;
  /** The index of the page read, which gives the elements that mark the article ({@link PageIndex#articleMarks}). */
  private final PageIndex index;
  private final int maxComments;
  private final int maxChars;
  private final int maxExamined;
  private final List<Comment> comments = new ArrayList<>();
  private final List<CommentThread> threads = new ArrayList<>();
  private final List<List<Element>> readFrom = new ArrayList<>();
  /** The elements that hold the article's heading or body, and their ancestors; found once, on first use. */
  private @Nullable Set<Element> articleHolders;
  private int chars;
  private int examined;
  private FieldSource source = FieldSource.VISIBLE_TEXT;

  private CommentSection(PageIndex index, PageDates dates, HtmlLimits limits) {
    this.index = index;
    this.dates = dates;
    this.maxComments = limits.maxComments();
    this.maxChars = limits.maxCommentChars();
    this.maxExamined = (int) Math.min(Integer.MAX_VALUE, (long) EXAMINED_PER_COMMENT * limits.maxComments());
  }

  /**
   * One section's comments with the boxes they were read from (the section, or each comment's microdata box), and
   * for each comment the elements it was read from (its entry's box, or a {@code dt} with its {@code dd}s).
   */
  record CommentThread(List<Element> boxes, List<Comment> comments, List<List<Element>> readFrom) {}

  /** The comments a page holds, by the sections they came from, in page order. */
  record Found(List<CommentThread> threads, FieldSource source) {
    static final Found NONE = new Found(List.of(), FieldSource.VISIBLE_TEXT);

    /** The comments of every thread, in page order. */
    List<Comment> comments() {
      List<Comment> all = new ArrayList<>();
      for (CommentThread t : threads) all.addAll(t.comments());
      return all;
    }

    /** These comments, or none when the article's body was found inside one of their sections. */
    Found outside(List<Element> content) {
      for (CommentThread t : threads) {
        for (Element section : t.boxes()) {
          for (Element c : content) if (c == section || ContentFinder.isInside(c, section)) return NONE;
        }
      }
      return this;
    }

    /**
     * These comments without the threads the article's body kept a block of and went on after: a "Responses" list or
     * a "discussion" box inside the story is its text, not its readers'. A body that runs into a thread and ends there
     * leaves the thread its comments.
     */
    Found leftOutOf(List<Block> kept, Map<Block, List<Node>> nodesOf) {
      if (threads.isEmpty()) return this;
      Map<Element, CommentThread> threadOf = new IdentityHashMap<>();
      for (CommentThread t : threads) for (Element box : t.boxes()) threadOf.put(box, t);
      Set<CommentThread> entered = Collections.newSetFromMap(new IdentityHashMap<>());
      Set<CommentThread> inBody = Collections.newSetFromMap(new IdentityHashMap<>());
      for (Block b : kept) {
        CommentThread in = null;
        for (Node n : nodesOf.getOrDefault(b, List.of())) {
          for (Node a = n; a != null && in == null; a = a.parent()) in = a instanceof Element e ? threadOf.get(e) : null;
        }
        if (nodesOf.get(b) == null) continue;
        // The kept blocks are in page order: one outside a thread the body entered before stands after that thread.
        for (CommentThread t : entered) if (t != in) inBody.add(t);
        if (in != null) entered.add(in);
      }
      if (inBody.isEmpty()) return this;
      List<CommentThread> left = new ArrayList<>();
      for (CommentThread t : threads) if (!inBody.contains(t)) left.add(t);
      return left.isEmpty() ? NONE : new Found(List.copyOf(left), source);
    }
  }

  /** Whether {@code e}'s class or id names a thread of comments (a candidate the page's index keeps). */
  static boolean namesSection(Element e) {
    String tag = e.normalName();
    if (tag.length() == 2 && tag.charAt(0) == 'h' || tag.equals("a") || tag.equals("span") || tag.equals("form")
        || tag.equals("input") || tag.equals("textarea") || tag.equals("button") || tag.equals("p")) {
      return false;
    }
    return SECTION_WORDS.test(Vocabulary.classAndId(e));
  }

  /** Whether {@code e} is schema.org {@code Comment} microdata. */
  static boolean isCommentMicrodata(Element e) {
    String type = e.attr("itemtype");
    return type.endsWith("/Comment") || type.endsWith("/UserComments");
  }

  /** The readers' comments of the page the index was built from, read before anything is pruned. */
  static Found read(PageIndex index, PageDates dates, HtmlLimits limits) {
    if (index.commentSections.isEmpty() && index.commentMicrodata.isEmpty() && index.headings.isEmpty()) return Found.NONE;
    CommentSection reader = reading(index, dates, limits);
    if (reader.comments.isEmpty()) return Found.NONE;
    return new Found(List.copyOf(reader.threads), reader.source);
  }

  /** A reader that has read the page the index was built from. */
  static CommentSection reading(PageIndex index, PageDates dates, HtmlLimits limits) {
    CommentSection reader = new CommentSection(index, dates, limits);
    reader.readAll();
    return reader;
  }

  /** How many entries (a list's entries, a thread's boxes, a definition list's pairs) were read for a comment. */
  int examined() {
    return examined;
  }

  private void readAll() {
    if (!index.commentMicrodata.isEmpty()) {
      List<Element> items = new ArrayList<>();
      for (Element e : index.commentMicrodata) if (!inMargin(e)) items.add(e);
      if (!items.isEmpty()) {
        source = FieldSource.MICRODATA;
        readItems(items);
        if (!comments.isEmpty()) {
          threads.add(new CommentThread(List.copyOf(items), List.copyOf(comments), List.copyOf(readFrom)));
          return;
        }
      }
    }
    // A section inside one already tried was read with it, whether or not it gave comments.
    Set<Element> tried = identitySet();
    for (Element section : index.commentSections) {
      if (full() || examined >= maxExamined) return;
      if (insideAny(section, tried) || holdsArticle(section)) continue;
      tried.add(section);
      if (!inMargin(section) && !RULES_WORDS.test(Vocabulary.classAndId(section))) readThread(section);
    }
    if (!comments.isEmpty()) return;
    Set<Element> triedLists = identitySet();
    for (Element heading : index.headings) {
      if (full() || examined >= maxExamined) return;
      if (!Vocabulary.isCommentSectionStart(Texts.normalise(heading.text())) || inMargin(heading)) continue;
      Element next = heading.nextElementSibling();
      if (next == null || insideAny(next, triedLists) || holdsArticle(next)) continue;
      String tag = next.normalName();
      if (tag.equals("ol") || tag.equals("ul") || tag.equals("dl") || tag.equals("div") || tag.equals("section")) {
        triedLists.add(next);
        readThread(next);
      }
    }
  }

  private static Set<Element> identitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }

  /** Whether {@code e} is one of {@code boxes} or stands inside one. */
  private static boolean insideAny(Element e, Set<Element> boxes) {
    if (boxes.isEmpty()) return false;
    for (Element a = e; a != null; a = a.parent()) if (boxes.contains(a)) return true;
    return false;
  }

  /** Whether a section is the article itself or holds it: a page that is one thread is not an article's comments. */
  private boolean holdsArticle(Element section) {
    if (Vocabulary.isArticleLevel(section)) return true;
    if (articleHolders == null) {
      // Each element's ancestors are marked once: the walk up stops at the first one already marked.
      Set<Element> holders = identitySet();
      for (Element mark : index.articleMarks) {
        Element a = mark;
        while (a != null && holders.add(a)) a = a.parent();
      }
      articleHolders = holders;
    }
    return articleHolders.contains(section);
  }

  /**
   * Whether {@code e} stands in a sidebar, the navigation or the page's footer, or in a list of the latest comments
   * on any story, where a list of commented stories or of comments on other stories is. A layout's class on the page
   * or its main column ("right-sidebar", "has-sidebar") names no margin.
   */
  private static boolean inMargin(Element e) {
    for (Element a = e; a != null; a = a.parent()) {
      String tag = a.normalName();
      if (tag.equals("aside") || tag.equals("nav")) return true;
      // An article's own footer may hold its thread; the page's footer holds the site's.
      if (tag.equals("footer") && a.closest("article") == null) return true;
      if (a.attributesSize() > 0 && !tag.equals("footer")) {
        String cls = Vocabulary.classAndId(a);
        // A box whose class says footer ("footer-hook") may hold the article's own thread, as an article's footer does.
        if (MARGIN_WORDS.test(cls) || SIDEBAR_WORD.test(cls) && Vocabulary.isPageMargin(a)) return true;
      }
    }
    return false;
  }

  /** Reads one section's comments into a thread of its own, when it holds any. */
  private void readThread(Element section) {
    int before = comments.size();
    if (readSection(section)) {
      threads.add(new CommentThread(List.of(section), List.copyOf(comments.subList(before, comments.size())),
          List.copyOf(readFrom.subList(before, readFrom.size()))));
    }
  }

  /** Reads one section's entries; whether it held any comment. */
  private boolean readSection(Element section) {
    int before = comments.size();
    List<Element> items = new ArrayList<>();
    for (Element e : section.getAllElements()) {
      // The entries are boxes of one kind, the first one's: a box of another kind inside one is a part of it.
      if (e != section && isItem(e) && (items.isEmpty() || items.get(0).normalName().equals(e.normalName()))) items.add(e);
    }
    if (!items.isEmpty()) {
      readItems(items);
    } else {
      Element dl = section.normalName().equals("dl") ? section : section.selectFirst("dl:has(> dt)");
      if (dl != null) {
        readPairs(dl, 0);
      } else {
        Element list = section.normalName().equals("ol") || section.normalName().equals("ul") ? section
            : section.selectFirst("ol, ul");
        if (list != null && !inMargin(list)) {
          int first = comments.size();
          readItems(listEntries(list));
          if (introducedBySentence(list)) dropUnsigned(first);
        }
      }
    }
    return comments.size() > before;
  }

  /**
   * Whether a list follows a sentence of the section that ends with a colon ("A comment will be deleted if it:"): the
   * sentence's list of rules or reasons, not readers' comments, when none of its entries is signed or dated.
   */
  private static boolean introducedBySentence(Element list) {
    Element before = list.previousElementSibling();
    if (before == null || before.normalName().length() == 2 && before.normalName().charAt(0) == 'h') return false;
    String line = Texts.normalise(before.text());
    return line.endsWith(":") && line.length() <= 300 && Texts.words(line, 4) >= 4
        && !Vocabulary.isCommentSectionStart(line);
  }

  /** Takes back the comments read from {@code first} on when none of them has an author or a date. */
  private void dropUnsigned(int first) {
    List<Comment> read = comments.subList(first, comments.size());
    for (Comment c : read) if (c.author().isPresent() || c.published().isPresent()) return;
    for (Comment c : read) chars -= c.text().length();
    read.clear();
    readFrom.subList(first, readFrom.size()).clear(); // each comment's elements stand at its own index
  }

  /** Whether {@code e} is one comment of a thread: its class or id names one, or it is {@code Comment} microdata. */
  private static boolean isItem(Element e) {
    if (e.attributesSize() == 0) return false;
    String tag = e.normalName();
    if (!(tag.equals("li") || tag.equals("div") || tag.equals("article") || tag.equals("section") || tag.equals("dd"))) {
      return false;
    }
    if (isCommentMicrodata(e)) return true;
    for (String value : new String[] {e.attr("class"), e.attr("id")}) {
      for (String token : value.split("\\s+")) {
        if (!token.isEmpty() && ITEM_TOKENS.contains(itemToken(token))) return true;
      }
    }
    return false;
  }

  /**
   * A class or id token as {@link #ITEM_TOKENS} spells it: lower case, without the number a page appends to it
   * ({@code comment-192279}), with underscores as hyphens; "comment" after the short abbreviation a script or a comment
   * service puts before it ({@code js-comment}, {@code lf_comment}) is "comment". A word before it ("new-comment") or a
   * longer name after it ("pb-comment-wrapper", a box around the whole thread) keeps the token as it is.
   */
  private static String itemToken(String token) {
    String t = withoutNumber(token.toLowerCase(Locale.ROOT)).replace('_', '-');
    int dash = t.indexOf('-');
    if (dash >= 1 && dash <= 3 && t.length() == dash + 8 && t.endsWith("-comment") && isAbbreviation(t, dash)) {
      return "comment";
    }
    return t;
  }

  /** Whether the first {@code length} characters of {@code t} are ASCII letters without a vowel: "js", "lf", "dsq". */
  private static boolean isAbbreviation(String t, int length) {
    for (int i = 0; i < length; i++) {
      char c = t.charAt(i);
      if (c < 'a' || c > 'z' || "aeiouy".indexOf(c) >= 0) return false;
    }
    return true;
  }

  /** A class token without the number a page appends to it ({@code comment-192279}, {@code comment_12}). */
  private static String withoutNumber(String token) {
    int end = token.length();
    while (end > 0 && Texts.isAsciiDigit(token.charAt(end - 1))) end--;
    while (end > 0 && end < token.length() && (token.charAt(end - 1) == '-' || token.charAt(end - 1) == '_')) end--;
    return token.substring(0, end);
  }

  /** The entries of a list and, depth first, of the lists nested in them. */
  private static List<Element> listEntries(Element list) {
    List<Element> entries = new ArrayList<>();
    for (Element e : list.getAllElements()) if (e.normalName().equals("li")) entries.add(e);
    return entries;
  }

  /** Reads {@code items} (in page order); an item inside another is a reply to it, one level deeper. */
  private void readItems(List<Element> items) {
    Map<Element, Boolean> isItem = new IdentityHashMap<>();
    for (Element e : items) isItem.put(e, Boolean.TRUE);
    Map<Element, Boolean> read = new IdentityHashMap<>();
    for (Element item : items) {
      if (full() || examined >= maxExamined) return;
      if (item.closest("form") != null || PagePreparer.isHidden(item)) continue;
      // A reply stands inside the comments it answers; a box around one comment without text of its own is no level.
      int depth = 0;
      for (Element a = item.parent(); a != null; a = a.parent()) if (read.containsKey(a)) depth++;
      if (add(item, List.of(item), depth, isItem)) read.put(item, Boolean.TRUE);
    }
  }

  /**
   * Reads a definition list's comments: each run of {@code dt}s (the subject and author lines) with the {@code dd}s
   * after it; a list of replies inside a {@code dd} is read one level deeper, after the comment it answers, and the
   * rest of that {@code dd} is the comment's text.
   */
  private void readPairs(Element dl, int depth) {
    List<Element> parts = new ArrayList<>();
    List<Element> replies = new ArrayList<>();
    boolean afterDd = false;
    for (Element child : dl.children()) {
      if (full() || examined >= maxExamined) return;
      String tag = child.normalName();
      if (tag.equals("dt")) {
        if (afterDd) {
          addPair(parts, replies, depth);
          parts = new ArrayList<>();
          replies = new ArrayList<>();
        }
        afterDd = false;
        parts.add(child);
      } else if (tag.equals("dd") && !parts.isEmpty()) {
        afterDd = true;
        Element nested = child.selectFirst("dl:has(> dt)");
        if (nested != null) replies.add(nested);
        parts.add(child);
      }
    }
    if (!parts.isEmpty()) addPair(parts, replies, depth);
  }

  private void addPair(List<Element> parts, List<Element> replies, int depth) {
    Map<Element, Boolean> nested = new IdentityHashMap<>();
    for (Element reply : replies) nested.put(reply, Boolean.TRUE);
    add(parts.get(0), parts, depth, nested);
    for (Element reply : replies) readPairs(reply, depth + 1);
  }

  private boolean full() {
    return comments.size() >= maxComments || chars >= maxChars;
  }

  /**
   * Reads one comment from its elements (one box, or a {@code dt} with its {@code dd}s), leaving nested ones out;
   * whether it had text.
   */
  private boolean add(Element item, List<Element> parts, int depth, Map<Element, Boolean> items) {
    Element authorElement = null;
    Element authorBox = null;
    Element dateElement = null;
    Element declaredDate = null;
    examined++;
    for (Element part : parts) {
      for (Element e : ownElements(part, items)) {
        // The innermost author element: a name's span inside a cite that also prints the commenter's site.
        if ((authorElement == null || ContentFinder.isInside(e, authorElement)) && isAuthor(e)) {
          if (authorBox == null) authorBox = e;
          authorElement = e;
        }
        if (dateElement == null && e != item && isDate(e)) dateElement = e;
        if (declaredDate == null && e != item && declaresDate(e)) declaredDate = e;
      }
    }
    Optional<String> author = Optional.ofNullable(authorElement).flatMap(e -> CommentAuthorLines.authorName(e.text(), dates));
    // The date a time element or microdata declares, with its offset, before a metadata box's printed text around it.
    Optional<PageDateTime> published = dateOf(declaredDate);
    if (published.isEmpty()) published = dateOf(dateElement);
    if (published.isEmpty() && authorElement != null) {
      // "by NAME July 24, 2012 1:17 PM EDT": the author's line that prints the date too.
      published = datePrinted(Texts.normalise(authorElement.text()));
    }
    // A definition list's term that signs its comment, "NAME, 3 March 2020": the name and the date.
    String signature = null;
    if (author.isEmpty() && item.normalName().equals("dt")) {
      String line = Texts.normalise(item.text());
      if (line.length() <= 120 && !dates.find(line).isEmpty()) {
        Optional<String> name = CommentAuthorLines.authorName(line, dates).filter(CommentAuthorLines::isNameShaped);
        if (name.isPresent()) {
          author = name;
          signature = line;
          if (published.isEmpty()) published = datePrinted(line);
        }
      }
    }
    List<String> lines = new ArrayList<>();
    for (Element part : parts) {
      StringBuilder out = new StringBuilder();
      textOf(part, items, authorBox, dateElement, out);
      for (String line : out.toString().split("\n")) {
        String t = Texts.normalise(line);
        if (!t.isEmpty()) lines.add(t);
      }
    }
    // The author and date lines a page prints as plain text, and the controls' lines, are not the comment's text.
    List<String> text = new ArrayList<>();
    // A vote count's line ("3", "+1") is a control's beside text, and the whole comment when there is none.
    List<String> counts = new ArrayList<>();
    // The author and date lines left out: a link in them (the commenter's site, a permalink) is not the comment's.
    List<String> dropped = new ArrayList<>();
    boolean dated = published.isPresent();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (COUNT_LINE.matcher(line).matches()) {
        counts.add(line);
        continue;
      }
      if (ACTION_LINE.matcher(line).matches() || CommentAuthorLines.isSaysAlone(line) || line.equals(signature)) continue;
      if (text.isEmpty() && i < 3) {
        // Once an element names the author, a line is left out only when it names that author too.
        if (author.isPresent() && CommentAuthorLines.namesAuthor(line, author.get())) {
          dropped.add(line);
          continue;
        }
        Optional<String> name = authorElement == null ? CommentAuthorLines.authorLine(line) : Optional.empty();
        if (name.isPresent()) {
          if (author.isEmpty()) author = name;
          dropped.add(line);
          continue;
        }
      } else if (text.size() == 1 && i < 3 && author.isEmpty() && authorElement == null) {
        // "SUBJECT (Score:2) / by NAME (165670)": a thread that prints each comment's subject above its author line.
        Optional<String> name = CommentAuthorLines.byLine(line);
        if (name.isPresent()) {
          author = name;
          if (published.isEmpty()) published = datePrinted(line);
          dropped.add(line);
          continue;
        }
      }
      // A line of the reader's own that reads as a date ("March 3, 2011") is the comment's date only where no element
      // gave one, or straight after the author's.
      boolean dateLine = dated ? authorElement != null && i == 0 : text.isEmpty() || i >= lines.size() - 2;
      if (line.length() <= 60 && dateLine) {
        Optional<ParsedDate> date = dates.read(line);
        if (date.isPresent()) {
          if (published.isEmpty()) published = Optional.of(PageDates.pageTime(date.get()));
          dropped.add(line);
          continue;
        }
      }
      text.add(line);
    }
    if (text.isEmpty()) text = counts;
    if (text.isEmpty()) return false;
    String joined = String.join("\n", text);
    // "No comments yet." stands where the thread will be; an entry of a word or two that no one signed or dated is a
    // control's menu ("Spam", "Offensive", "Subscribe"), not a reader's comment.
    if (Vocabulary.isCommentSectionStart(joined)) return false;
    if (author.isEmpty() && published.isEmpty() && Texts.words(joined, 3) <= 2) return false;
    if (linkedChars(parts, items, authorBox, dateElement, dropped) > 0.6 * joined.length()) return false;
    if (excerptsAnotherStory(text.get(0), parts, items, authorBox, dateElement)) return false;
    if (chars + joined.length() > maxChars) {
      // The comment that would cross the limit is left out, and with it every one after: the limit is a bound.
      chars = maxChars;
      return false;
    }
    comments.add(new Comment(author, published, joined, depth));
    readFrom.add(List.copyOf(parts));
    chars += joined.length();
    return true;
  }

  /** Whether {@code text} stands in one of {@code lines}. */
  private static boolean inAny(String text, List<String> lines) {
    for (String line : lines) if (line.contains(text)) return true;
    return false;
  }

  private static boolean within(Element e, @Nullable Element box) {
    return box != null && (e == box || ContentFinder.isInside(e, box));
  }

  /** The elements of {@code part}, itself first, without the comments nested in it ({@code items}) and theirs. */
  private static List<Element> ownElements(Element part, Map<Element, Boolean> items) {
    List<Element> own = new ArrayList<>();
    NodeTraversor.filter((node, depth) -> {
      if (!(node instanceof Element e)) return NodeFilter.FilterResult.CONTINUE;
      if (e != part && items.containsKey(e)) return NodeFilter.FilterResult.SKIP_ENTIRELY;
      own.add(e);
      return NodeFilter.FilterResult.CONTINUE;
    }, part);
    return own;
  }

  /** The length of a comment's link text: a list of links to stories is not a thread of comments. */
  private static int linkedChars(List<Element> parts, Map<Element, Boolean> items, @Nullable Element author,
      @Nullable Element date, List<String> droppedLines) {
    int linked = 0;
    for (Element part : parts) {
      for (Element e : ownElements(part, items)) {
        if (e.normalName().equals("a") && !ACTION_WORDS.test(Vocabulary.classAndId(e))
            && !within(e, author) && !within(e, date)) {
          String text = Texts.normalise(e.text());
          if (!text.isEmpty() && !inAny(text, droppedLines)) linked += text.length();
        }
      }
    }
    return linked;
  }

  /**
   * Whether a comment reads "NAME on <a>TITLE</a>: …" with its link to another page: a list of the latest comments
   * quotes comments on other stories, each after a short lead that names its author and the story's title, with a
   * colon after the title ("Von NAME zu TITLE: …").
   */
  private static boolean excerptsAnotherStory(String firstLine, List<Element> parts, Map<Element, Boolean> items,
      @Nullable Element author, @Nullable Element date) {
    for (Element part : parts) {
      for (Element e : ownElements(part, items)) {
        if (!e.normalName().equals("a") || within(e, author) || within(e, date)) continue;
        String title = Texts.normalise(e.text());
        String href = e.attr("href");
        // Without the page's address a relative link is compared as written.
        String target = e.absUrl("href");
        if (title.isEmpty() || href.isEmpty() || href.startsWith("#")
            || withoutFragment(target.isEmpty() ? href : target).equals(withoutFragment(e.baseUri()))) {
          return false;
        }
        int at = firstLine.indexOf(title);
        if (at < 0 || at > MAX_EXCERPT_LEAD) return false;
        // The lead names the commenter and joins the title ("NAME on"), the name maybe in an author element of its own.
        int lead = Texts.words(firstLine.substring(0, at), 7) + (author == null ? 0 : 1);
        if (lead < 2 || lead > 6) return false;
        String after = firstLine.substring(at + title.length()).stripLeading();
        return after.startsWith(":");
      }
    }
    return false;
  }

  /** The longest lead before a quoted comment's story title: "NAME on", "Von NAME zu". */
  private static final int MAX_EXCERPT_LEAD = 60;

  private static String withoutFragment(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? url : url.substring(0, hash);
  }

  private static boolean isAuthor(Element e) {
    if (e.normalName().equals("cite") || Texts.hasToken(e.attr("itemprop"), "author", false)) return true;
    return e.attributesSize() > 0 && AUTHOR_WORDS.test(Vocabulary.classAndId(e)) && !ACTION_WORDS.test(Vocabulary.classAndId(e))
        && e.text().length() <= 80 && !e.text().isBlank();
  }

  private static boolean isDate(Element e) {
    if (e.normalName().equals("time")) return true;
    String itemprop = e.attr("itemprop");
    if (Texts.hasToken(itemprop, "dateCreated", false) || Texts.hasToken(itemprop, "datePublished", false)) return true;
    return e.attributesSize() > 0 && DATE_WORDS.test(Vocabulary.classAndId(e)) && e.text().length() <= 120;
  }

  /** Whether {@code e} declares a date in an attribute: a {@code time}'s datetime, microdata's date. */
  private static boolean declaresDate(Element e) {
    if (e.attributesSize() == 0) return false;
    if (e.normalName().equals("time")) return e.hasAttr("datetime");
    String itemprop = e.attr("itemprop");
    return (Texts.hasToken(itemprop, "dateCreated", false) || Texts.hasToken(itemprop, "datePublished", false))
        && (e.hasAttr("content") || e.hasAttr("datetime"));
  }

  /** When the comment was written: a {@code time}'s datetime, microdata, or a dated metadata line. */
  private Optional<PageDateTime> dateOf(@Nullable Element dateElement) {
    if (dateElement == null) return Optional.empty();
    for (String attr : new String[] {"datetime", "content"}) {
      if (dateElement.hasAttr(attr)) {
        Optional<ParsedDate> d = dates.readDeclared(dateElement.attr(attr));
        if (d.isPresent()) return d.map(PageDates::pageTime);
      }
    }
    return datePrinted(Texts.normalise(dateElement.text()));
  }

  /** The date a short line prints, whole or as a part of it. */
  private Optional<PageDateTime> datePrinted(String text) {
    if (text.length() > 200) return Optional.empty();
    Optional<ParsedDate> d = dates.read(text);
    if (d.isEmpty()) {
      var found = dates.find(text);
      if (!found.isEmpty()) d = Optional.of(found.get(0).date());
    }
    return d.map(PageDates::pageTime);
  }

  /** Appends {@code e}'s text, lines broken at blocks, without nested comments, controls and the author and date. */
  private static void textOf(Element e, Map<Element, Boolean> items, @Nullable Element author,
      @Nullable Element date, StringBuilder out) {
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        out.append(t.text());
      } else if (child instanceof Element c) {
        if (items.containsKey(c) || c == author || c == date || SKIPPED_TAGS.contains(c.normalName())
            || PagePreparer.isHidden(c) || c.attributesSize() > 0 && ACTION_WORDS.test(Vocabulary.classAndId(c))) {
          continue;
        }
        boolean block = HtmlTags.isCommentLineBreak(c.normalName());
        if (block) out.append('\n');
        textOf(c, items, author, date, out);
        if (block) out.append('\n');
      }
    }
  }
}
