/**
 * The newskit-spark job's command line ({@link dev.newskit.spark.job.WarcExtractJob}), packaged only in
 * the job jar (classifier {@code job}) with picocli beside it; the library jar leaves this package out.
 */
package dev.newskit.spark.job;
