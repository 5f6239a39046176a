/**
 * The {@code newskit} command-line tool. Conventions for every command: inputs are files, URLs or
 * {@code -} for standard input; results go to standard output and diagnostics to standard error; the
 * exit code is 0 on success, 2 on bad input (with a one-line {@code error: ...} saying what and where),
 * 3 when some inputs of a batch failed, and 1 on an internal failure. Commands that handle many items
 * take {@code --jsonl}: one JSON value per line in, one per line out, in the same order.
 */
@NullMarked
package dev.newskit.examples.cli;

import org.jspecify.annotations.NullMarked;
