/**
 * The HTML cleaner: {@link dev.newskit.html.safety.HtmlCleaner} keeps what a
 * {@link dev.newskit.html.safety.CleaningPolicy} allows and makes the rest harmless, so that untrusted
 * HTML can be shown in a page. Kept apart from extraction because it is the security-critical part.
 *
 * <p>A {@code null} argument where none is allowed throws {@link java.lang.NullPointerException} naming the
 * parameter, as in every newskit module; any other bad value {@link java.lang.IllegalArgumentException}.
 */
@NullMarked
package dev.newskit.html.safety;

import org.jspecify.annotations.NullMarked;
