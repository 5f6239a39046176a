/** What the CLI and the HTTP service share about dates: the named styles of {@code date format}. */
@NullMarked
package dev.newskit.examples.dates;

import org.jspecify.annotations.NullMarked;
