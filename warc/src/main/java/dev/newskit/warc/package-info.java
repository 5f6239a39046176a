/**
 * Web archives in: the HTML pages of WARC files (plain or gzip'd, as crawlers and CC-NEWS write them),
 * read record by record with jwarc, ready for {@code ArticleExtractor}. Entry point: {@link
 * dev.newskit.warc.WarcPages}.
 *
 * <p>A {@code null} argument throws {@link java.lang.NullPointerException} naming the parameter, as in every
 * newskit module; any other bad value {@link java.lang.IllegalArgumentException}.
 */
@NullMarked
package dev.newskit.warc;

import org.jspecify.annotations.NullMarked;
