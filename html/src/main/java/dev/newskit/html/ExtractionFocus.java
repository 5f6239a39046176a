package dev.newskit.html;

/**
 * What the extractor favours when a part of the page may or may not belong to the article body, like
 * trafilatura's {@code favor_precision} and {@code favor_recall}. {@link #BALANCED} is the default and the
 * best choice for most uses; the measured effect of each on the evaluation corpus is in the project README.
 *
 * <ul>
 *   <li>{@link #PRECISION}: less boilerplate, at the risk of losing some article text. Neighbouring
 *       containers join the body only when they score close to it, and link-heavy paragraphs and lists
 *       are dropped.
 *   <li>{@link #BALANCED}: the default trade-off. When it leaves the body empty (the one container it
 *       scored held only lines that went into fields), the extractor takes the recall choice instead.
 *   <li>{@link #RECALL}: less article text lost, at the risk of keeping some boilerplate. Neighbouring
 *       containers and paragraphs join the body more readily, and lists of links inside it are kept.
 * </ul>
 *
 * <p>Metadata (title, authors, dates) is read the same way under every focus.
 */
public enum ExtractionFocus {
  /** Favour keeping boilerplate out over keeping every line of the article. */
  PRECISION(0.35, 15, 0.85, 120, 0.1, 0.5),
  /** The default: neither side favoured. */
  BALANCED(0.2, 10, 0.75, 80, 0.25, 0.9),
  /** Favour keeping every line of the article over keeping boilerplate out. */
  RECALL(0.1, 3, 0.6, 40, 0.4, 1.01);

  /** A sibling container joins the body when it scores at least this share of the body's score. */
  final double siblingShare;
  /** ... and at least this score (about a long sentence is 3). */
  final double siblingMinScore;
  /** Candidates scoring at least this share of the best are parts of one body split into sections. */
  final double closeCandidateShare;
  /** A sibling paragraph longer than this many characters joins the body (if not link-heavy). */
  final int siblingParagraphChars;
  /** ... when at most this share of its text is links. */
  final double siblingParagraphLinkDensity;
  /** A paragraph or list of three or more items with more than this share of link text is dropped. */
  final double maxBlockLinkDensity;

  ExtractionFocus(double siblingShare, double siblingMinScore, double closeCandidateShare, int siblingParagraphChars,
      double siblingParagraphLinkDensity, double maxBlockLinkDensity) {
    this.siblingShare = siblingShare;
    this.siblingMinScore = siblingMinScore;
    this.closeCandidateShare = closeCandidateShare;
    this.siblingParagraphChars = siblingParagraphChars;
    this.siblingParagraphLinkDensity = siblingParagraphLinkDensity;
    this.maxBlockLinkDensity = maxBlockLinkDensity;
  }
}
