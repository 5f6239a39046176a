/** What the CLI and the HTTP service share about dates: the named styles of {@code date format}. */
package dev.newskit.examples.dates;
