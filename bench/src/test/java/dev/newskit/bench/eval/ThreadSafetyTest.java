package dev.newskit.bench.eval;

import static dev.newskit.testing.SharedUse.sameOnEveryThread;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link Punkt}, which {@code WebEvaluation} shares between its scoring threads, shared by 16 threads that
 * start together (no corpus: the parameters are the hand-made ones of {@link PunktTest}): each thread's
 * sentences and ROUGE-LSum scores equal the single-threaded ones.
 */
class ThreadSafetyTest {
  private static final List<String> TEXTS = List.of(
      "Mr. Smith went to Washington. He arrived at 5 p.m. on Monday.",
      "He said \"Stop.\" Then he left. (It rained.) We stayed! Why?",
      "We bought pears etc. They were cheap. It was J. Smith who came. They rode 4. abreast.",
      "A line\nwithout a stop and another\n\nhere.  ", "");

  @Test
  void onePunktAcrossThreads() throws Exception {
    Punkt punkt = new Punkt(Set.of("mr", "p.m", "etc"), Set.of(Punkt.pair("##number##", "abreast")), Set.of("they"),
        Map.of());
    assertEquals(List.of("Mr. Smith went to Washington.", "He arrived at 5 p.m. on Monday."), punkt.split(TEXTS.get(0)));
    // long texts too, so that the threads' calls overlap while each splits (short ones finish within a time slice)
    String joined = String.join(" ", TEXTS.subList(0, 3));
    List<String> longTexts = List.of(String.join(" ", java.util.Collections.nCopies(80, joined)),
        String.join("\n\n", java.util.Collections.nCopies(50, TEXTS.get(3) + " " + TEXTS.get(1))));
    sameOnEveryThread(20, () -> {
      List<Object> out = new ArrayList<>();
      for (String text : TEXTS) {
        out.add(punkt.split(text));
        for (String other : TEXTS) out.add(RougeLsum.score(text, other, punkt).f1());
      }
      for (String text : longTexts) out.add(punkt.split(text));
      return out;
    });
  }
}
