/**
 * The HTML cleaner: {@link dev.newskit.html.safety.HtmlCleaner} keeps what a
 * {@link dev.newskit.html.safety.CleaningPolicy} allows and makes the rest harmless, so that untrusted
 * HTML can be shown in a page. Kept apart from extraction because it is the security-critical part.
 */
@NullMarked
package dev.newskit.html.safety;

import org.jspecify.annotations.NullMarked;
