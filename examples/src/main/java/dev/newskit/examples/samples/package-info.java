/**
 * Short programs showing newskit at work. Each has a {@code main} and a {@code run} method that
 * writes to a stream, which a test calls so the samples can never rot.
 */
@NullMarked
package dev.newskit.examples.samples;

import org.jspecify.annotations.NullMarked;
