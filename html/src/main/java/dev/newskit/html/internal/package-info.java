/**
 * Helpers shared by extraction and the cleaner, each written once: text normalisation, the invisible
 * characters and whitespace ({@code Texts}, {@code TextSanitizer}), the block-tag table ({@code HtmlTags}),
 * bulk DOM edits and walks ({@code Nodes}), the child lists that edits changed ({@code PageEdits}), URLs
 * ({@code Urls}), images, charset decoding, input limits and the not-HTML check. Not exported: no API.
 */
@NullMarked
package dev.newskit.html.internal;

import org.jspecify.annotations.NullMarked;
