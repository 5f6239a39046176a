/**
 * newskit on Apache Spark: pages in, articles out, as Datasets, at any scale Spark runs at. Entry
 * points: {@link dev.newskit.spark.NewskitSpark} for the Dataset API, {@link
 * dev.newskit.spark.ArticleSchema} for the columns, and {@link dev.newskit.spark.WarcExtractJob} for the
 * runnable WARC-to-Parquet/JSON Lines job.
 */
package dev.newskit.spark;
