/**
 * The newskit-spark job's command line ({@link dev.newskit.spark.job.WarcExtractJob}), packaged only in
 * the job jar (classifier {@code job}) with picocli beside it; the library jar leaves this package out.
 */
@NullMarked
package dev.newskit.spark.job;

import org.jspecify.annotations.NullMarked;
