package dev.newskit.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SrcsetTest {
  private static List<Srcset.Candidate> parse(String raw) {
    return Srcset.parse(raw);
  }

  @Test
  void candidatesWithAndWithoutDescriptors() {
    assertEquals(List.of(new Srcset.Candidate("/a.jpg", "1x"), new Srcset.Candidate("/b.jpg", "2x")),
        parse("/a.jpg 1x, /b.jpg 2x"));
    assertEquals(List.of(new Srcset.Candidate("/a.jpg", ""), new Srcset.Candidate("/b.jpg", "800w")),
        parse("  /a.jpg,\n/b.jpg\t800w  "));
    assertEquals(List.of(), parse(null));
    assertEquals(List.of(), parse(" , ,"));
  }

  @Test
  void aCommaInsideAUrlStaysAndTrailingCommasEndTheCandidate() {
    assertEquals(List.of(new Srcset.Candidate("/img,w_800/a.jpg", "800w"), new Srcset.Candidate("/b.jpg", "")),
        parse("/img,w_800/a.jpg 800w, /b.jpg"));
    assertEquals(List.of(new Srcset.Candidate("/a.jpg", ""), new Srcset.Candidate("/b.jpg", "2x")),
        parse("/a.jpg,, /b.jpg 2x"));
  }

  @Test
  void controlsAreEncodedAndNoncharactersDropped() {
    assertEquals(List.of(new Srcset.Candidate("/a%01b.jpg", "1x")), parse("/a\u0001b\uFFFF.jpg 1x"));
  }

  @Test
  void sizeOfADescriptor() {
    assertEquals(800, Srcset.size("800w"));
    assertEquals(1.5, Srcset.size("1.5x"));
    assertEquals(1, Srcset.size(""));
    assertEquals(1, Srcset.size("wide"));
    assertEquals(1, Srcset.size("800h"));
  }

  @Test
  void onlyAsciiWhitespaceSplits() {
    assertEquals(List.of(new Srcset.Candidate("/a\u00A0b.jpg", "")), parse("/a\u00A0b.jpg"));
  }
}
