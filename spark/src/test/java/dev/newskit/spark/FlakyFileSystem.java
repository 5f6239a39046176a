package dev.newskit.spark;

import java.io.IOError;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.spark.TaskContext;

/**
 * The local filesystem, except that reads of files in a directory named {@value #DIRECTORY} fail
 * partway through in every task's first attempt, as a task does when its executor dies: the task fails
 * and Spark retries it. (An {@link IOError}, so that the WARC reader, which turns exceptions into failed rows, lets it
 * through, and Spark, which treats it as non-fatal, retries the task instead of stopping the JVM.)
 */
public final class FlakyFileSystem extends RawLocalFileSystem {
  /** The directory whose files are flaky. */
  static final String DIRECTORY = "flaky";
  /** Bytes a first attempt reads before it fails. */
  static final long FAIL_AFTER = 4096;
  /** Reads failed so far, in this JVM. */
  static final AtomicInteger FAILED = new AtomicInteger();

  @Override
  public FSDataInputStream open(Path file, int bufferSize) throws IOException {
    FSDataInputStream in = super.open(file, bufferSize);
    TaskContext task = TaskContext.get();
    if (task == null || task.attemptNumber() > 0 || !DIRECTORY.equals(file.getParent().getName())) return in;
    return new FSDataInputStream(new FailPartway(in));
  }

  private static final class FailPartway extends FSInputStream {
    private final FSDataInputStream in;

    FailPartway(FSDataInputStream in) {
      this.in = in;
    }

    private void check() throws IOException {
      if (in.getPos() >= FAIL_AFTER) {
        FAILED.incrementAndGet();
        throw new IOError(new IOException("flaky: the first attempt fails after " + FAIL_AFTER + " bytes"));
      }
    }

    @Override
    public int read() throws IOException {
      check();
      return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      check();
      return in.read(b, off, (int) Math.min(len, Math.max(1, FAIL_AFTER - in.getPos())));
    }

    @Override
    public void seek(long pos) throws IOException {
      in.seek(pos);
    }

    @Override
    public long getPos() throws IOException {
      return in.getPos();
    }

    @Override
    public boolean seekToNewSource(long targetPos) throws IOException {
      return false;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
