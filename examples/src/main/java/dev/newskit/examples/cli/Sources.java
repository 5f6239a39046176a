package dev.newskit.examples.cli;

import dev.newskit.examples.cli.Inputs.Page;
import dev.newskit.examples.cli.Inputs.Source;
import dev.newskit.warc.WarcPage;
import dev.newskit.warc.WarcPages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The pages of a command's expanded inputs, in order. A WARC file stands for its HTML pages, read
 * from it as the iteration advances, so a file of any size is streamed; each is named by its location
 * ({@code file.warc.gz@offset}). A record that cannot be read is a source whose reading fails with that
 * location and the reason.
 */
final class Sources implements Iterator<Source>, AutoCloseable {
  private final Iterator<Inputs.Input> inputs;
  private final InputStream stdin;
  private final Fetcher fetcher;
  private @Nullable WarcPages warc;
  private @Nullable Iterator<WarcPage> warcPages;
  private @Nullable Source next;

  Sources(List<Inputs.Input> expanded, InputStream stdin, Fetcher fetcher) {
    this.inputs = expanded.iterator();
    this.stdin = stdin;
    this.fetcher = fetcher;
  }

  @Override
  public boolean hasNext() {
    if (next == null) next = advance();
    return next != null;
  }

  @Override
  public Source next() {
    if (!hasNext()) throw new NoSuchElementException();
    Source source = next;
    next = null;
    return source;
  }

  @Override
  public void close() {
    closeWarc();
  }

  private @Nullable Source advance() {
    while (true) {
      if (warcPages != null) {
        if (warcPages.hasNext()) return of(warcPages.next());
        closeWarc();
      }
      if (!inputs.hasNext()) return null;
      Inputs.Input listed = inputs.next();
      String input = listed.name();
      if (listed.problem().isPresent()) return failing(input, listed.problem().get());
      if (!Inputs.isWarc(input)) return new Source(input, () -> Inputs.read(input, stdin, fetcher));
      try {
        warc = WarcPages.open(Path.of(input));
        warcPages = warc.iterator();
      } catch (NoSuchFileException e) {
        return failing(input, input + ": no such file");
      } catch (IOException e) {
        return failing(input, input + ": cannot read: " + e.getMessage());
      }
    }
  }

  private static Source of(WarcPage page) {
    String name = page.location();
    if (page.error().isPresent()) {
      return failing(name, name + ": " + (page.url().isEmpty() ? "" : page.url() + ": ") + page.error().get());
    }
    Page read = new Page(name, page.html(), page.charset().flatMap(Inputs::charsetNamed), Optional.of(page.url()), page.fetched());
    return new Source(name, () -> read);
  }

  private static Source failing(String name, String message) {
    return new Source(name, () -> {
      throw new BadInputException(message);
    });
  }

  private void closeWarc() {
    if (warc == null) return;
    try {
      warc.close();
    } catch (IOException e) {
      // Every page has been read; failing to release the file changes no result.
    }
    warc = null;
    warcPages = null;
  }
}
