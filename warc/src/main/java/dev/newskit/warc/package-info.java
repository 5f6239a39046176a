/**
 * Web archives in: the HTML pages of WARC files (plain or gzip'd, as crawlers and CC-NEWS write them),
 * read record by record with jwarc, ready for {@code ArticleExtractor}. Entry point: {@link
 * dev.newskit.warc.WarcPages}.
 */
package dev.newskit.warc;
