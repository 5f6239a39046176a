package dev.newskit.html;

import dev.newskit.core.FieldSource;

/** A value found on a page and where it was found. */
record Sourced<T>(T value, FieldSource source) {}
