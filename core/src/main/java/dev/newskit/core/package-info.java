/**
 * The article domain model of newskit.
 *
 * <p>Every type here is an immutable value: safe to share between threads without synchronisation.
 * Nothing returns {@code null}: a value that may be absent is an {@link java.util.Optional}, a
 * collection that may be absent is empty. Start with {@link dev.newskit.core.Article#builder()},
 * write and read the JSON form with {@link dev.newskit.core.ArticleJson}, and produce schema.org
 * JSON-LD with {@link dev.newskit.core.ArticleJsonLd}.
 *
 * <p>Arguments are checked as in every newskit module: a {@code null} where none is allowed throws
 * {@link java.lang.NullPointerException}, any other bad value {@link java.lang.IllegalArgumentException}, each with
 * a message that names the parameter (such as {@code Article.title}). The records' canonical constructors also
 * read a {@code null} {@code Optional} or collection component as empty.
 */
@NullMarked
package dev.newskit.core;

import org.jspecify.annotations.NullMarked;
