/**
 * Article extraction from news pages: {@link dev.newskit.html.ArticleExtractor} turns a page's HTML
 * (a string, or bytes with charset detection) into a core {@link dev.newskit.core.Article}, recording
 * where each field came from. {@link dev.newskit.html.HtmlLimits} bounds the work on hostile input.
 * Public types are immutable and thread-safe; everything else is package-private engine.
 */
package dev.newskit.html;
