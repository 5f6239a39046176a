/**
 * Article extraction from news pages. {@code dev.newskit.html} (this package) holds the extractor:
 * {@link dev.newskit.html.ArticleExtractor} turns a {@link dev.newskit.html.PageInput} into a core
 * {@link dev.newskit.core.Article}, with {@link dev.newskit.html.HtmlLimits} bounding the work.
 * {@link dev.newskit.html.safety} holds the XSS-safe HTML cleaner and its policies.
 * {@code dev.newskit.html.internal} (not exported) holds the text, URL, charset and input helpers both use.
 *
 * <p>Readers' comments under the article are read into {@link dev.newskit.core.Article#comments()} by default,
 * never into its body; {@link dev.newskit.html.ArticleExtractor.Builder#comments(boolean)} turns them off.
 *
 * <p>Public types are immutable and thread-safe; everything else is package-private engine. Nothing
 * here is null unless marked {@code @Nullable}: a {@code null} argument where none is allowed throws
 * {@link java.lang.NullPointerException} naming the parameter, as in every newskit module, and any other bad
 * value {@link java.lang.IllegalArgumentException}. Each method that takes {@code null} for "absent" has a
 * form without that parameter (or a {@link dev.newskit.html.PageInput} one).
 */
@NullMarked
package dev.newskit.html;

import org.jspecify.annotations.NullMarked;
