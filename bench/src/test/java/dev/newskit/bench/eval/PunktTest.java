package dev.newskit.bench.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every expected split here is what NLTK 3.8's PunktSentenceTokenizer returns with the same parameters. */
class PunktTest {
  private static Punkt punkt(Set<String> abbreviations, Set<String> starters, Map<String, Integer> ortho) {
    return new Punkt(abbreviations, Set.of(), starters, ortho);
  }

  @Test
  void knownAbbreviationsDoNotEndASentence() {
    String text = "Mr. Smith went to Washington. He arrived at 5 p.m. on Monday.";
    assertEquals(List.of("Mr. Smith went to Washington.", "He arrived at 5 p.m. on Monday."),
        punkt(Set.of("mr", "p.m"), Set.of(), Map.of()).split(text));
    assertEquals(List.of("Mr.", "Smith went to Washington.", "He arrived at 5 p.m.", "on Monday."),
        punkt(Set.of(), Set.of(), Map.of()).split(text));
  }

  @Test
  void newlinesAloneDoNotEndASentence() {
    assertEquals(List.of("A line\nwithout a stop and another\n\nhere."),
        punkt(Set.of(), Set.of(), Map.of()).split("A line\nwithout a stop and another\n\nhere.  "));
  }

  @Test
  void closingQuotesAndBracketsStayWithTheirSentence() {
    assertEquals(List.of("He said \"Stop.\"", "Then he left."),
        punkt(Set.of(), Set.of(), Map.of()).split("He said \"Stop.\" Then he left."));
    assertEquals(List.of("(It rained.)", "We stayed!", "Why?"),
        punkt(Set.of(), Set.of(), Map.of()).split("(It rained.) We stayed! Why?"));
  }

  @Test
  void afterAnAbbreviationOrthographyOrAFrequentStarterDecides() {
    String text = "We bought pears etc. They were cheap.";
    assertEquals(List.of(text), punkt(Set.of("etc"), Set.of(), Map.of()).split(text));
    // "they" seen lower-case inside sentences and upper-case only at their start: a sentence starter.
    assertEquals(List.of("We bought pears etc.", "They were cheap."),
        punkt(Set.of("etc"), Set.of(), Map.of("they", 32 | 2)).split(text));
    assertEquals(List.of("We bought pears etc.", "They were cheap."),
        punkt(Set.of("etc"), Set.of("they"), Map.of()).split(text));
  }

  @Test
  void anInitialBeforeACapitalisedWordNeverSeenLowerCaseIsNoBreak() {
    assertEquals(List.of("It was J. Smith who came."),
        punkt(Set.of(), Set.of(), Map.of()).split("It was J. Smith who came."));
    // An ordinary word before the same name does end the sentence.
    assertEquals(List.of("It was John.", "Smith came."),
        punkt(Set.of(), Set.of(), Map.of()).split("It was John. Smith came."));
  }

  @Test
  void collocationsJoin() {
    Punkt p = new Punkt(Set.of(), Set.of(Punkt.pair("##number##", "abreast")), Set.of(), Map.of());
    assertEquals(List.of("They rode 4. abreast."), p.split("They rode 4. abreast."));
  }

  @Test
  void englishParametersOfTheCorpus() throws Exception {
    Optional<Path> corpus = Corpus.locate();
    assumeTrue(corpus.isPresent(), "../shared/corpus is absent: Punkt English parameters not checked");
    Punkt english = Punkt.load(corpus.get().resolve("punkt/english.json"));
    // Reference output of NLTK 3.8 sent_tokenize on the same text.
    assertEquals(List.of("Dr. Watson met Mrs. Hudson at 221B Baker St. on Jan. 5.", "They talked.",
        "\"Why?\"", "she asked."),
        english.split("Dr. Watson met Mrs. Hudson at 221B Baker St. on Jan. 5. They talked. \"Why?\" she asked."));
  }
}
