/**
 * newskit on Apache Spark: pages in, articles out, as Datasets, at any scale Spark runs at. Entry
 * points: {@link dev.newskit.spark.NewskitSpark} for the Dataset API, {@link
 * dev.newskit.spark.ArticleSchema} for the columns, and {@link dev.newskit.spark.WarcExtraction} for a
 * whole WARC-to-Parquet/JSON Lines run, which the job jar's command line ({@code
 * dev.newskit.spark.job.WarcExtractJob}) makes.
 *
 * <p>A {@code null} argument throws {@link java.lang.NullPointerException} naming the parameter, as in every
 * newskit module; any other bad value {@link java.lang.IllegalArgumentException}.
 */
@NullMarked
package dev.newskit.spark;

import org.jspecify.annotations.NullMarked;
