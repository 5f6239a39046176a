package dev.newskit.spark;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Objects;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark job's command line, at its old address.
 *
 * @deprecated the command line moved to {@code dev.newskit.spark.job.WarcExtractJob}, which ships in the
 *     {@code newskit-spark} artifact with classifier {@code job}, so that the library needs no picocli;
 *     call {@link WarcExtraction#run} from code. These methods forward to the job's class when it is on
 *     the class path and throw {@link IllegalStateException} naming the artifact when it is not.
 */
@Deprecated(forRemoval = true)
public final class WarcExtractJob {
  private static final String JOB = "dev.newskit.spark.job.WarcExtractJob";

  private WarcExtractJob() {}

  /** Runs the job's command line with {@code args}. */
  public static void main(String[] args) {
    Objects.requireNonNull(args, "args");
    invoke(method("main", String[].class), (Object) args);
  }

  /** Runs the job's command line in {@code session}, writing to {@code out} and {@code err}; returns its exit code. */
  public static int run(SparkSession session, PrintWriter out, PrintWriter err, String... args) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(args, "args");
    return (Integer) invoke(method("run", SparkSession.class, PrintWriter.class, PrintWriter.class, String[].class),
        session, out, err, args);
  }

  private static Method method(String name, Class<?>... types) {
    try {
      return Class.forName(JOB).getMethod(name, types);
    } catch (ClassNotFoundException | NoSuchMethodException | LinkageError e) {
      throw new IllegalStateException(JOB + " is not on the class path: add dev.newskit:newskit-spark with classifier"
          + " 'job' (and picocli), or call WarcExtraction.run", e);
    }
  }

  private static Object invoke(Method m, Object... args) {
    try {
      return m.invoke(null, args);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw new IllegalStateException(e.getCause());
    }
  }
}
