/** Helpers core shares with newskit-html (one JSON tree reader); not API. */
@NullMarked
package dev.newskit.core.internal;

import org.jspecify.annotations.NullMarked;
