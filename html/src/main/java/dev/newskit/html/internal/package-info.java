/**
 * Helpers shared by extraction and the cleaner, each written once: text normalisation and sanitising,
 * image addresses, charset decoding, input limits and the not-HTML check. Not exported: no API.
 */
@NullMarked
package dev.newskit.html.internal;

import org.jspecify.annotations.NullMarked;
