package dev.newskit.html;

import dev.newskit.core.Article;
import dev.newskit.core.Author;
import dev.newskit.core.Block;
import dev.newskit.core.Comment;
import dev.newskit.core.FieldSource;
import dev.newskit.core.TextDirection;
import dev.newskit.html.internal.HtmlTags;
import dev.newskit.html.internal.Texts;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The recorder behind {@link ArticleExtractor#explain}: it divides the page into text blocks before
 * anything is pruned, keeps what the extractor reports about elements, nodes and blocks, and then gives
 * each text block the verdict those records add up to.
 *
 * <p>A text block is what a reader sees as one block: a paragraph, heading, list, quote, figure or
 * preformatted text whole; any other element with only inline content; and text standing directly in a
 * container beside blocks. This follows the division {@link BlockBuilder} makes, so a kept text block maps
 * to the body blocks made from it.
 */
final class DecisionLog implements ExtractionRecorder {
  private static final Set<String> WHOLE = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "ul",
      "ol", "figure", "picture", "img", "iframe", "video", "embed");
  private static final Set<String> MEDIA = Set.of("figure", "picture", "img", "iframe", "video", "embed");
  private static final Set<String> NO_TEXT = Set.of("script", "style", "template", "head", "svg", "math");
  /** Elements whose text a reader never sees as text: a menu's options, embedded objects, scripts. */
  private static final Set<String> CONTROLS = Set.of("script", "style", "template", "svg", "math", "canvas",
      "input", "select", "option", "textarea", "object", "dialog");
  private static final List<String> FIELD_ORDER = List.of("title", "authors", "published", "modified", "dateline",
      "section", "url", "siteName", "description", "language", "direction", "pageLanguage", "tags", "images",
      "publisherLogo", "accessibleForFree", "comments");

  /** A text block of the page, noted before pruning. */
  private record Unit(Node node, String tag, String text, String path, Optional<TextDirection> direction) {}

  private final List<Unit> units = new ArrayList<>();
  private final Map<Node, Unit> unitOf = new IdentityHashMap<>();
  /** Parts of a text block that the extractor decided on by themselves (removed, skipped, lifted). */
  private final Map<Unit, List<String>> decidedParts = new IdentityHashMap<>();
  private final Map<Node, Explanation.Reason> removed = new IdentityHashMap<>();
  private final Map<Node, Explanation.Reason> rejected = new IdentityHashMap<>();
  private final Map<Node, Explanation.Reason> skipped = new IdentityHashMap<>();
  private final Map<Node, List<Block>> built = new IdentityHashMap<>();
  private final Map<Node, List<Block>> builtBelow = new IdentityHashMap<>();
  private final Map<Block, Explanation.Reason> droppedBlocks = new IdentityHashMap<>();
  private final Map<Block, String> liftedBlocks = new IdentityHashMap<>();
  private final Set<Block> repeating = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<Node, Set<String>> liftedLines = new IdentityHashMap<>();
  private final Map<String, Set<String>> liftedLineKeys = new LinkedHashMap<>();
  /** The elements each reader's comment was read from, and every element that held one as the page was parsed. */
  private final Map<Node, Comment> commentOf = new IdentityHashMap<>();
  private final Map<Node, List<Comment>> holdingComments = new IdentityHashMap<>();
  /** The comments the article kept: only their elements are lifted (set by {@link #explanation}). */
  private final Set<Comment> keptComments = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<Node> content = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<String, List<Explanation.Candidate>> candidates = new LinkedHashMap<>();
  /** The decisions on the parts a kept unit lost, made while deciding it (see {@link #tellPartsLeftOut}). */
  private final List<Explanation.BlockDecision> partsLeftOut = new ArrayList<>();
  /** The blocks some unit's part decision already tells of, so that a block is told once. */
  private final Set<Block> partsTold = Collections.newSetFromMap(new IdentityHashMap<>());

  @Override
  public void page(Document doc) {
    Element body = doc.body();
    if (body == null) return;
    TextStats stats = new TextStats(body);
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(body);
    while (!stack.isEmpty()) {
      Node node = stack.pop();
      if (node instanceof TextNode text) {
        String t = Texts.normalise(text.text());
        if (!t.isEmpty()) units.add(unit(node, "#text", t));
        continue;
      }
      if (!(node instanceof Element e)) continue;
      String tag = e.normalName();
      if (NO_TEXT.contains(tag)) continue;
      if (e != body && (WHOLE.contains(tag) || !stats.holdsReadingBlock(e))) {
        String t = Texts.normalise(visibleText(e));
        boolean media = MEDIA.contains(tag) || (t.isEmpty() && e.selectFirst("img, iframe, video") != null);
        if (t.isEmpty() && media) t = Texts.normalise(mediaLabel(e));
        if (!t.isEmpty() || media) {
          Unit u = unit(e, tag, t);
          units.add(u);
          unitOf.put(e, u);
        }
        continue;
      }
      List<Node> children = e.childNodes();
      for (int i = children.size() - 1; i >= 0; i--) stack.push(children.get(i));
    }
  }

  @Override
  public void removed(Element e, Explanation.Reason reason) {
    removed.putIfAbsent(e, reason);
    if (reason != Explanation.Reason.HIDDEN) decidedPart(e);
  }

  @Override
  public void container(List<Element> elements) {
    content.addAll(elements);
  }

  @Override
  public void rejected(Element sibling, Explanation.Reason reason) {
    rejected.put(sibling, reason);
  }

  @Override
  public void built(Node source, Block block) {
    built.computeIfAbsent(source, k -> new ArrayList<>()).add(block);
    for (Node n = source; n != null; n = n.parentNode()) builtBelow.computeIfAbsent(n, k -> new ArrayList<>()).add(block);
  }

  @Override
  public void skipped(Node source, Explanation.Reason reason) {
    skipped.putIfAbsent(source, reason);
    if (source instanceof Element e) decidedPart(e);
  }

  @Override
  public void skippedLine(List<Node> run, Explanation.Reason reason) {
    for (Node n : run) {
      skipped.putIfAbsent(n, reason);
      notePart(n);
    }
  }

  @Override
  public void dropped(Block block, Explanation.Reason reason) {
    droppedBlocks.put(block, reason);
  }

  @Override
  public void repeatsField(Block block) {
    repeating.add(block);
  }

  @Override
  public void lifted(Block block, String field) {
    liftedBlocks.put(block, field);
  }

  @Override
  public void liftedLine(Element line, String field) {
    liftedLines.computeIfAbsent(line, k -> new LinkedHashSet<>()).add(field);
    // A line lifted into a field was decided on by itself, inline or not: the paragraph around it lost it on purpose.
    notePart(line);
    liftedLineKeys.computeIfAbsent(Texts.key(Texts.normalise(line.text())), k -> new LinkedHashSet<>()).add(field);
  }

  @Override
  public void comment(Comment comment, List<Element> readFrom) {
    for (Element e : readFrom) {
      commentOf.put(e, comment);
      // Pruning may take the entry out of the list around it: its holders are noted while it stands in them.
      for (Node n = e.parentNode(); n != null; n = n.parentNode()) holdingComments.computeIfAbsent(n, k -> new ArrayList<>()).add(comment);
    }
  }

  @Override
  public void candidate(String field, String value, FieldSource source, boolean chosen, String note) {
    candidates.computeIfAbsent(field, k -> new ArrayList<>()).add(new Explanation.Candidate(value, source, chosen, note));
  }

  /**
   * Notes that {@code e}, a part of a larger text block, was decided on by itself, so that its text is not
   * counted as the block's when the block is kept. An inline element inside running text is no such part:
   * removing it would cut a sentence, and a kept block shows that loss.
   */
  private void decidedPart(Element e) {
    if (isInline(e) && !isInvisible(e)) return;
    notePart(e);
  }

  /** An inline element, a form's {@code label} counted too: the words of a sentence, or of a control's line. */
  private static boolean isInline(Element e) {
    return HtmlTags.isInline(e.normalName()) || e.normalName().equals("label");
  }

  private void notePart(Node part) {
    for (Node n = part.parentNode(); n != null; n = n.parentNode()) {
      Unit u = unitOf.get(n);
      if (u != null) {
        String t = Texts.normalise(part instanceof Element e ? e.text() : part instanceof TextNode t1 ? t1.text() : "");
        if (!t.isEmpty()) decidedParts.computeIfAbsent(u, k -> new ArrayList<>()).add(t);
        return;
      }
    }
  }

  /** The explanation of {@code article}, the result of the extraction this log recorded. */
  Explanation explanation(Article article) {
    Map<Block, Integer> bodyIndex = new IdentityHashMap<>();
    for (int i = 0; i < article.body().size(); i++) bodyIndex.put(article.body().get(i), i);
    String titleKey = article.title().map(Texts::key).orElse("");
    keptComments.addAll(article.comments());
    List<Explanation.BlockDecision> decisions = new ArrayList<>();
    for (Unit u : units) {
      decisions.add(decide(u, bodyIndex, titleKey));
      decisions.addAll(partsLeftOut);
      partsLeftOut.clear();
    }
    return new Explanation(article, decisions, fields(article));
  }

  private Explanation.BlockDecision decide(Unit u, Map<Block, Integer> bodyIndex, String titleKey) {
    boolean comment = holdsKeptComment(u.node());
    Optional<Explanation.Reason> removedBy = outermost(u.node(), removed);
    if (removedBy.isPresent() && !comment) return decision(u, Explanation.Verdict.DROPPED, removedBy, List.of(), List.of());
    Set<String> fields = new LinkedHashSet<>();
    if (comment) fields.add("comments");
    for (Node n = u.node(); n != null; n = n.parentNode()) fields.addAll(liftedLines.getOrDefault(n, Set.of()));
    if (u.node() instanceof Element e) {
      for (Element d : e.getAllElements()) fields.addAll(liftedLines.getOrDefault(d, Set.of()));
    }
    // In the order they were built, so that the parts left out are found where they stood (see withoutInOrder).
    Set<Block> blocks = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Block> ordered = new ArrayList<>();
    for (Block b : builtBelow.getOrDefault(u.node(), List.of())) if (blocks.add(b)) ordered.add(b);
    for (Node n = u.node().parentNode(); n != null; n = n.parentNode()) {
      for (Block b : built.getOrDefault(n, List.of())) if (blocks.add(b)) ordered.add(b);
    }
    List<Integer> kept = new ArrayList<>();
    Optional<Explanation.Reason> droppedBy = Optional.empty();
    for (Block b : blocks) {
      Integer at = bodyIndex.get(b);
      if (at != null) kept.add(at);
      if (liftedBlocks.containsKey(b)) fields.add(liftedBlocks.get(b));
      if (repeating.contains(b)) {
        String key = Texts.key(b.text());
        if (key.equals(titleKey)) fields.add("title");
        fields.addAll(liftedLineKeys.getOrDefault(key, Set.of()));
      }
      if (droppedBlocks.containsKey(b)) droppedBy = Optional.of(droppedBlocks.get(b));
    }
    if (!kept.isEmpty()) {
      Collections.sort(kept);
      List<String> parts = decidedParts.getOrDefault(u, List.of());
      List<String> texts = new ArrayList<>();
      List<Boolean> left = new ArrayList<>();
      boolean anyLeft = false;
      for (Block b : ordered) {
        boolean out = !bodyIndex.containsKey(b) && (droppedBlocks.containsKey(b) || liftedBlocks.containsKey(b) || repeating.contains(b));
        texts.add(Texts.normalise(b.text()));
        left.add(out);
        anyLeft |= out;
      }
      String text = insideContent(u) ? u.text() : contentText(u);
      Unit shown = parts.isEmpty() && !anyLeft && text.equals(u.text()) ? u
          : new Unit(u.node(), u.tag(), withoutInOrder(without(text, parts), texts, left), u.path(), u.direction());
      if (anyLeft) tellPartsLeftOut(u, ordered, left, titleKey);
      return decision(shown, Explanation.Verdict.KEPT, Optional.empty(), List.of(), kept);
    }
    if (!fields.isEmpty()) return decision(u, Explanation.Verdict.LIFTED, Optional.empty(), List.copyOf(fields), List.of());
    if (droppedBy.isEmpty()) droppedBy = nearest(u.node(), skipped).or(() -> nearest(u.node(), rejected));
    if (droppedBy.isEmpty()) {
      boolean inside = false;
      for (Node n = u.node(); n != null && !inside; n = n.parentNode()) inside = content.contains(n);
      droppedBy = Optional.of(inside && blocks.isEmpty() ? Explanation.Reason.UNUSABLE : Explanation.Reason.OUTSIDE_CONTAINER);
    }
    return decision(u, Explanation.Verdict.DROPPED, droppedBy, List.of(), List.of());
  }

  /** Whether {@code node} is or stands in an element a comment the article kept was read from, or held one. */
  private boolean holdsKeptComment(Node node) {
    if (keptComments.isEmpty()) return false;
    for (Node n = node; n != null; n = n.parentNode()) {
      Comment c = commentOf.get(n);
      if (c != null && keptComments.contains(c)) return true;
    }
    for (Comment c : holdingComments.getOrDefault(node, List.of())) if (keptComments.contains(c)) return true;
    return false;
  }

  private boolean insideContent(Unit u) {
    for (Node n = u.node(); n != null; n = n.parentNode()) if (content.contains(n)) return true;
    return false;
  }

  /**
   * The text of the body's elements inside {@code u}, a unit that holds them with more (a paragraph whose inline
   * span was chosen as the body, its byline and share links before it left outside); all of its text if none.
   */
  private String contentText(Unit u) {
    if (!(u.node() instanceof Element e)) return u.text();
    StringBuilder in = new StringBuilder();
    for (Node c : content) {
      if (c instanceof Element ce && ContentFinder.isInside(ce, e)) in.append(ce.text()).append(' ');
    }
    return in.length() == 0 ? u.text() : Texts.normalise(in.toString());
  }

  /** {@code text} without one occurrence of each of {@code parts}, the parts decided on by themselves. */
  private static String without(String text, List<String> parts) {
    String out = text;
    for (String part : parts) {
      int at = part.isEmpty() ? -1 : out.indexOf(part);
      if (at >= 0) out = out.substring(0, at) + " " + out.substring(at + part.length());
    }
    return Texts.normalise(out);
  }

  /**
   * Adds to {@link #partsLeftOut} a decision for each block {@code u} made that the body left out while keeping the
   * rest of {@code u} (a line of links among an element's lines, a separator): dropped with its reason, or lifted
   * into its fields. A block is told once, by the first unit whose text holds it.
   */
  private void tellPartsLeftOut(Unit u, List<Block> ordered, List<Boolean> left, String titleKey) {
    for (int i = 0; i < ordered.size(); i++) {
      Block b = ordered.get(i);
      String t = Texts.normalise(b.text());
      if (!left.get(i) || t.isEmpty() || !u.text().contains(t) || !partsTold.add(b)) continue;
      Unit part = new Unit(u.node(), u.tag(), t, u.path(), u.direction());
      if (droppedBlocks.containsKey(b)) {
        partsLeftOut.add(decision(part, Explanation.Verdict.DROPPED, Optional.of(droppedBlocks.get(b)), List.of(), List.of()));
        continue;
      }
      Set<String> fields = new LinkedHashSet<>();
      if (liftedBlocks.containsKey(b)) fields.add(liftedBlocks.get(b));
      String key = Texts.key(b.text());
      if (repeating.contains(b) && key.equals(titleKey)) fields.add("title");
      if (repeating.contains(b)) fields.addAll(liftedLineKeys.getOrDefault(key, Set.of()));
      if (!fields.isEmpty()) partsLeftOut.add(decision(part, Explanation.Verdict.LIFTED, Optional.empty(), List.copyOf(fields), List.of()));
    }
  }

  /**
   * {@code text} without the blocks' texts marked {@code left} (left out of the body), each cut where it stands
   * among the blocks in build order: a kept block's text moves the search past it, so a left-out separator ("|")
   * is cut where it stood, not at the first bar of the text; a part not found after the search's place is cut where
   * it is first found.
   */
  private static String withoutInOrder(String text, List<String> blocks, List<Boolean> left) {
    String out = text;
    int from = 0;
    for (int i = 0; i < blocks.size(); i++) {
      String b = blocks.get(i);
      int at = b.isEmpty() ? -1 : out.indexOf(b, from);
      // A kept block of the same run may repeat words of this unit (a site's name in its link): search it all again.
      if (at < 0 && left.get(i) && !b.isEmpty()) at = out.indexOf(b);
      if (at < 0) continue;
      if (left.get(i)) {
        out = out.substring(0, at) + " " + out.substring(at + b.length());
        from = at;
      } else {
        from = at + b.length();
      }
    }
    return Texts.normalise(out);
  }

  /** Whether a reader never sees {@code e}'s text: hidden by an attribute or a style, or a control. */
  private static boolean isInvisible(Element e) {
    return CONTROLS.contains(e.normalName()) || PagePreparer.isHidden(e);
  }

  /** The text of {@code e} a reader sees: without hidden elements and controls (a menu's options, a button). */
  private static String visibleText(Element e) {
    boolean anyInvisible = false;
    for (Element d : e.getAllElements()) {
      if (d != e && isInvisible(d)) {
        anyInvisible = true;
        break;
      }
    }
    if (!anyInvisible) return e.text();
    Element copy = e.clone();
    List<Element> invisible = new ArrayList<>();
    for (Element d : copy.getAllElements()) if (d != copy && isInvisible(d)) invisible.add(d);
    for (Element d : invisible) d.remove();
    return copy.text();
  }

  private static Explanation.BlockDecision decision(Unit u, Explanation.Verdict verdict, Optional<Explanation.Reason> reason,
      List<String> fields, List<Integer> bodyBlocks) {
    return new Explanation.BlockDecision(u.text(), u.tag(), u.path(), verdict, reason, fields, bodyBlocks, u.direction());
  }

  /** The reason recorded for the outermost of {@code node} and its ancestors that has one. */
  private static Optional<Explanation.Reason> outermost(Node node, Map<Node, Explanation.Reason> reasons) {
    Explanation.Reason found = null;
    for (Node n = node; n != null; n = n.parentNode()) found = reasons.getOrDefault(n, found);
    return Optional.ofNullable(found);
  }

  /** The reason recorded for the nearest of {@code node} and its ancestors that has one. */
  private static Optional<Explanation.Reason> nearest(Node node, Map<Node, Explanation.Reason> reasons) {
    for (Node n = node; n != null; n = n.parentNode()) {
      Explanation.Reason r = reasons.get(n);
      if (r != null) return Optional.of(r);
    }
    return Optional.empty();
  }

  private List<Explanation.FieldChoice> fields(Article article) {
    Map<String, Function<Article, Optional<String>>> values = new LinkedHashMap<>();
    values.put("title", a -> a.title());
    values.put("authors", a -> a.authors().isEmpty() ? Optional.empty()
        : Optional.of(String.join(", ", a.authors().stream().map(Author::name).toList())));
    // As precise as the page gave them, as the article's JSON prints them: a day, a local time or one with its offset.
    values.put("published", a -> a.publishedTime().map(Object::toString));
    values.put("modified", a -> a.modifiedTime().map(Object::toString));
    values.put("dateline", a -> a.dateline().map(d -> d.location().map(l -> l + " (" + d.text() + ")").orElse(d.text())));
    values.put("section", a -> a.section());
    values.put("url", a -> a.url().map(Object::toString));
    values.put("siteName", a -> a.siteName());
    values.put("description", a -> a.description());
    values.put("language", a -> a.language().map(Locale::toLanguageTag));
    values.put("direction", a -> a.direction().map(d -> d.name().toLowerCase(Locale.ROOT)));
    values.put("pageLanguage", a -> a.pageLanguage().map(Locale::toLanguageTag));
    values.put("tags", a -> a.tags().isEmpty() ? Optional.empty() : Optional.of(String.join(", ", a.tags())));
    values.put("images", a -> a.images().isEmpty() ? Optional.empty()
        : Optional.of(String.join(" ", a.images().stream().map(i -> i.url().toString()).toList())));
    values.put("publisherLogo", a -> a.publisherLogo().map(Object::toString));
    values.put("accessibleForFree", a -> a.accessibleForFree().map(Object::toString));
    values.put("comments", a -> a.comments().isEmpty() ? Optional.empty()
        : Optional.of(a.comments().size() + (a.comments().size() == 1 ? " comment" : " comments")));
    List<Explanation.FieldChoice> out = new ArrayList<>();
    for (String name : FIELD_ORDER) {
      Optional<String> value = values.get(name).apply(article);
      List<Explanation.Candidate> weighed = candidates.getOrDefault(name, List.of());
      if (value.isEmpty() && weighed.isEmpty()) continue;
      out.add(new Explanation.FieldChoice(name, value, Optional.ofNullable(article.provenance().get(name)), weighed));
    }
    return out;
  }

  private static Unit unit(Node node, String tag, String text) {
    Element element = node instanceof Element e ? e : (Element) node.parentNode();
    Optional<TextDirection> direction = Optional.empty();
    Element withDir = element == null ? null : element.closest("[dir]");
    if (withDir != null) {
      String dir = withDir.attr("dir").strip().toLowerCase(Locale.ROOT);
      if (dir.equals("rtl")) direction = Optional.of(TextDirection.RTL);
      if (dir.equals("ltr")) direction = Optional.of(TextDirection.LTR);
    }
    return new Unit(node, tag, text, path(node), direction);
  }

  /** Up to four elements, the node's own last, each with its id or first class; {@code #text} after them for text. */
  private static String path(Node node) {
    List<String> parts = new ArrayList<>();
    if (node instanceof TextNode) parts.add("#text");
    for (Node n = node instanceof Element ? node : node.parentNode(); n instanceof Element e && parts.size() < 4; n = n.parentNode()) {
      if (e.normalName().equals("body") || e.normalName().equals("html")) break;
      parts.add(name(e));
    }
    Collections.reverse(parts);
    return String.join(" > ", parts);
  }

  private static String name(Element e) {
    if (!e.id().isEmpty()) return e.normalName() + "#" + e.id();
    String cls = e.className().strip();
    if (!cls.isEmpty()) return e.normalName() + "." + cls.split("\\s+")[0];
    return e.normalName();
  }

  private static String mediaLabel(Element e) {
    Element img = e.normalName().equals("img") ? e : e.selectFirst("img");
    if (img != null && !img.attr("alt").isBlank()) return img.attr("alt");
    return e.attr("title");
  }
}
