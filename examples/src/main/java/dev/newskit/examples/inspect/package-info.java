/**
 * The inspection report of an extraction ({@code newskit inspect}, the service's {@code /inspect}): the
 * page's text blocks marked kept, dropped or lifted, beside the article and its fields' provenance.
 */
@NullMarked
package dev.newskit.examples.inspect;

import org.jspecify.annotations.NullMarked;
